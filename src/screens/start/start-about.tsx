import { useTranslation } from 'react-i18next';

/** What this is and is not, privacy, and how Exit works: after the choices, so help and Start come first. */
export const StartAbout = () => {
  const { t } = useTranslation('ui');
  return (
    <div className="start-about">
      <h2>{t('intro.isTitle')}</h2>
      <p>{t('intro.is')}</p>
      <h2>{t('intro.isNotTitle')}</h2>
      <p>{t('intro.isNot')}</p>
      <h2>{t('intro.privacyTitle')}</h2>
      <p>{t('intro.privacy')}</p>
      <h2>{t('intro.exitTitle')}</h2>
      <p>{t('intro.exit')}</p>
      <p>{t('intro.history')}</p>
    </div>
  );
};
