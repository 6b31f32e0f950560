import { describe, expect, test } from 'vitest';
import bankLocale from '../../locales/en/bank.json';
import flowLocale from '../../locales/en/flow.json';
import {
  maxErrorLength,
  requiredMessage,
} from '../../src/flow/required-message';

const fill = (template: string, name: string, value: string) =>
  template.replace(`{{${name}}}`, value);

const messageFor = (
  error: string | undefined,
  label: string | undefined,
  question: string,
) =>
  requiredMessage({
    error,
    label,
    question,
    withLabel: (text) => fill(flowLocale.errors.required, 'label', text),
    withQuestion: (text) =>
      fill(flowLocale.errors.requiredQuestion, 'question', text),
  });

type QuestionStrings = Partial<
  Record<'text' | 'text_parent' | 'label' | 'error' | 'error_parent', string>
>;

const wordings = Object.entries(
  bankLocale.questions as Record<string, QuestionStrings>,
).flatMap(([id, strings]) => [
  {
    id,
    error: strings.error,
    label: strings.label,
    question: strings.text ?? '',
  },
  {
    id: `${id} (parent)`,
    error: strings.error_parent ?? strings.error,
    label: strings.label,
    question: strings.text_parent ?? strings.text ?? '',
  },
]);

describe('messages for an unanswered question', () => {
  test.each([
    {
      error: 'Select if your child is missing right now',
      label: 'Missing right now',
      question: 'Is your child missing right now?',
      message: 'Select if your child is missing right now',
    },
    {
      error: undefined,
      label: 'Missing right now',
      question: 'Is your child missing right now?',
      message: 'Select an answer for: Missing right now',
    },
    {
      error: undefined,
      label: undefined,
      question: 'Is your child missing right now, or can you not reach them?',
      message: 'Select an answer: Is your child missing right now?',
    },
    {
      error: undefined,
      label: undefined,
      question: 'In the last six months, has your child had fake ID cards?',
      message: 'Select an answer: Has your child had fake ID cards?',
    },
    {
      error: undefined,
      label: undefined,
      question:
        'In the last six months, has your child had gifts, clothes, money or costly things you cannot explain?',
      message:
        'Select an answer: Has your child had gifts, clothes, money or costly…',
    },
  ])('$question gives "$message"', ({ error, label, question, message }) => {
    expect(messageFor(error, label, question)).toBe(message);
  });

  test.each(wordings)(
    'the message for $id is at most 70 characters',
    ({ error, label, question }) => {
      expect(messageFor(error, label, question).length).toBeLessThanOrEqual(
        maxErrorLength,
      );
    },
  );
});
