import { useTranslation } from 'react-i18next';
import { useBoth } from '../../i18n/side-by-side';
import type { Bank, Referral, Region } from '../../bank/schema';
import { contactLines } from '../../components/referral-card';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';
import { emergencyLineOf } from '../../scoring/calls';

const youthLines = (bank: Bank, region: Region): Referral[] =>
  bank.referrals.filter(
    (referral) => referral.region === region && referral.helpCard,
  );

type HelpCardProps = {
  bank: Bank;
  region: Region;
  perspective: Perspective;
};

/** The printed one-page card a worker can hand to a young person: youth lines and "it is never your fault", with nothing that says what this page is about. Hidden on screen. */
export const HelpCard = ({ bank, region, perspective }: HelpCardProps) => {
  const { t } = useTranslation('flow');
  const both = useBoth('flow');
  const bankText = useBankText(perspective);
  const emergency = emergencyLineOf(bank, region);
  return (
    <div className="help-card" hidden>
      <p className="help-card__title">{both('print.card.title')}</p>
      <p className="help-card__lead">{both('print.card.neverYourFault')}</p>
      {emergency && (
        <p>{both('print.card.danger', { number: emergency.phone.display })}</p>
      )}
      <p>{both('print.card.talk')}</p>
      <ul className="help-card__lines">
        {youthLines(bank, region).map((referral) => {
          const key = `referrals.${referral.id}`;
          return (
            <li key={referral.id}>
              <strong>{bankText.text(`${key}.name`)}</strong>
              <br />
              {contactLines(referral, t)
                .map(({ text }) => text)
                .join(' · ')}
              {referral.states?.includes('hours') && (
                <>
                  <br />
                  {bankText.text(`${key}.hours`)}
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
};
