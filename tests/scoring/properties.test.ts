import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import type { Bank, Region } from '../../src/bank/schema';
import { levelOrder, levelRank as rank } from '../../src/scoring/level-order';
import { score } from '../../src/scoring/score';
import type { Answers, Outcome } from '../../src/scoring/score';
import { fixtureBank } from '../fixtures/scoring/fixture-bank';
import {
  answersArbitrary,
  answersFor,
  questionIdsOfTiers,
  regionArbitrary,
} from './answers-arbitrary';
import { bankArbitrary } from './bank-arbitrary';
import { bankInvariantIssues } from './bank-invariants';

const numRuns = 2000;
// Thousands of runs each: generous, so that a busy machine does not fail them.
const timeout = 60_000;

const realBank = loadBank(bankJson, 'questions/bank.json');

/** Each row: a name, the banks to prove the properties for, and a bank with their ids. */
const banks: [string, fc.Arbitrary<Bank>, Bank][] = [
  ['questions/bank.json', fc.constant(realBank), realBank],
  ['the fixture bank', fc.constant(fixtureBank), fixtureBank],
  ['any bank with the invariants', bankArbitrary(fixtureBank), fixtureBank],
];

/** The education taught in a region: every item, less those meant for other regions only. */
const educationIn = (bank: Bank, region: Region) =>
  bank.education
    .filter(({ regions }) => !regions || regions.includes(region))
    .map(({ id }) => id);

/** Throws with the first way in which the outcome is not valid for this bank, answers and region. */
const checkOutcome = (
  bank: Bank,
  answers: Answers,
  region: Region,
  outcome: Outcome,
) => {
  const shipped = bank.regions.some(({ id }) => id === region);
  const topicOrder = bank.topics.map(({ id }) => id);
  const questions = new Map(bank.questions.map((q) => [q.id, q]));
  const guidance = new Map(bank.guidance.map((g) => [g.id, g]));
  const referrals = new Map(bank.referrals.map((r) => [r.id, r]));

  expect(levelOrder).toContain(outcome.level);
  expect(outcome.bankVersion).toBe(bank.version);
  expect(outcome.region).toBe(shipped ? region : bank.defaultRegion);
  expect(outcome.education).toEqual(educationIn(bank, outcome.region));

  const topics = outcome.drivers.map(({ topic }) => topic);
  expect(topics).toEqual(topicOrder.filter((t) => topics.includes(t)));
  for (const { topic, answers: drivers } of outcome.drivers) {
    expect(drivers.length).toBeGreaterThan(0);
    for (const { questionId, answer } of drivers) {
      expect(questions.get(questionId)?.topic).toBe(topic);
      expect(answers[questionId]).toBe(answer);
    }
  }

  const priorities = outcome.guidance.map(
    ({ id }) => guidance.get(id)?.priority,
  );
  expect(priorities).not.toContain(undefined);
  expect(priorities).toEqual([...priorities].sort((a = 0, b = 0) => a - b));
  expect(new Set(outcome.guidance.map(({ id }) => id)).size).toBe(
    outcome.guidance.length,
  );

  for (const { reason } of outcome.guidance) {
    if (reason.type === 'level') expect(reason.level).toBe(outcome.level);
    if (reason.type === 'answers') {
      expect(reason.questionIds.length).toBeGreaterThan(0);
      for (const id of reason.questionIds) expect(answers[id]).toBeDefined();
    }
  }

  expect(outcome.referrals.length).toBeGreaterThan(0);
  expect(new Set(outcome.referrals).size).toBe(outcome.referrals.length);
  const listed = outcome.referrals.map((id) => referrals.get(id));
  for (const referral of listed) {
    expect(referral?.region).toBe(outcome.region);
  }
  const order = (referral: (typeof listed)[number]) => [
    outcome.level === 'urgent' && referral?.kind === 'emergency' ? 0 : 1,
    referral?.priority ?? 0,
  ];
  expect(listed.map(order)).toEqual(
    listed.map(order).sort(([a = 0, b = 0], [c = 0, d = 0]) => a - c || b - d),
  );
};

const kindsOf = (bank: Bank, outcome: Outcome) =>
  outcome.referrals.map(
    (id) => bank.referrals.find((referral) => referral.id === id)?.kind,
  );

describe.each(banks)('scoring %s', (_name, anyBank, bank) => {
  const urgentIds = questionIdsOfTiers(bank, ['urgent']);
  const disclosureIds = questionIdsOfTiers(bank, ['disclosure']);
  const neutralIds = questionIdsOfTiers(bank, ['context', 'strength']);
  const answers = answersArbitrary(bank);
  const forEveryAnswerSet = (
    check: (bank: Bank, given: Answers, region: Region) => void,
  ) =>
    fc.assert(fc.property(anyBank, answers, regionArbitrary, check), {
      numRuns,
    });
  const questionId = fc.constantFrom(...bank.questions.map(({ id }) => id));

  test(
    'the bank has every invariant that the properties rely on',
    () => {
      fc.assert(
        fc.property(anyBank, (drawn) => {
          expect(bankInvariantIssues(drawn)).toEqual([]);
        }),
        { numRuns: 200 },
      );
    },
    timeout,
  );

  test(
    'any answer set, skipped questions included, gives a valid outcome in any region',
    () => {
      forEveryAnswerSet((bank, given, region) => {
        checkOutcome(bank, given, region, score(bank, given, { region }));
      });
    },
    timeout,
  );

  test(
    'no single change from no to unsure or unsure to yes lowers the level',
    () => {
      const step = fc.constantFrom(
        ['no', 'unsure'] as const,
        ['unsure', 'yes'] as const,
      );
      fc.assert(
        fc.property(
          anyBank,
          answers,
          questionId,
          step,
          regionArbitrary,
          (bank, given, id, [from, to], region) => {
            const before = score(bank, { ...given, [id]: from }, { region });
            const after = score(bank, { ...given, [id]: to }, { region });
            expect(rank(after.level)).toBeGreaterThanOrEqual(
              rank(before.level),
            );
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  test(
    'context and strength answers never change the level',
    () => {
      fc.assert(
        fc.property(
          anyBank,
          answers,
          answersFor(neutralIds),
          regionArbitrary,
          (bank, given, neutral, region) => {
            const others = Object.fromEntries(
              Object.entries(given).filter(([id]) => !neutralIds.includes(id)),
            );
            const without = score(bank, others, { region });
            const withNeutral = score(
              bank,
              { ...others, ...neutral },
              { region },
            );
            expect(withNeutral.level).toBe(without.level);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  test(
    'any urgent yes gives urgent with emergency referrals first',
    () => {
      fc.assert(
        fc.property(
          anyBank,
          answers,
          fc.constantFrom(...urgentIds),
          regionArbitrary,
          (bank, given, id, region) => {
            const outcome = score(bank, { ...given, [id]: 'yes' }, { region });
            const kinds = kindsOf(bank, outcome);
            const emergencyFirst = [...kinds].sort(
              (a, b) => Number(b === 'emergency') - Number(a === 'emergency'),
            );
            expect(outcome.level).toBe('urgent');
            expect(kinds[0]).toBe('emergency');
            expect(kinds).toEqual(emergencyFirst);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  test(
    'any disclosure yes gives at least high',
    () => {
      fc.assert(
        fc.property(
          anyBank,
          answers,
          fc.constantFrom(...disclosureIds),
          regionArbitrary,
          (bank, given, id, region) => {
            const outcome = score(bank, { ...given, [id]: 'yes' }, { region });
            expect(rank(outcome.level)).toBeGreaterThanOrEqual(rank('high'));
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  test(
    'every outcome has a referral and the universal education',
    () => {
      forEveryAnswerSet((bank, given, region) => {
        const outcome = score(bank, given, { region });
        expect(outcome.referrals.length).toBeGreaterThan(0);
        expect(outcome.education).toEqual(educationIn(bank, outcome.region));
      });
    },
    timeout,
  );

  test(
    'any level above none names at least one answer that drove it',
    () => {
      forEveryAnswerSet((bank, given, region) => {
        const outcome = score(bank, given, { region });
        fc.pre(outcome.level !== 'none');
        expect(outcome.drivers.length).toBeGreaterThan(0);
      });
    },
    timeout,
  );

  test(
    'the same answers give the same outcome, whatever order they were given in',
    () => {
      forEveryAnswerSet((bank, given, region) => {
        const reversed = Object.fromEntries(Object.entries(given).reverse());
        const first = score(bank, given, { region });
        expect(score(bank, given, { region })).toEqual(first);
        expect(score(bank, reversed, { region })).toEqual(first);
      });
    },
    timeout,
  );
});
