import { useTranslation } from 'react-i18next';
import type { Level, Referral } from '../../bank/schema';
import { CallButton } from '../../components/call-button';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';

type CallFirstProps = {
  level: Level;
  /** The outcome's referrals, in its order. */
  referrals: readonly Referral[];
  perspective: Perspective;
};

/** The call that comes right under the level: emergency services at `urgent`; at `high` the main hotline, with emergency services beside it. */
export const CallFirst = ({
  level,
  referrals,
  perspective,
}: CallFirstProps) => {
  const { t } = useTranslation('flow');
  const bankText = useBankText(perspective);
  const emergency = referrals.find(
    ({ kind, phone }) => kind === 'emergency' && phone,
  );
  const hotline = referrals.find(
    ({ kind, phone }) => kind === 'hotline' && phone,
  );
  if (level === 'urgent' && emergency?.phone) {
    return (
      <div className="call-first">
        <CallButton phone={emergency.phone} />
      </div>
    );
  }
  if (level === 'high' && hotline?.phone) {
    return (
      <div className="call-first">
        <CallButton
          phone={hotline.phone}
          name={bankText.text(`referrals.${hotline.id}.name`)}
        />
        {emergency?.phone && (
          <CallButton
            phone={emergency.phone}
            name={t('call.inDanger')}
            variant="secondary"
          />
        )}
      </div>
    );
  }
  return null;
};
