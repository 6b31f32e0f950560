import { expect, test } from 'vitest';
import type { Bank } from '../../src/bank/schema';
import { score } from '../../src/scoring/score';
import type { Answers } from '../../src/scoring/score';
import { fixtureBank } from '../fixtures/scoring/fixture-bank';
import type { ScoringCase } from './scoring-case';

/** Rules the real bank's numbers do not single out, shown on the fixture bank. */
const cases: ScoringCase[] = [
  {
    situation: 'nothing answered gives none with the always-on guidance',
    region: 'us',
    answers: {},
    expected: {
      bankVersion: '0.0.1',
      region: 'us',
      level: 'none',
      drivers: [],
      guidance: [
        {
          id: 'talk-openly',
          reason: {
            type: 'always',
          },
        },
      ],
      education: ['how-traffickers-target', 'talk-openly'],
      referrals: ['us-hotline', 'us-emergency'],
      unanswered: 9,
      unsure: 0,
    },
  },
  {
    situation:
      'three unsure signs below the some threshold reach some by the count floor',
    region: 'gb',
    answers: {
      'school-absences': 'unsure',
      'older-partner': 'unsure',
      'online-stranger': 'unsure',
    },
    expected: {
      bankVersion: '0.0.1',
      region: 'gb',
      level: 'some',
      drivers: [
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'school-absences',
              answer: 'unsure',
            },
          ],
        },
        {
          topic: 'friends-relationships',
          answers: [
            {
              questionId: 'older-partner',
              answer: 'unsure',
            },
          ],
        },
        {
          topic: 'online',
          answers: [
            {
              questionId: 'online-stranger',
              answer: 'unsure',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'find-out-more',
          reason: {
            type: 'answers',
            questionIds: [
              'school-absences',
              'older-partner',
              'online-stranger',
            ],
          },
        },
        {
          id: 'online-safety',
          reason: {
            type: 'answers',
            questionIds: ['online-stranger'],
          },
        },
        {
          id: 'talk-openly',
          reason: {
            type: 'always',
          },
        },
      ],
      education: ['how-traffickers-target', 'talk-openly'],
      referrals: ['gb-hotline', 'gb-emergency'],
      unanswered: 6,
      unsure: 3,
    },
  },
  {
    situation:
      'a sign heavy enough reaches high alone and shows the conditional emergency entry',
    region: 'au',
    answers: {
      runaway: 'yes',
    },
    expected: {
      bankVersion: '0.0.1',
      region: 'au',
      level: 'high',
      drivers: [
        {
          topic: 'school-routine',
          answers: [
            {
              questionId: 'runaway',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline',
          reason: {
            type: 'level',
            level: 'high',
          },
        },
        {
          id: 'talk-openly',
          reason: {
            type: 'always',
          },
        },
      ],
      education: ['how-traffickers-target', 'talk-openly'],
      referrals: ['au-hotline', 'au-emergency'],
      unanswered: 8,
      unsure: 0,
    },
  },
  {
    situation:
      'an urgent yes puts the emergency referral first despite its lower priority',
    region: 'us',
    answers: {
      'sextortion-now': 'yes',
      'trusted-adult': 'yes',
    },
    expected: {
      bankVersion: '0.0.1',
      region: 'us',
      level: 'urgent',
      drivers: [
        {
          topic: 'urgent-check',
          answers: [
            {
              questionId: 'sextortion-now',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-emergency',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'call-hotline',
          reason: {
            type: 'level',
            level: 'urgent',
          },
        },
        {
          id: 'online-safety',
          reason: {
            type: 'answers',
            questionIds: ['sextortion-now'],
          },
        },
        {
          id: 'keep-strengths',
          reason: {
            type: 'answers',
            questionIds: ['trusted-adult'],
          },
        },
        {
          id: 'talk-openly',
          reason: {
            type: 'always',
          },
        },
      ],
      education: ['how-traffickers-target', 'talk-openly'],
      referrals: ['us-emergency', 'us-hotline', 'us-report-online'],
      unanswered: 7,
      unsure: 0,
    },
  },
  {
    situation: 'an unshipped region falls back to the default region',
    region: 'ie',
    answers: {
      'told-exploited': 'yes',
      'care-system': 'yes',
    },
    expected: {
      bankVersion: '0.0.1',
      region: 'us',
      level: 'high',
      drivers: [
        {
          topic: 'friends-relationships',
          answers: [
            {
              questionId: 'told-exploited',
              answer: 'yes',
            },
          ],
        },
      ],
      guidance: [
        {
          id: 'call-hotline',
          reason: {
            type: 'answers',
            questionIds: ['told-exploited'],
          },
        },
        {
          id: 'care-support',
          reason: {
            type: 'answers',
            questionIds: ['care-system'],
          },
        },
        {
          id: 'talk-openly',
          reason: {
            type: 'always',
          },
        },
      ],
      education: ['how-traffickers-target', 'talk-openly'],
      referrals: ['us-hotline', 'us-emergency'],
      unanswered: 7,
      unsure: 0,
    },
  },
];

test.each(cases)('$situation', ({ answers, region, expected }) => {
  expect(score(fixtureBank, answers, { region })).toEqual(expected);
});

const weightlessUnsure: Bank = {
  ...fixtureBank,
  questions: fixtureBank.questions.map((question) =>
    question.tier === 'sign'
      ? { ...question, options: { ...question.options, unsure: { weight: 0 } } }
      : question,
  ),
};

test('answers counted by a count floor that was reached are named as drivers even when they weigh nothing', () => {
  const answers: Answers = {
    'school-absences': 'unsure',
    'older-partner': 'unsure',
    'online-stranger': 'unsure',
    'missing-now': 'no',
  };
  expect(score(weightlessUnsure, answers, { region: 'us' })).toEqual({
    bankVersion: '0.0.1',
    region: 'us',
    level: 'some',
    drivers: [
      {
        topic: 'school-routine',
        answers: [{ questionId: 'school-absences', answer: 'unsure' }],
      },
      {
        topic: 'friends-relationships',
        answers: [{ questionId: 'older-partner', answer: 'unsure' }],
      },
      {
        topic: 'online',
        answers: [{ questionId: 'online-stranger', answer: 'unsure' }],
      },
    ],
    guidance: [
      {
        id: 'find-out-more',
        reason: {
          type: 'answers',
          questionIds: ['school-absences', 'older-partner', 'online-stranger'],
        },
      },
      {
        id: 'online-safety',
        reason: { type: 'answers', questionIds: ['online-stranger'] },
      },
      { id: 'talk-openly', reason: { type: 'always' } },
    ],
    education: ['how-traffickers-target', 'talk-openly'],
    referrals: ['us-hotline', 'us-report-online', 'us-emergency'],
    unanswered: 5,
    unsure: 3,
  });
});

test('an inherited property name is not read as an answer', () => {
  const answers: Answers = Object.create({ 'missing-now': 'yes' });
  expect(score(fixtureBank, answers, { region: 'us' })).toEqual(
    score(fixtureBank, {}, { region: 'us' }),
  );
});
