import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { preloadQuestionnaire } from './flow/lazy-questionnaire';
import { createI18n } from './i18n/i18n';
import { referenceLanguage } from './i18n/languages';
import './styles.css';

const yieldToBrowser = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 0);
  });

const root = document.getElementById('root');
if (root) {
  // The start page's choices come with the questionnaire: fetch it now, while i18next starts and React hydrates.
  void preloadQuestionnaire();
  // A task of its own after the script's evaluation, so a slow phone is not blocked for both at once.
  // The prerender is English, so the app hydrates in English and then turns to the browser's language.
  void yieldToBrowser()
    .then(() => createI18n(referenceLanguage))
    .then((i18n) => {
      const app = (
        <StrictMode>
          <App i18n={i18n} followBrowserLanguage />
        </StrictMode>
      );
      // Hydrating keeps the prerendered nodes, so focus and scroll survive; the dev server has no prerender.
      // As a transition, React hydrates in slices and answers input in between instead of blocking a slow phone.
      startTransition(() => {
        if (root.hasChildNodes()) hydrateRoot(root, app);
        else createRoot(root).render(app);
      });
    });
}
