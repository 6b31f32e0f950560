import type { Region } from '../../src/bank/schema';
import type { Answers, Outcome } from '../../src/scoring/score';

/** One row of a case table: a situation, its answers and region, and the whole outcome expected. */
export type ScoringCase = {
  situation: string;
  region: Region;
  answers: Answers;
  expected: Outcome;
};
