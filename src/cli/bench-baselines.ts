import { cp, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { bareReactTexts } from '../../tests/fixtures/bench/bare-react/bare-react-texts.ts';
import type { FirstQuestion } from './bench-page.ts';

const bareReactDir = resolve(
  import.meta.dirname,
  '../../tests/fixtures/bench/bare-react',
);

/** The first baseline: the built start page with its scripts taken out, so it is only HTML and CSS. */
export const prepareStaticPage = async (
  distDir: string,
  outDir: string,
): Promise<void> => {
  await cp(distDir, outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  const html = (await readFile(file, 'utf8'))
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link\b[^>]*rel="modulepreload"[^>]*>\s*/g, '');
  await writeFile(file, html);
};

/** The second baseline: a React page with a Start button and one question, built by Vite like the app. */
export const buildBareReact = async (outDir: string): Promise<void> => {
  await build({
    root: bareReactDir,
    configFile: false,
    envFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2020',
      modulePreload: { polyfill: false },
    },
  });
};

export const bareReactQuestion: FirstQuestion = {
  start: bareReactTexts.start,
  question: bareReactTexts.question,
  answer: bareReactTexts.answer,
};
