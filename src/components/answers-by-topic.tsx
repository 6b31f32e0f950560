import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerValue, Bank } from '../bank/schema';
import type { Answers } from '../scoring/score';
import type { Perspective } from '../bank/schema';
import { useBankText } from '../i18n/use-bank-text';
import { stepsOf } from '../scoring/steps-of';

type AnswersByTopicProps = {
  bank: Bank;
  answers: Answers;
  perspective: Perspective | undefined;
  onChange?: (questionId: string) => void;
  headingLevel?: 'h2' | 'h3';
};

type AnswerShownProps = { answer: AnswerValue | undefined; text: string };

// The list names the answer: a translation hook in each of some thirty rows costs a slow phone several milliseconds.
const AnswerShown = ({ answer, text }: AnswerShownProps) => {
  // Yes and Not sure stand out by weight and a box, not by colour alone; No and no answer stay plain.
  if (answer === 'yes' || answer === 'unsure') {
    return (
      <strong className={`answer-tag answer-tag--${answer}`}>{text}</strong>
    );
  }
  return <span className="answer-plain">{text}</span>;
};

/** Every question by topic with its answer, as a compact GOV.UK summary list keyed by each question's short label. */
export const AnswersByTopic = ({
  bank,
  answers,
  perspective,
  onChange,
  headingLevel = 'h2',
}: AnswersByTopicProps) => {
  const { t } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const idPrefix = useId();
  const Heading = headingLevel;
  // Looked up once, not once a row: on a slow phone each lookup costs.
  const answerText = {
    yes: t('answers.yes'),
    no: t('answers.no'),
    unsure: t('answers.unsure'),
    none: t('answers.none'),
  };
  const change = t('check.change');
  return stepsOf(bank).map(({ topicId, questions }) => {
    return (
      <section
        key={topicId}
        className="summary"
        aria-labelledby={`${idPrefix}-${topicId}`}
      >
        <Heading id={`${idPrefix}-${topicId}`} className="heading-s">
          {bankText.text(`topics.${topicId}.title`)}
        </Heading>
        <dl className="summary-list summary-list--compact">
          {questions.map(({ id }) => {
            const label = bankText.optional(`questions.${id}.label`);
            const question = label
              ? label.charAt(0).toLocaleUpperCase() + label.slice(1)
              : bankText.text(`questions.${id}.text`);
            return (
              <div className="summary-list__row" key={id}>
                <dt className="summary-list__key">{question}</dt>
                <dd className="summary-list__value">
                  <AnswerShown
                    answer={answers[id]}
                    text={answerText[answers[id] ?? 'none']}
                  />
                </dd>
                {onChange && (
                  <dd className="summary-list__actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange(id)}
                    >
                      {change}{' '}
                      <span className="visually-hidden">
                        {t('check.changeHidden', { question })}
                      </span>
                    </button>
                  </dd>
                )}
              </div>
            );
          })}
        </dl>
      </section>
    );
  });
};
