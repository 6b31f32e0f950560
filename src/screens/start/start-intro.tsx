import { useTranslation } from 'react-i18next';

export const StartIntro = () => {
  const { t } = useTranslation('ui');
  return (
    <section aria-labelledby="start-intro-title">
      <h1 id="start-intro-title">{t('intro.title')}</h1>
      <p className="lead">{t('intro.lead')}</p>
      <h2>{t('intro.isTitle')}</h2>
      <p>{t('intro.is')}</p>
      <h2>{t('intro.isNotTitle')}</h2>
      <p>{t('intro.isNot')}</p>
      <h2>{t('intro.privacyTitle')}</h2>
      <p>{t('intro.privacy')}</p>
      <h2>{t('intro.exitTitle')}</h2>
      <p>{t('intro.exit')}</p>
      <p>{t('intro.history')}</p>
    </section>
  );
};
