import { useTranslation } from 'react-i18next';
import { useBoth } from '../../i18n/side-by-side';
import type { Level, Referral } from '../../bank/schema';
import { contactLines } from '../../components/referral-card';
import type { TopicDrivers } from '../../scoring/score';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';
import { GuidanceList } from './guidance-list';
import { OutcomeDrivers } from './outcome-drivers';

type HelpSheetProps = {
  level: Level;
  meta: string;
  referrals: readonly Referral[];
  actions: readonly string[];
  drivers: readonly TopicDrivers[] | undefined;
  perspective: Perspective;
};

/** The printed help sheet: name, date, region and bank version, then contacts, then actions; why only when the answers are included. Hidden on screen. */
export const HelpSheet = ({
  level,
  meta,
  referrals,
  actions,
  drivers,
  perspective,
}: HelpSheetProps) => {
  const { t } = useTranslation('flow');
  const both = useBoth('flow');
  const bankText = useBankText(perspective);
  return (
    <div className="help-sheet" hidden>
      <p className="help-sheet__name">{t('title.app')}</p>
      <p className="help-sheet__meta">{meta}</p>
      <h2 className="heading-m">{bankText.show(`levels.${level}.title`)}</h2>
      <h2 className="heading-m">{both('results.contacts')}</h2>
      <ul className="help-sheet__contacts">
        {referrals.map((referral) => {
          const key = `referrals.${referral.id}`;
          return (
            <li key={referral.id}>
              <strong>{bankText.text(`${key}.name`)}</strong>:{' '}
              {contactLines(referral, t)
                .map(({ text }) => text)
                .join(' · ')}
              .
              {referral.states?.includes('hours') &&
                ` ${bankText.text(`${key}.hours`)}`}
            </li>
          );
        })}
      </ul>
      <h2 className="heading-m">{both('results.whatNow')}</h2>
      <GuidanceList ids={actions} perspective={perspective} />
      {drivers && (
        <>
          <h2 className="heading-m">{t('results.why')}</h2>
          <OutcomeDrivers drivers={drivers} perspective={perspective} />
        </>
      )}
    </div>
  );
};
