import type { Bank, Question } from '../bank/schema';

export type Step = { topicId: string; questions: Question[] };

/** The questionnaire's steps: one per topic that has questions, in topic order. */
export const stepsOf = (bank: Bank): Step[] =>
  bank.topics.flatMap(({ id }) => {
    const questions = bank.questions.filter(({ topic }) => topic === id);
    return questions.length > 0 ? [{ topicId: id, questions }] : [];
  });
