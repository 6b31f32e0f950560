import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { StrictMode, createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createServer } from 'vite';

// Paints the start page from static HTML before any script runs (DESIGN.md 10); main.tsx hydrates it.
// The start page's choices come with the questionnaire's chunk, after the app has taken over, so this HTML has none.
const indexFile = resolve(import.meta.dirname, '../../dist/index.html');
const emptyRoot = '<div id="root"></div>';

const html = await readFile(indexFile, 'utf8');
if (!html.includes(emptyRoot)) {
  throw new Error(`${indexFile} has no empty ${emptyRoot} to prerender into.`);
}
const vite = await createServer({
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false },
  logLevel: 'error',
});
try {
  const { App } = await vite.ssrLoadModule('/src/app.tsx');
  const { createI18n } = await vite.ssrLoadModule('/src/i18n/i18n.ts');
  const { referenceLanguage } = await vite.ssrLoadModule(
    '/src/i18n/languages.ts',
  );
  // The same tree and default language as main.tsx, so hydration matches.
  const markup = renderToStaticMarkup(
    createElement(
      StrictMode,
      null,
      createElement(App, { i18n: await createI18n(referenceLanguage) }),
    ),
  );
  await writeFile(
    indexFile,
    html.replace(emptyRoot, `<div id="root">${markup}</div>`),
  );
  process.stdout.write(`Prerendered the start page into ${indexFile}\n`);
} finally {
  await vite.close();
}
