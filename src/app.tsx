import {
  Component,
  type MouseEvent,
  type ReactNode,
  useCallback,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import { I18nextProvider, useTranslation } from 'react-i18next';
import type { i18n } from 'i18next';
import { ExitThisPage, exitButtonId } from './steps/exit-this-page';
import { StartIntro } from './steps/start-intro';
import { Questionnaire } from './steps/questionnaire';
import type { StartParams } from './steps/read-start-params';
import { loadBank } from './bank/load-bank';
import bankData from '../questions/bank.json';

export const exitUrl: string = import.meta.env.VITE_EXIT_URL;

const mainId = 'main-content';

const replaceLocation = (url: string) => {
  window.location.replace(url);
};

const focusById = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
  // Focus instead of following the fragment, so the URL and history stay untouched.
  event.preventDefault();
  document.getElementById(id)?.focus();
};

const ErrorMessage = () => {
  const { t } = useTranslation('ui');
  return (
    <div role="alert">
      <h1>{t('error.title')}</h1>
      <p>{t('error.body')}</p>
    </div>
  );
};

type ErrorBoundaryProps = { children: ReactNode };
type ErrorBoundaryState = { failed: boolean };

// React only catches render errors in a class component's lifecycle methods.
export class ErrorBoundary extends Component<
  ErrorBoundaryProps,
  ErrorBoundaryState
> {
  state: ErrorBoundaryState = { failed: false };

  static getDerivedStateFromError(): ErrorBoundaryState {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}

type SessionProps = { start: StartParams };

const Session = ({ start }: SessionProps) => {
  // Parsed once; a broken bank throws here and the error boundary shows a plain message.
  const [bank] = useState(() => loadBank(bankData, 'questions/bank.json'));
  return (
    <Questionnaire
      bank={bank}
      intro={<StartIntro />}
      initialRegion={start.region}
      initialPerspective={start.perspective}
    />
  );
};

type LayoutProps = { onExit: () => void; children: ReactNode };

const Layout = ({ onExit, children }: LayoutProps) => {
  const { t } = useTranslation('ui');
  return (
    <>
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
      <main id={mainId} tabIndex={-1} className="site-main">
        {children}
      </main>
    </>
  );
};

type AppProps = {
  i18n: i18n;
  start?: StartParams;
  leave?: (url: string) => void;
};

export const App = ({
  i18n,
  start = {},
  leave = replaceLocation,
}: AppProps) => {
  const [exited, setExited] = useState(false);
  const exit = useCallback(() => {
    // Blank first and drop the session's state, then leave without a history entry.
    flushSync(() => setExited(true));
    document.body.hidden = true;
    leave(exitUrl);
  }, [leave]);

  if (exited) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <Layout onExit={exit}>
        <ErrorBoundary>
          <Session start={start} />
        </ErrorBoundary>
      </Layout>
    </I18nextProvider>
  );
};
