import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { score, type Answers } from '../../scoring/score';
import { AnswersByTopic } from '../../components/answers-by-topic';
import { ContentItem } from '../../components/content-item';
import { formatToday } from '../../components/format-date';
import type { Perspective } from '../../bank/schema';
import { OutcomeDrivers } from './outcome-drivers';
import { PerspectiveSelect } from '../../components/perspective-select';
import { PrintOptions } from './print-options';
import { ReferralCard } from '../../components/referral-card';
import { RegionSelect } from '../../components/region-select';
import { useBankText } from '../../i18n/use-bank-text';

type ResultsPageProps = {
  bank: Bank;
  answers: Answers;
  region: Region;
  perspective: Perspective;
  onRegionChange: (region: Region) => void;
  onPerspectiveChange: (perspective: Perspective) => void;
  onChangeAnswers: () => void;
  onStartOver: () => void;
};

export const ResultsPage = ({
  bank,
  answers,
  region,
  perspective,
  onRegionChange,
  onPerspectiveChange,
  onChangeAnswers,
  onStartOver,
}: ResultsPageProps) => {
  const { t, i18n } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const outcome = score(bank, answers, { region, perspective });
  const referrals = outcome.referrals.flatMap((id) =>
    bank.referrals.filter((referral) => referral.id === id),
  );
  return (
    <div
      className={
        includeAnswers ? 'results' : 'results results--answers-private'
      }
    >
      <PageHeading>
        {bankText.text(`levels.${outcome.level}.title`)}
      </PageHeading>
      <p className="lead">{bankText.text(`levels.${outcome.level}.meaning`)}</p>
      <p className="inset">{bankText.text('caveat')}</p>

      <OutcomeDrivers drivers={outcome.drivers} perspective={perspective} />

      <section aria-labelledby="results-now">
        <h2 id="results-now" className="heading-m">
          {t('results.whatNow')}
        </h2>
        <ol className="guidance">
          {outcome.guidance.map(({ id }) => (
            <li key={id} className="guidance__item">
              <ContentItem
                keyPrefix={`guidance.${id}`}
                perspective={perspective}
              />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="results-contacts">
        <h2 id="results-contacts" className="heading-m">
          {t('results.contacts')}
        </h2>
        <div className="no-print">
          <RegionSelect
            bank={bank}
            value={region}
            label={t('settings.region')}
            onChange={onRegionChange}
          />
        </div>
        {referrals.map((referral) => (
          <ReferralCard
            key={referral.id}
            referral={referral}
            perspective={perspective}
          />
        ))}
      </section>

      <section aria-labelledby="results-education">
        <h2 id="results-education" className="heading-m">
          {t('results.education')}
        </h2>
        {outcome.education.map((id) => (
          <div key={id}>
            <ContentItem
              keyPrefix={`education.${id}`}
              perspective={perspective}
            />
          </div>
        ))}
      </section>

      <div className="no-print">
        <PerspectiveSelect value={perspective} onChange={onPerspectiveChange} />
      </div>

      <PrintOptions
        includeAnswers={includeAnswers}
        onIncludeAnswersChange={setIncludeAnswers}
      />
      {includeAnswers && (
        <section className="printed-answers" aria-labelledby="results-answers">
          <h2 id="results-answers" className="heading-m">
            {t('print.answersHeading')}
          </h2>
          <AnswersByTopic
            bank={bank}
            answers={answers}
            perspective={perspective}
            headingLevel="h3"
          />
        </section>
      )}

      <div className="button-group no-print">
        <button
          type="button"
          className="button button--secondary"
          onClick={onChangeAnswers}
        >
          {t('results.changeAnswers')}
        </button>
        <button
          type="button"
          className="button button--warning"
          onClick={onStartOver}
        >
          {t('results.startOver')}
        </button>
      </div>
      <p className="bank-version">
        {t('results.footer', {
          version: outcome.bankVersion,
          date: formatToday(i18n.language, new Date()),
        })}
      </p>
    </div>
  );
};
