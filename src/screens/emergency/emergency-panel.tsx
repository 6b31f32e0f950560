import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import type { Bank, Region } from '../../bank/schema';
import { emergencyReferrals, type Answers } from '../../scoring/score';
import type { Perspective } from '../../bank/schema';
import { ReferralCard } from '../../components/referral-card';
import { RegionSelect } from '../../components/region-select';
import { useBankText } from '../../i18n/use-bank-text';

type EmergencyPanelProps = {
  bank: Bank;
  answers: Answers;
  region: Region;
  perspective: Perspective | undefined;
  onRegionChange: (region: Region) => void;
  onContinue: () => void;
  onBack: () => void;
};

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
  const bankText = useBankText(perspective);
  const picked = emergencyReferrals(bank, answers, { region });
  const referralsOf = (ids: readonly string[]) =>
    ids.flatMap((id) =>
      bank.referrals.filter((referral) => referral.id === id),
    );
  const emergency = referralsOf(picked.emergency);
  const hotlines = referralsOf(picked.more);
  return (
    <section className="emergency" aria-labelledby="emergency-heading">
      <PageHeading id="emergency-heading">{t('emergency.heading')}</PageHeading>
      <p className="lead">{t('emergency.lead')}</p>
      <ul className="emergency__calls">
        {emergency.flatMap(({ id, phone }) =>
          phone
            ? [
                <li key={id}>
                  <span className="emergency__name">
                    {bankText.text(`referrals.${id}.name`)}
                  </span>
                  <a className="emergency__call" href={`tel:${phone.tel}`}>
                    {t('emergency.call', { number: phone.display })}
                  </a>
                </li>,
              ]
            : [],
        )}
      </ul>
      {hotlines.length > 0 && (
        <>
          <h2 className="heading-m">{t('emergency.more')}</h2>
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
          {t('emergency.continue')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={onBack}
        >
          {t('emergency.back')}
        </button>
      </div>
    </section>
  );
};
