import { useTranslation } from 'react-i18next';
import type { TopicDrivers } from '../../scoring/score';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';

type OutcomeDriversProps = {
  drivers: readonly TopicDrivers[];
  perspective: Perspective;
};

/** "Why you are seeing this": the answers behind the level, by topic; left out of print unless the user asks. */
export const OutcomeDrivers = ({
  drivers,
  perspective,
}: OutcomeDriversProps) => {
  const { t } = useTranslation('flow');
  const bankText = useBankText(perspective);
  return (
    <section className="print-private" aria-labelledby="results-why">
      <h2 id="results-why" className="heading-m">
        {t('results.why')}
      </h2>
      {drivers.length === 0 ? (
        <p>{t('results.noDrivers')}</p>
      ) : (
        drivers.map(({ topic, answers: topicDrivers }) => (
          <div key={topic}>
            <h3 className="heading-s">
              {bankText.text(`topics.${topic}.title`)}
            </h3>
            <ul className="list list--bullet">
              {topicDrivers.map(({ questionId, answer }) => (
                <li key={questionId}>
                  {bankText.text(`questions.${questionId}.text`)}{' '}
                  <strong>{t(`answers.${answer}`)}</strong>
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
};
