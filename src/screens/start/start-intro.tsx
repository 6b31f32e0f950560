import { useTranslation } from 'react-i18next';

export const StartIntro = () => {
  const { t } = useTranslation('ui');
  return (
    <>
      <h1>{t('intro.title')}</h1>
      <p className="lead">{t('intro.lead')}</p>
    </>
  );
};
