import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Phone } from '../../bank/schema';
import { DangerLine } from './danger-line';
import { StartAbout } from './start-about';
import './start.css';

type StartPageProps = {
  intro?: ReactNode;
  /** The region's emergency number; none until the region is known. */
  phone: Phone | undefined;
  /** The choices and Start; without them the page says the questions need JavaScript. */
  children?: ReactNode;
};

/** The start page around its choices: the intro and the emergency line first, what this is and is not after. */
export const StartPage = ({ intro, phone, children }: StartPageProps) => {
  const { t } = useTranslation('flow');
  return (
    <div className="start">
      {intro}
      <DangerLine phone={phone} />
      {children ?? (
        <noscript>
          <p className="inset">{t('start.noScript')}</p>
        </noscript>
      )}
      <StartAbout />
    </div>
  );
};
