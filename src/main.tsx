import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { regions } from './bank/schema';
import { createI18n, supportedLanguages } from './i18n/i18n';
import { readStartParams } from './shell/read-start-params';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // Read once: a worker's link may choose the language, region and perspective; nothing remembers them.
  const start = readStartParams(window.location.search, {
    languages: supportedLanguages,
    regions,
  });
  void createI18n(start.lang).then((i18n) => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} start={start} />
      </StrictMode>,
    );
  });
}
