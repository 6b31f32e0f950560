import { useTranslation } from 'react-i18next';
import type { TopicDrivers } from '../../scoring/score';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';

type OutcomeDriversProps = {
  drivers: readonly TopicDrivers[];
  perspective: Perspective;
  headingLevel?: 'h3' | 'h4';
};

/** The answers behind the level, by topic ("why you are seeing this"). */
export const OutcomeDrivers = ({
  drivers,
  perspective,
  headingLevel = 'h3',
}: OutcomeDriversProps) => {
  const { t } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const Heading = headingLevel;
  if (drivers.length === 0) return <p>{t('results.noDrivers')}</p>;
  return drivers.map(({ topic, answers: topicDrivers }) => (
    <div key={topic}>
      <Heading className="heading-s">
        {bankText.text(`topics.${topic}.title`)}
      </Heading>
      <ul className="list list--bullet">
        {topicDrivers.map(({ questionId, answer }) => (
          <li key={questionId}>
            {bankText.text(`questions.${questionId}.text`)}{' '}
            <strong>{t(`answers.${answer}`)}</strong>
          </li>
        ))}
      </ul>
    </div>
  ));
};
