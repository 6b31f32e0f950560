import { expect, test } from 'vitest';
import { loadBank } from '../../src/bank/load-bank';
import type { BankInput } from '../../src/bank/schema';
import {
  checkScoringRules,
  reachableLevels,
} from '../../src/cli/check-scoring-rules';
import {
  fixture,
  issuesOf as loadIssuesOf,
  mutated,
  question,
  shipped,
} from '../fixtures/banks/bank-inputs';

/** Every issue of a bank loaded with the scoring rules, as bank:check and the build load it. */
const issuesOf = (input: unknown) =>
  loadIssuesOf(input, undefined, [checkScoringRules]);

test('the shipped bank passes the scoring rules and score() reaches every level', () => {
  const bank = loadBank(shipped(), 'questions/bank.json', [checkScoringRules]);
  expect([...reachableLevels(bank)].sort()).toEqual([
    'high',
    'none',
    'some',
    'urgent',
  ]);
});

test('scoring rules that would make scoring unsafe are reported', () => {
  expect(issuesOf(fixture('unsafe-scoring'))).toMatchInlineSnapshot(`
    [
      {
        "message": "must be at least the weight of "unsure" (3) so that scoring is monotone",
        "path": "questions[10].options.yes.weight",
      },
      {
        "message": "a context question never changes the level: weight must be 0",
        "path": "questions[23].options.yes.weight",
      },
      {
        "message": "some (6) must be below high (6)",
        "path": "scoring.thresholds",
      },
      {
        "message": "must include "yes" when it includes "unsure" (a firmer answer never counts less)",
        "path": "scoring.countFloors[0].answers",
      },
      {
        "message": "an urgent question's "yes" must have atLeast "urgent"",
        "path": "questions[1].options.yes.atLeast",
      },
    ]
  `);
});

test('content that no outcome can show is reported', () => {
  expect(issuesOf(fixture('unreachable-content'))).toMatchInlineSnapshot(`
    [
      {
        "message": "a facts/referrals.md source must name the entry's own id ("us-trevor"), not "trevor"",
        "path": "referrals[7].source.section",
      },
      {
        "message": "region "nz" needs an emergency referral with no "when", so every outcome has one",
        "path": "regions[4]",
      },
      {
        "message": ""keep-doing-this" can never be shown: score() lists it for no answers in any region",
        "path": "guidance[12].when",
      },
    ]
  `);
});

test.each<
  [string, (bank: BankInput) => void, { path: string; message: string }[]]
>([
  [
    'a disclosure yes below high',
    (bank) => {
      question(bank, 'told-exploited').options.yes = {
        weight: 2,
        atLeast: 'some',
      };
    },
    [
      {
        path: 'questions[11].options.yes.atLeast',
        message:
          'a disclosure question\'s "yes" must have atLeast "high" or above',
      },
    ],
  ],
  [
    'a floor that falls from no to unsure',
    (bank) => {
      question(bank, 'gang').options.no = { weight: 0, atLeast: 'some' };
    },
    [
      {
        path: 'questions[10].options.unsure.atLeast',
        message:
          'must be at least the atLeast of "no" ("some") so that scoring is monotone',
      },
    ],
  ],
  [
    'a level no answers can reach',
    (bank) => {
      bank.scoring.thresholds = { some: 2, high: 600 };
      for (const id of [
        'missing-now',
        'in-danger-now',
        'sextortion-now',
        'told-exploited',
        'explicit-images',
        'injuries',
        'sti',
      ]) {
        const options = question(bank, id).options;
        delete options.yes.atLeast;
        delete options.unsure.atLeast;
      }
    },
    [
      ...[0, 1, 2].map((index) => ({
        path: `questions[${index}].options.yes.atLeast`,
        message: 'an urgent question\'s "yes" must have atLeast "urgent"',
      })),
      {
        path: 'questions[11].options.yes.atLeast',
        message:
          'a disclosure question\'s "yes" must have atLeast "high" or above',
      },
      {
        path: 'guidance[0].when',
        message:
          '"call-emergency-now" can never be shown: score() lists it for no answers in any region',
      },
      {
        path: 'guidance[3].when',
        message:
          '"call-hotline-today" can never be shown: score() lists it for no answers in any region',
      },
    ],
  ],
])('%s is reported', (_name, change, expected) => {
  expect(issuesOf(mutated(change))).toEqual(expected);
});
