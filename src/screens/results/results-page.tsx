import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useBoth } from '../../i18n/side-by-side';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { score, type Answers } from '../../scoring/score';
import { AnswersByTopic } from '../../components/answers-by-topic';
import { ContentItem } from '../../components/content-item';
import { dateLocale, formatToday } from '../../components/format-date';
import type { Perspective } from '../../bank/schema';
import { CallFirst } from './call-first';
import { CollapsibleSection } from './collapsible-section';
import { HelpCard } from './help-card';
import { GuidanceList } from './guidance-list';
import { HelpSheet } from './help-sheet';
import { LinesInYourLanguage } from './lines-in-your-language';
import { OutcomeDrivers } from './outcome-drivers';
import { PerspectiveSelect } from '../../components/perspective-select';
import { PrintOptions, type PrintChoice } from './print-options';
import { ReferralCard } from '../../components/referral-card';
import { RegionSelect } from '../../components/region-select';
import { useBankText } from '../../i18n/use-bank-text';

/** "What to do now" shows this many actions; the rest wait under "More guidance". */
const firstActions = 3;

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

/** Help first: the level, the call, what to do now and who can help; then, closed until opened, why, more guidance and the signs; print and start over last. */
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
  const both = useBoth('flow');
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const [printChoice, setPrintChoice] = useState<PrintChoice>('sheet');
  useEffect(() => {
    const printSheetNext = () => setPrintChoice('sheet');
    window.addEventListener('afterprint', printSheetNext);
    return () => window.removeEventListener('afterprint', printSheetNext);
  }, []);
  const outcome = score(bank, answers, { region, perspective });
  const referrals = outcome.referrals.flatMap((id) =>
    bank.referrals.filter((referral) => referral.id === id),
  );
  const guidanceIds = outcome.guidance.map(({ id }) => id);
  const actions = guidanceIds.slice(0, firstActions);
  const moreGuidance = guidanceIds.slice(firstActions);
  const date = formatToday(dateLocale(i18n.language, region), new Date());
  const print = (choice: PrintChoice) => {
    // The print styles read the choice, so it has to be on the page before the dialog opens.
    flushSync(() => setPrintChoice(choice));
    window.print();
  };
  return (
    <div className="results" data-print={printChoice}>
      <PageHeading>
        {bankText.show(`levels.${outcome.level}.title`)}
      </PageHeading>
      <p className="lead">{bankText.show(`levels.${outcome.level}.meaning`)}</p>
      <CallFirst
        level={outcome.level}
        referrals={referrals}
        perspective={perspective}
      />

      <section aria-labelledby="results-now">
        <h2 id="results-now" className="heading-m">
          {both('results.whatNow')}
        </h2>
        <GuidanceList ids={actions} perspective={perspective} />
      </section>

      <section aria-labelledby="results-contacts">
        <h2 id="results-contacts" className="heading-m">
          {both('results.contacts')}
        </h2>
        <RegionSelect
          bank={bank}
          value={region}
          label={t('settings.region')}
          onChange={onRegionChange}
        />
        <p className="inset">{both('results.phoneSafety')}</p>
        <LinesInYourLanguage referrals={referrals} />
        {referrals.map((referral) => (
          <ReferralCard
            key={referral.id}
            referral={referral}
            perspective={perspective}
          />
        ))}
      </section>

      <div className="inset">
        <p>{bankText.text('caveat')}</p>
        {outcome.unanswered > 0 && (
          <p>{t('results.unanswered', { count: outcome.unanswered })}</p>
        )}
        {outcome.unsure > 0 && (
          <p>{t('results.unsure', { count: outcome.unsure })}</p>
        )}
      </div>

      <CollapsibleSection title={t('results.why')}>
        <OutcomeDrivers drivers={outcome.drivers} perspective={perspective} />
      </CollapsibleSection>
      {moreGuidance.length > 0 && (
        <CollapsibleSection title={t('results.moreGuidance')}>
          <GuidanceList
            ids={moreGuidance}
            perspective={perspective}
            start={firstActions + 1}
          />
        </CollapsibleSection>
      )}
      <CollapsibleSection title={t('results.education')}>
        {outcome.education.map((id) => (
          <div key={id}>
            <ContentItem
              keyPrefix={`education.${id}`}
              perspective={perspective}
            />
          </div>
        ))}
      </CollapsibleSection>

      <PerspectiveSelect value={perspective} onChange={onPerspectiveChange} />

      <PrintOptions
        includeAnswers={includeAnswers}
        onIncludeAnswersChange={setIncludeAnswers}
        onPrint={print}
      />
      <HelpSheet
        level={outcome.level}
        meta={t('print.sheetMeta', {
          date,
          region: bankText.text(`regions.${region}`),
          version: outcome.bankVersion,
        })}
        referrals={referrals}
        actions={actions}
        drivers={includeAnswers ? outcome.drivers : undefined}
        perspective={perspective}
      />
      <HelpCard bank={bank} region={region} perspective={perspective} />
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

      <div className="button-group">
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
        {t('results.footer', { version: outcome.bankVersion, date })}
      </p>
    </div>
  );
};
