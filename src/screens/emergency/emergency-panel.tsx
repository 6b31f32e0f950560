import { useTranslation } from 'react-i18next';
import { useBoth } from '../../i18n/side-by-side';
import { BackLink } from '../../components/back-link';
import { CallButton } from '../../components/call-button';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { emergencyReferrals, score, type Answers } from '../../scoring/score';
import { emergencyLineOf } from '../../scoring/calls';
import type { Perspective } from '../../bank/schema';
import { ReferralCard } from '../../components/referral-card';
import { RegionSelect } from '../../components/region-select';

type EmergencyPanelProps = {
  bank: Bank;
  answers: Answers;
  region: Region;
  perspective: Perspective | undefined;
  onRegionChange: (region: Region) => void;
  onContinue: () => void;
  onBack: () => void;
};

/** Shown after a yes or a not sure on the urgent step: the emergency call first, then the lines the answer calls for, then the way on. */
export const EmergencyPanel = ({
  bank,
  answers,
  region,
  perspective,
  onRegionChange,
  onContinue,
  onBack,
}: EmergencyPanelProps) => {
  const { t } = useTranslation('flow');
  const both = useBoth('flow');
  const outcome = score(bank, answers, { region, perspective });
  const referralsOf = (ids: readonly string[]) =>
    ids.flatMap((id) =>
      bank.referrals.filter((referral) => referral.id === id),
    );
  // The emergency number shows whatever the level: a not sure alone does not make it urgent.
  const emergency = emergencyLineOf(bank, outcome.region);
  const hotlines = referralsOf(
    emergencyReferrals(bank, answers, { region, perspective }).more,
  );
  // Only a yes reaches urgent; a not sure alone leaves the level lower, and the panel speaks to the doubt.
  const unsure = outcome.level !== 'urgent';
  return (
    <section className="emergency" aria-labelledby="emergency-heading">
      <BackLink onBack={onBack} />
      <PageHeading id="emergency-heading">
        {both('emergency.heading')}
      </PageHeading>
      <p className="lead">
        {t(unsure ? 'emergency.leadUnsure' : 'emergency.lead')}
      </p>
      <div className="call-first">
        {emergency && <CallButton phone={emergency.phone} />}
      </div>
      {hotlines.length > 0 && (
        <>
          <h2 className="heading-m">{both('emergency.more')}</h2>
          <p className="inset">{both('results.phoneSafety')}</p>
          {hotlines.map((referral) => (
            <ReferralCard
              key={referral.id}
              referral={referral}
              perspective={perspective}
            />
          ))}
        </>
      )}
      <RegionSelect
        bank={bank}
        value={region}
        label={t('settings.region')}
        onChange={onRegionChange}
      />
      <p className="inset">{t('emergency.exitHint')}</p>
      <div className="button-group">
        <button type="button" className="button" onClick={onContinue}>
          {both('emergency.continue')}
        </button>
      </div>
    </section>
  );
};
