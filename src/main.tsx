import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { referenceLanguage } from './i18n/languages';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  // The prerender is English, so the app hydrates in English and then turns to the browser's language.
  void createI18n(referenceLanguage).then((i18n) => {
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
