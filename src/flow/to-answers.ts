import { z } from 'zod';
import { answerValueSchema, type Question } from '../bank/schema';
import type { Answers } from '../scoring/score';
import type { AnswerForm } from '../components/answer-form';

/** The answers the user has given, without unanswered questions. */
export const toAnswers = (
  values: AnswerForm,
  questions?: readonly Question[],
): Answers => {
  const ids = questions?.map(({ id }) => id) ?? Object.keys(values);
  return Object.fromEntries(
    ids.flatMap((id) => {
      const parsed = answerValueSchema.safeParse(values[id]);
      return parsed.success ? [[id, parsed.data]] : [];
    }),
  );
};

/** The ids of required questions on a step that have no answer, in question order. */
export const missingAnswers = (
  questions: readonly Question[],
  values: AnswerForm,
): string[] => {
  const schema = z.object(
    Object.fromEntries(
      questions.map((question) => [
        question.id,
        question.required ? answerValueSchema : answerValueSchema.nullish(),
      ]),
    ),
  );
  const result = schema.safeParse(values);
  if (result.success) return [];
  const invalid = new Set(result.error.issues.map(({ path }) => path[0]));
  return questions.map(({ id }) => id).filter((id) => invalid.has(id));
};
