import fc from 'fast-check';
import type {
  AnswerValue,
  Bank,
  Level,
  OptionEffect,
  Question,
} from '../../src/bank/schema';
import { levelOrder, levelRank } from '../../src/scoring/level-order';

const halves = fc.integer({ min: 0, max: 20 }).map((n) => n / 2);
const weight = fc.oneof(fc.constant(0), halves);

const rising = <T>(value: fc.Arbitrary<T>, order: (a: T, b: T) => number) =>
  fc.tuple(value, value, value).map((three) => [...three].sort(order));

const levelAtMost = (top: Level) =>
  fc.constantFrom(...levelOrder.slice(0, levelRank(top) + 1));

const levelFrom = (bottom: Level) =>
  fc.constantFrom(...levelOrder.slice(levelRank(bottom)));

const byRank = (a: Level, b: Level) => levelRank(a) - levelRank(b);

const effect = (w: number, level: Level): OptionEffect =>
  level === 'none' ? { weight: w } : { weight: w, atLeast: level };

const optionsFor = (question: Question): fc.Arbitrary<Question['options']> => {
  if (question.tier === 'context' || question.tier === 'strength') {
    return fc.constant({
      yes: { weight: 0 },
      no: { weight: 0 },
      unsure: { weight: 0 },
    });
  }
  const yesFloor =
    question.tier === 'urgent'
      ? fc.constant<Level>('urgent')
      : question.tier === 'disclosure'
        ? levelFrom('high')
        : levelAtMost('urgent');
  return fc
    .tuple(
      rising(weight, (a, b) => a - b),
      yesFloor,
    )
    .chain(([[no = 0, unsure = 0, yes = 0], yesLevel]) =>
      rising(levelAtMost(yesLevel), byRank).map(([noLevel, unsureLevel]) => ({
        no: effect(no, noLevel ?? 'none'),
        unsure: effect(unsure, unsureLevel ?? 'none'),
        yes: effect(yes, yesLevel),
      })),
    );
};

const scoredTiers = ['urgent', 'disclosure', 'sign', 'concern'] as const;

const countFloor = fc.record({
  tiers: fc.subarray([...scoredTiers], { minLength: 1 }),
  answers: fc.constantFrom<AnswerValue[]>(
    ['yes'],
    ['unsure', 'yes'],
    ['no', 'unsure', 'yes'],
  ),
  min: fc.integer({ min: 1, max: 5 }),
  atLeast: fc.constantFrom(...levelOrder),
});

const cap = fc.record({
  tiers: fc.subarray(['sign', 'concern'] as const, { minLength: 1 }),
  atMost: fc.constantFrom(...levelOrder),
  liftedBy: fc.record({
    answers: fc.constantFrom<AnswerValue[]>(['yes'], ['unsure', 'yes']),
    tiers: fc.subarray([...scoredTiers], { minLength: 1 }),
    min: fc.integer({ min: 1, max: 3 }),
  }),
});

const priority = fc.integer({ min: 0, max: 10 });

/** Banks with the template's ids and conditions but any weights, floors, caps, thresholds and priorities that keep the invariants. */
export const bankArbitrary = (template: Bank): fc.Arbitrary<Bank> =>
  fc
    .record({
      options: fc.tuple(...template.questions.map(optionsFor)),
      some: halves.map((w) => w + 0.5),
      high: halves.map((w) => w + 0.5),
      caps: fc.array(cap, { maxLength: 2 }),
      countFloors: fc.array(countFloor, { maxLength: 3 }),
      guidancePriorities: fc.array(priority, {
        minLength: template.guidance.length,
        maxLength: template.guidance.length,
      }),
      referralPriorities: fc.array(priority, {
        minLength: template.referrals.length,
        maxLength: template.referrals.length,
      }),
    })
    .map((drawn) => ({
      ...template,
      questions: template.questions.map((question, index) => ({
        ...question,
        options: drawn.options[index] ?? question.options,
      })),
      scoring: {
        thresholds: { some: drawn.some, high: drawn.high },
        caps: drawn.caps,
        countFloors: drawn.countFloors,
      },
      guidance: template.guidance.map((item, index) => ({
        ...item,
        priority: drawn.guidancePriorities[index] ?? item.priority,
      })),
      referrals: template.referrals.map((item, index) => ({
        ...item,
        priority: drawn.referralPriorities[index] ?? item.priority,
      })),
    }));
