import { useTranslation } from 'react-i18next';
import type { Level, Referral } from '../../bank/schema';
import { CallButton } from '../../components/call-button';
import type { Perspective } from '../../bank/schema';
import { useBankText } from '../../i18n/use-bank-text';
import { firstCalls } from '../../scoring/calls';

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
  const calls = firstCalls(level, referrals);
  if (!calls) return null;
  const { main, beside } = calls;
  return (
    <div className="call-first">
      {main.kind === 'emergency' ? (
        <CallButton phone={main.phone} />
      ) : (
        <CallButton
          phone={main.phone}
          name={bankText.text(`referrals.${main.id}.name`)}
        />
      )}
      {beside && (
        <CallButton
          phone={beside.phone}
          name={t('call.inDanger')}
          variant="secondary"
        />
      )}
    </div>
  );
};
