import type { AnswerValue } from '../bank/schema';

/** The first radio carries the question id so that error summary links can focus it. */
export const radioId = (questionId: string, value: AnswerValue): string =>
  value === 'yes' ? questionId : `${questionId}-${value}`;
