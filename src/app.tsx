import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { ErrorBoundary } from './shell/error-boundary';
import { Layout } from './shell/layout';
import { StartIntro } from './screens/start/start-intro';
import { LazyQuestionnaire } from './flow/lazy-questionnaire';
import { readStartParams, type StartParams } from './shell/read-start-params';
import { regions } from './bank/vocabulary';
import { catalogOf, pickLanguage, supportedLanguages } from './i18n/i18n';

export const exitUrl: string = import.meta.env.VITE_EXIT_URL;

const replaceLocation = (url: string) => {
  window.location.replace(url);
};

// Read once: a worker's link may choose the language, region and perspective; nothing remembers them.
const readLocationStartParams = (): StartParams =>
  typeof window === 'undefined'
    ? {}
    : readStartParams(window.location.search, {
        languages: supportedLanguages,
        regions,
      });

type SessionProps = { start: StartParams };

const Session = ({ start }: SessionProps) => {
  return (
    <LazyQuestionnaire
      intro={<StartIntro />}
      initialRegion={start.region}
      initialPerspective={start.perspective}
    />
  );
};

type AppProps = {
  i18n: i18n;
  /** Defaults to the page's own query; the prerender has none. */
  start?: StartParams;
  leave?: (url: string) => void;
  /** Turn to the browser's language after the first render when the link names none (main.tsx hydrates in English). */
  followBrowserLanguage?: boolean;
};

export const App = ({
  i18n,
  start: givenStart,
  leave = replaceLocation,
  followBrowserLanguage = false,
}: AppProps) => {
  const [start] = useState(() => givenStart ?? readLocationStartParams());
  const [exited, setExited] = useState(false);
  // The first render matches the prerender, which is in English; a linked or the browser's language follows.
  useEffect(() => {
    const wanted =
      start.lang ??
      (followBrowserLanguage
        ? pickLanguage(catalogOf(i18n), undefined)
        : undefined);
    if (wanted && wanted !== i18n.language) void i18n.changeLanguage(wanted);
  }, [i18n, start.lang, followBrowserLanguage]);
  const exit = useCallback(() => {
    // Blank first and drop the session's state, then leave without a history entry.
    flushSync(() => setExited(true));
    document.body.hidden = true;
    leave(exitUrl);
  }, [leave]);

  if (exited) return null;
  return (
    <I18nextProvider i18n={i18n}>
      <Layout exitUrl={exitUrl} onExit={exit}>
        <ErrorBoundary>
          <Session start={start} />
        </ErrorBoundary>
      </Layout>
    </I18nextProvider>
  );
};
