import type { AnswerValue } from '../bank/schema';

/** The form's values: an answer per question id, or nothing yet. */
export type AnswerForm = Record<string, AnswerValue | null | undefined>;
