/** GOV.UK keeps error messages short; DESIGN 5 says at most about 70 characters. */
export const maxErrorLength = 70;

type Texts = {
  /** The bank's own message for the question, when it has one. */
  error?: string | undefined;
  /** The question's short label, when the bank has one. */
  label: string | undefined;
  question: string;
  withLabel: (label: string) => string;
  withQuestion: (question: string) => string;
};

// Banks before 2.0 have no labels: the question's first clause stands in, cut at a word to fit.
const firstClause = (question: string): string =>
  (
    question.replace(/^In the last six months, /, '').split(/, or |\?/)[0] ??
    question
  ).replace(/^./, (letter) => letter.toUpperCase());

/** The message for a question left unanswered: the bank's own, or one built from its short label, or from its first clause, at most `maxErrorLength` characters. */
export const requiredMessage = ({
  error,
  label,
  question,
  withLabel,
  withQuestion,
}: Texts): string => {
  if (error) return error;
  if (label) return withLabel(label);
  const words = firstClause(question).split(' ');
  let message = withQuestion(`${words.join(' ')}?`);
  while (message.length > maxErrorLength && words.length > 1) {
    words.pop();
    message = withQuestion(`${words.join(' ')}…`);
  }
  return message;
};
