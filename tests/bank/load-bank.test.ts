import { describe, expect, test } from 'vitest';
import {
  BankError,
  formatPath,
  loadBank,
  sameNumber,
} from '../../src/bank/load-bank';
import {
  fixture,
  issuesOf,
  mutated,
  question,
  referral,
  shipped,
} from '../fixtures/banks/bank-inputs';
import type { BankInput } from '../../src/bank/schema';

test('the shipped bank loads', () => {
  expect(loadBank(shipped(), 'questions/bank.json').version).toMatch(
    /^\d+\.\d+\.\d+$/,
  );
});

describe('BankError', () => {
  test('has its name set and lists the file and every path in its message', () => {
    const error = (() => {
      try {
        loadBank(
          fixture('dangling-reference'),
          'tests/fixtures/banks/dangling-reference.json',
        );
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(BankError);
    expect((error as BankError).name).toBe('BankError');
    expect((error as BankError).message).toMatchInlineSnapshot(`
      "tests/fixtures/banks/dangling-reference.json is invalid (3 issues):
        - questions[22].topic: topic "school" is not in topics
        - referrals[36].region: region "mx" is not in regions
        - referrals[37].region: region "mx" is not in regions"
    `);
  });

  test('names "the question bank" when no file is given', () => {
    expect(() => loadBank({})).toThrow(/^the question bank is invalid/);
  });
});

describe('broken bank fixtures', () => {
  test('a missing field is reported with its path', () => {
    expect(issuesOf(fixture('missing-field'))).toMatchInlineSnapshot(`
      [
        {
          "message": "is missing (expected string)",
          "path": "version",
        },
        {
          "message": "is missing (expected object)",
          "path": "questions[3].source",
        },
      ]
    `);
  });

  test('a duplicate id is reported with where it was first used', () => {
    expect(issuesOf(fixture('duplicate-id'))).toMatchInlineSnapshot(`
      [
        {
          "message": "duplicate id "school-absences" (first used at questions[20])",
          "path": "questions[21].id",
        },
      ]
    `);
  });

  test('a dangling topic or region is reported', () => {
    expect(issuesOf(fixture('dangling-reference'))).toMatchInlineSnapshot(`
      [
        {
          "message": "topic "school" is not in topics",
          "path": "questions[22].topic",
        },
        {
          "message": "region "mx" is not in regions",
          "path": "referrals[36].region",
        },
        {
          "message": "region "mx" is not in regions",
          "path": "referrals[37].region",
        },
      ]
    `);
  });

  test('a malformed phone number fails the schema', () => {
    expect(issuesOf(fixture('invalid-phone'))).toMatchInlineSnapshot(`
      [
        {
          "message": "must be E.164 (+ then 7 to 15 digits) or 3 to 15 digits as dialled in the region",
          "path": "referrals[1].phone.tel",
        },
        {
          "message": "must be digits, spaces and hyphens",
          "path": "referrals[19].phone.display",
        },
      ]
    `);
  });

  test('a display number that dials something else than tel is reported', () => {
    expect(issuesOf(fixture('mismatched-phone'))).toMatchInlineSnapshot(`
      [
        {
          "message": ""1-888-373-7880" does not match tel "+18883737888"",
          "path": "referrals[2].phone.display",
        },
        {
          "message": ""1800 55 18" does not match tel "1800551800"",
          "path": "referrals[24].phone.display",
        },
      ]
    `);
  });
});

describe('cross-checks', () => {
  test.each<
    [string, (bank: BankInput) => void, { path: string; message: string }[]]
  >([
    [
      'a duplicate topic id',
      (bank) => {
        bank.topics.push({ id: 'online' });
      },
      [
        {
          path: 'topics[9].id',
          message: 'duplicate id "online" (first used at topics[4])',
        },
      ],
    ],
    [
      'a duplicate guidance id',
      (bank) => {
        const first = bank.guidance[0];
        if (first) bank.guidance.push({ ...first });
      },
      [
        {
          path: 'guidance[26].id',
          message:
            'duplicate id "call-emergency-now" (first used at guidance[0])',
        },
      ],
    ],
    [
      'a sixth question in one topic',
      (bank) => {
        question(bank, 'gifts').topic = 'daily-life';
      },
      [
        {
          path: 'topics[6]',
          message:
            'topic "daily-life" has 6 questions; at most 5 fit on one step',
        },
      ],
    ],
    [
      'an indicator no question asks about',
      (bank) => {
        question(bank, 'hunger').indicator = 'clothing';
      },
      [
        {
          path: 'questions',
          message: 'no question asks about the concern indicator "hunger"',
        },
      ],
    ],
    [
      'a question in the wrong tier for its indicator',
      (bank) => {
        question(bank, 'housing').tier = 'sign';
      },
      [
        {
          path: 'questions[28].tier',
          message: 'indicator "housing" belongs to tier "context", not "sign"',
        },
      ],
    ],
    [
      'a strength option with a floor',
      (bank) => {
        question(bank, 'open-talk').options.no = { weight: 0, atLeast: 'some' };
      },
      [
        {
          path: 'questions[30].options.no.atLeast',
          message:
            'a strength question never changes the level: remove atLeast',
        },
      ],
    ],
    [
      'a count floor over context answers or counting "no"',
      (bank) => {
        bank.scoring.countFloors.push({
          tiers: ['context'],
          answers: ['no', 'yes'],
          min: 5,
          atLeast: 'some',
        });
      },
      [
        {
          path: 'scoring.countFloors[1].answers',
          message: 'must not include "no" (a "no" is never a sign)',
        },
        {
          path: 'scoring.countFloors[1].tiers[0]',
          message: 'context answers never change the level',
        },
        {
          path: 'scoring.countFloors[1].min',
          message: 'needs 5 answers but only 4 questions have these tiers',
        },
      ],
    ],
    [
      'a default region that is not listed',
      (bank) => {
        bank.defaultRegion = 'mx';
        bank.regions = bank.regions.filter(({ id }) => id !== 'mx');
      },
      [
        ...[36, 37].map((index) => ({
          path: `referrals[${index}].region`,
          message: 'region "mx" is not in regions',
        })),
        { path: 'defaultRegion', message: 'region "mx" is not in regions' },
      ],
    ],
    [
      'a referral with no way to reach it',
      (bank) => {
        const entry = referral(bank, 'gb-ceop');
        delete entry.web;
      },
      [
        {
          path: 'referrals[18]',
          message: 'needs a phone, sms, web or email contact',
        },
      ],
    ],
    [
      'a guidance item citing facts/referrals.md by something other than a referral id',
      (bank) => {
        const first = bank.guidance[0];
        if (first)
          first.source = {
            document: 'facts/referrals.md',
            section: 'United States',
          };
      },
      [
        {
          path: 'guidance[0].source.section',
          message:
            'a facts/referrals.md source must name a referral id, not "United States"',
        },
      ],
    ],
    [
      'a schema issue together with a duplicate id among the valid items',
      (bank) => {
        Reflect.deleteProperty(question(bank, 'hunger'), 'source');
        question(bank, 'clothing').id = 'runaway';
      },
      [
        {
          path: 'questions[22].source',
          message: 'is missing (expected object)',
        },
        {
          path: 'questions[23].id',
          message: 'duplicate id "runaway" (first used at questions[21])',
        },
      ],
    ],
  ])('%s is reported', (_name, change, expected) => {
    expect(issuesOf(mutated(change))).toEqual(expected);
  });
});

test.each([
  ['911', '911', true],
  ['+18008435678', '1-800-843-5678', true],
  ['+448000121700', '08000 121 700', true],
  ['+64508326459', '0508 326 459', true],
  ['+528005533000', '800 5533 000', true],
  ['+18008435678', '1-800-843-5679', false],
  ['911', '0911', false],
  ['+448001111', '0800 111', false],
])('tel %s shown as %s is the same number: %s', (tel, display, expected) => {
  expect(sameNumber({ tel, display })).toBe(expected);
});

test.each([
  [
    ['questions', 3, 'options', 'yes', 'weight'],
    'questions[3].options.yes.weight',
  ],
  [['version'], 'version'],
  [[], '(root)'],
])('path %j is written %s', (path, expected) => {
  expect(formatPath(path)).toBe(expected);
});
