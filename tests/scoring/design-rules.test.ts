import fc from 'fast-check';
import { expect, test } from 'vitest';
import bankJson from '../../questions/bank.json';
import { loadBank } from '../../src/bank/load-bank';
import type { Bank, Level, Tier } from '../../src/bank/schema';
import { levelRank } from '../../src/scoring/level-order';
import { score } from '../../src/scoring/score';
import type { Answers } from '../../src/scoring/score';
import {
  answersArbitrary,
  answersFor,
  questionIdsOfTiers,
  regionArbitrary,
} from './answers-arbitrary';

/** The rules of DESIGN.md 3 and 4, proved for questions/bank.json with any other answers. */
const bank: Bank = loadBank(bankJson, 'questions/bank.json');
const numRuns = 1000;
const timeout = 60_000;

const ids = (...tiers: Tier[]) => questionIdsOfTiers(bank, tiers);
const levelOf = (answers: Answers, region = bank.defaultRegion) =>
  score(bank, answers, { region }).level;
const atLeast = (level: Level, floor: Level) =>
  expect(levelRank(level)).toBeGreaterThanOrEqual(levelRank(floor));

const property = <T>(arbitrary: fc.Arbitrary<T>, check: (value: T) => void) =>
  fc.assert(fc.property(arbitrary, check), { numRuns });

test.each<[string, Tier, 'yes' | 'unsure', Level]>([
  ['an urgent "yes" gives urgent', 'urgent', 'yes', 'urgent'],
  ['an urgent "Not sure" gives at least high', 'urgent', 'unsure', 'high'],
  ['a disclosure "yes" gives at least high', 'disclosure', 'yes', 'high'],
  [
    'a disclosure "Not sure" gives at least high',
    'disclosure',
    'unsure',
    'high',
  ],
  ['a "Not sure" on any sign gives at least some', 'sign', 'unsure', 'some'],
  ['a "yes" on any sign gives at least some', 'sign', 'yes', 'some'],
])(
  '%s, whatever the other answers',
  (_rule, tier, answer, floor) => {
    property(
      fc.tuple(answersArbitrary(bank), fc.constantFrom(...ids(tier))),
      ([given, id]) => {
        atLeast(levelOf({ ...given, [id]: answer }), floor);
      },
    );
  },
  timeout,
);

test('a "yes" on injuries, STIs or an adult asking for images gives high on its own', () => {
  for (const id of ['injuries', 'sti', 'adult-asked-images']) {
    atLeast(levelOf({ [id]: 'yes' }), 'high');
  }
});

test(
  'any two sign "yes" answers give at least high',
  () => {
    const signs = ids('sign');
    property(
      fc.tuple(
        answersArbitrary(bank),
        fc.uniqueArray(fc.constantFrom(...signs), {
          minLength: 2,
          maxLength: 2,
        }),
      ),
      ([given, [first = '', second = '']]) => {
        atLeast(levelOf({ ...given, [first]: 'yes', [second]: 'yes' }), 'high');
      },
    );
  },
  timeout,
);

test(
  'concern answers alone never go above some, with any context and strength answers',
  () => {
    property(
      fc.tuple(
        answersFor(ids('concern', 'context', 'strength')),
        regionArbitrary,
      ),
      ([given, region]) => {
        expect(levelRank(levelOf(given, region))).toBeLessThanOrEqual(
          levelRank('some'),
        );
      },
    );
  },
  timeout,
);

test(
  'at high, a hotline comes first',
  () => {
    property(
      fc.tuple(answersArbitrary(bank), regionArbitrary),
      ([given, region]) => {
        const outcome = score(bank, given, { region });
        fc.pre(outcome.level === 'high');
        const first = bank.referrals.find(
          ({ id }) => id === outcome.referrals[0],
        );
        expect(first?.kind).toBe('hotline');
      },
    );
  },
  timeout,
);

test(
  'the counts say how many questions were skipped and how many were "Not sure"',
  () => {
    property(answersArbitrary(bank), (given) => {
      const values = Object.values(given);
      expect(score(bank, given, { region: 'us' })).toMatchObject({
        unanswered: bank.questions.length - values.length,
        unsure: values.filter((answer) => answer === 'unsure').length,
      });
    });
  },
  timeout,
);

test(
  'at none, no answer is listed as a reason, so a "Not sure" never reads as reassurance',
  () => {
    property(
      fc.tuple(
        answersFor(ids('context', 'strength')),
        fc.constantFrom(...ids('concern')),
      ),
      ([given, id]) => {
        const outcome = score(
          bank,
          { ...given, [id]: 'unsure' },
          {
            region: 'us',
          },
        );
        expect(outcome.level).toBe('none');
        expect(outcome.drivers).toEqual([]);
        expect(outcome.unsure).toBeGreaterThan(0);
      },
    );
  },
  timeout,
);
