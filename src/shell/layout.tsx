import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SideBySideProvider } from '../i18n/side-by-side';
import { ExitThisPage, exitButtonId } from './exit-this-page';
import { LanguageSwitch } from './language-switch';

const mainId = 'main-content';

const focusById = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  // Focus instead of following the fragment, so the URL and history stay untouched.
  event.preventDefault();
  document.getElementById(id)?.focus();
};

type LayoutProps = { exitUrl: string; onExit: () => void; children: ReactNode };

/** Skip links, the sticky header with Exit this page, the language switch under it, and the main landmark. */
export const Layout = ({ exitUrl, onExit, children }: LayoutProps) => {
  const { t } = useTranslation('ui');
  return (
    <SideBySideProvider>
      <nav className="skip-links" aria-label={t('layout.skipLinks')}>
        <a
          className="skip-link"
          href={`#${exitButtonId}`}
          onClick={focusById(exitButtonId)}
        >
          {t('layout.skipToExit')}
        </a>
        <a
          className="skip-link"
          href={`#${mainId}`}
          onClick={focusById(mainId)}
        >
          {t('layout.skipToContent')}
        </a>
      </nav>
      <header className="site-header">
        <ExitThisPage exitUrl={exitUrl} onExit={onExit} />
      </header>
      <LanguageSwitch />
      <main id={mainId} tabIndex={-1} className="site-main">
        {children}
      </main>
    </SideBySideProvider>
  );
};
