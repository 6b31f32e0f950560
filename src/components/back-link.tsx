import { useTranslation } from 'react-i18next';

type BackLinkProps = { onBack: () => void };

/** GOV.UK's back link at the top left of a screen; a button, since going back changes no URL. */
export const BackLink = ({ onBack }: BackLinkProps) => {
  const { t } = useTranslation('flow');
  return (
    <button type="button" className="back-link" onClick={onBack}>
      {t('step.back')}
    </button>
  );
};
