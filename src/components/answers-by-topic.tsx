import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bank } from '../bank/schema';
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

/** Every question by topic with its answer, as a GOV.UK summary list. */
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
  return stepsOf(bank).map(({ topicId, questions }) => {
    return (
      <section
        key={topicId}
        className="summary"
        aria-labelledby={`${idPrefix}-${topicId}`}
      >
        <Heading id={`${idPrefix}-${topicId}`} className="heading-m">
          {bankText.text(`topics.${topicId}.title`)}
        </Heading>
        <dl className="summary-list">
          {questions.map(({ id }) => {
            const question = bankText.text(`questions.${id}.text`);
            const answer = answers[id];
            return (
              <div className="summary-list__row" key={id}>
                <dt className="summary-list__key">{question}</dt>
                <dd className="summary-list__value">
                  {t(`answers.${answer ?? 'none'}`)}
                </dd>
                {onChange && (
                  <dd className="summary-list__actions">
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange(id)}
                    >
                      {t('check.change')}{' '}
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
