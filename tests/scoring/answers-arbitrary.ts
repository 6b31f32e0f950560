import fc from 'fast-check';
import { answerValues, regions } from '../../src/bank/schema';
import type { AnswerValue, Bank, Tier } from '../../src/bank/schema';
import type { Answers } from '../../src/scoring/score';

const answerValue = fc.constantFrom<AnswerValue>(...answerValues);

/** Any answer set to these questions: each answered yes, no or unsure, or skipped. */
export const answersFor = (questionIds: readonly string[]) =>
  fc.record(Object.fromEntries(questionIds.map((id) => [id, answerValue])), {
    requiredKeys: [],
  }) as fc.Arbitrary<Answers>;

export const answersArbitrary = (bank: Bank) =>
  answersFor(bank.questions.map(({ id }) => id));

export const questionIdsOfTiers = (bank: Bank, tiers: readonly Tier[]) =>
  bank.questions.filter(({ tier }) => tiers.includes(tier)).map(({ id }) => id);

/** Every region the schema knows, shipped by this bank or not (unshipped ones fall back). */
export const regionArbitrary = fc.constantFrom(...regions);
