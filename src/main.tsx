import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import './styles.css';

const root = document.getElementById('root');
if (root) {
  void createI18n().then((i18n) => {
    createRoot(root).render(
      <StrictMode>
        <App i18n={i18n} />
      </StrictMode>,
    );
  });
}
