import type { AnswerValue, Question } from '../bank/schema';
import { answerValues } from '../bank/vocabulary';
import type { Answers } from '../scoring/score';
import type { AnswerForm } from '../components/answer-form';

const isAnswer = (value: unknown): value is AnswerValue =>
  answerValues.some((answer) => answer === value);

/** The answers the user has given, without unanswered questions. */
export const toAnswers = (
  values: AnswerForm,
  questions?: readonly Question[],
): Answers => {
  const ids = questions?.map(({ id }) => id) ?? Object.keys(values);
  return Object.fromEntries(
    ids.flatMap((id) => {
      const value = values[id];
      return isAnswer(value) ? [[id, value]] : [];
    }),
  );
};

/** The ids of required questions on a step that have no valid answer, in question order. */
export const missingAnswers = (
  questions: readonly Question[],
  values: AnswerForm,
): string[] =>
  questions.flatMap(({ id, required }) => {
    const value = values[id];
    const answered = isAnswer(value);
    const skipped = !required && (value === null || value === undefined);
    return answered || skipped ? [] : [id];
  });
