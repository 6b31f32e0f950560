import { describe, expect, test } from 'vitest';
import type { Level, Referral } from '../../src/bank/schema';
import {
  callsForEmergency,
  emergencyLineOf,
  firstCalls,
} from '../../src/scoring/calls';
import type { Answers } from '../../src/scoring/score';
import { fixtureBank } from '../fixtures/scoring/fixture-bank';

const phone = (tel: string) => ({ tel, display: tel });

const withPhone = (id: string, tel: string): Referral => {
  const referral = fixtureBank.referrals.find((each) => each.id === id);
  if (!referral) throw new Error(`The fixture bank has no referral ${id}.`);
  return { ...referral, phone: phone(tel) };
};

const emergency = withPhone('us-emergency', '911');
const hotline = withPhone('us-hotline', '18003733');
const secondHotline: Referral = {
  ...withPhone('gb-hotline', '0800'),
  region: 'us',
};
const hotlineWithoutPhone = fixtureBank.referrals.find(
  ({ id }) => id === 'us-hotline',
) as Referral;

const bankWith = (referrals: Referral[]) => ({ ...fixtureBank, referrals });

describe('emergencyLineOf', () => {
  test.each([
    ['the region has one', [emergency, hotline], 'us', 'us-emergency'],
    ['it has none', [hotline], 'us', undefined],
    ['another region has one', [emergency], 'gb', undefined],
    [
      'its emergency referral has no number',
      [{ ...emergency, phone: undefined }],
      'us',
      undefined,
    ],
  ] as const)(
    "gives the region's emergency line when %s",
    (_, referrals, region, expected) => {
      expect(emergencyLineOf(bankWith([...referrals]), region)?.id).toBe(
        expected,
      );
    },
  );
});

describe('firstCalls', () => {
  const ids = (level: Level, referrals: Referral[]) => {
    const calls = firstCalls(level, referrals);
    return calls && { main: calls.main.id, beside: calls.beside?.id };
  };

  test.each<[string, Level, Referral[], unknown]>([
    [
      'urgent: emergency services alone',
      'urgent',
      [hotline, emergency],
      { main: 'us-emergency', beside: undefined },
    ],
    [
      'high: the first hotline, emergency services beside it',
      'high',
      [emergency, hotline, secondHotline],
      { main: 'us-hotline', beside: 'us-emergency' },
    ],
    [
      'high without an emergency line: the hotline alone',
      'high',
      [hotline],
      { main: 'us-hotline', beside: undefined },
    ],
    [
      'high: a hotline without a number is passed over',
      'high',
      [hotlineWithoutPhone, secondHotline, emergency],
      { main: 'gb-hotline', beside: 'us-emergency' },
    ],
    [
      'high without any hotline number: nothing',
      'high',
      [emergency],
      undefined,
    ],
    [
      'urgent without an emergency line: nothing',
      'urgent',
      [hotline],
      undefined,
    ],
    ['some: nothing', 'some', [emergency, hotline], undefined],
    ['none: nothing', 'none', [emergency, hotline], undefined],
  ])('%s', (_, level, referrals, expected) => {
    expect(ids(level, referrals)).toEqual(expected);
  });
});

describe('callsForEmergency', () => {
  test.each<[string, Answers, boolean]>([
    [
      'a yes on an urgent question brings the emergency panel',
      { 'missing-now': 'yes' },
      true,
    ],
    [
      'a not sure on an urgent question brings it',
      { 'sextortion-now': 'unsure' },
      true,
    ],
    [
      'no on every urgent question does not',
      { 'missing-now': 'no', 'sextortion-now': 'no' },
      false,
    ],
    ['a yes on a sign alone does not', { 'older-partner': 'yes' }, false],
    [
      'a not sure on a sign alone does not',
      { 'older-partner': 'unsure' },
      false,
    ],
    ['no answers do not', {}, false],
  ])('%s', (_, answers, expected) => {
    expect(callsForEmergency(fixtureBank, answers, 'us')).toBe(expected);
  });
});
