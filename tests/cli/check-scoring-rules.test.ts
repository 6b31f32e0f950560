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
        "message": "must be at least the weight of "unsure" (4) so that scoring is monotone",
        "path": "questions[9].options.yes.weight",
      },
      {
        "message": "a context question never changes the level: weight must be 0",
        "path": "questions[28].options.yes.weight",
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
        "message": "an urgent question's "yes" must give at least "urgent" on its own, but score() gives "high"",
        "path": "questions[1].options.yes",
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
        "path": "regions[5]",
      },
      {
        "message": ""keep-doing-this" can never be shown: score() lists it for no answers, region or perspective",
        "path": "guidance[25]",
      },
    ]
  `);
});

test.each<
  [string, (bank: BankInput) => void, { path: string; message: string }[]]
>([
  [
    'a disclosure answer that gives less than high on its own',
    (bank) => {
      question(bank, 'told-exploited').options.yes = {
        weight: 3,
        atLeast: 'some',
      };
      question(bank, 'told-exploited').options.unsure = {
        weight: 1,
        atLeast: 'some',
      };
    },
    (['yes', 'unsure'] as const).map((answer) => ({
      path: `questions[3].options.${answer}`,
      message: `a disclosure question's "${answer}" must give at least "high" on its own, but score() gives "some"`,
    })),
  ],
  [
    'a floor that falls from no to unsure',
    (bank) => {
      question(bank, 'gang').options.no = { weight: 0, atLeast: 'some' };
    },
    [
      {
        path: 'questions[8].options.unsure.atLeast',
        message:
          'must be at least the atLeast of "no" ("some") so that scoring is monotone',
      },
    ],
  ],
  [
    'concerns that reach high without a sign',
    (bank) => {
      bank.scoring.caps = [];
    },
    [
      {
        path: 'scoring.caps',
        message:
          'every concern answered "yes" and nothing else must give at most "some", but score() gives "high"',
      },
    ],
  ],
  [
    'two signs that stay below high',
    (bank) => {
      bank.scoring.countFloors = [];
      bank.scoring.thresholds.high = 7;
    },
    [
      {
        path: 'scoring',
        message:
          'any two sign "yes" answers must give at least "high", but 36 pairs do not (first: "older-partner" and "controlling-partner" give "some")',
      },
    ],
  ],
  [
    'a level no answers can reach',
    (bank) => {
      for (const urgent of bank.questions.filter(
        ({ tier }) => tier === 'urgent',
      )) {
        urgent.options.yes.atLeast = 'high';
      }
    },
    [
      ...[0, 1, 2].map((index) => ({
        path: `questions[${index}].options.yes`,
        message:
          'an urgent question\'s "yes" must give at least "urgent" on its own, but score() gives "high"',
      })),
      {
        path: 'guidance[0]',
        message:
          '"call-emergency-now" can never be shown: score() lists it for no answers, region or perspective',
      },
    ],
  ],
])('%s is reported', (_name, change, expected) => {
  expect(issuesOf(mutated(change))).toEqual(expected);
});
