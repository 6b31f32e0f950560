import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import flowLocale from '../../locales/en/flow.json';
import uiLocale from '../../locales/en/ui.json';
import { measureFirstLoad } from '../../src/cli/measure-first-load.ts';
import {
  containsText,
  measureLanguages,
} from '../../src/cli/measure-languages.ts';

// DESIGN.md 7 and 10: languages load on demand, each one small; issue 12 sets 15 kB.
// The build drops the keys each language shares with English (src/build/string-encoding.ts), so Russian, the longest translation, is 13.4 kB gzipped.
const budgetGzipBytes = 15_000;
const distDir = resolve('dist');
const furtherLanguages = await measureLanguages(distDir, resolve('locales'));

const startPageTexts = [
  uiLocale.exit.button,
  uiLocale.intro.lead,
  flowLocale.start.heading,
  flowLocale.start.perspective.legend,
];

describe('language size', () => {
  test('the first load scripts hold the English text of the start page, so English needs no further request', async () => {
    const scripts = (await measureFirstLoad(distDir)).filter(({ file }) =>
      file.endsWith('.js'),
    );
    const code = (
      await Promise.all(
        scripts.map(({ file }) => readFile(join(distDir, file), 'utf8')),
      )
    ).join('\n');
    for (const text of startPageTexts) {
      expect(containsText(code, text), text).toBe(true);
    }
  });

  for (const { language, files, gzipBytes, inFirstLoad } of furtherLanguages) {
    test(`${language} is not in the first load`, () => {
      expect(inFirstLoad).toEqual([]);
    });

    test(`${language} is built into its own files, which stay under ${budgetGzipBytes / 1000} kB gzipped`, () => {
      expect(
        files.length,
        `no built file holds the strings of locales/${language}`,
      ).toBeGreaterThan(0);
      expect(
        gzipBytes,
        `${language} adds ${gzipBytes} bytes gzipped: ${files.map(({ file, gzipBytes: bytes }) => `${file} ${bytes}`).join(', ')}`,
      ).toBeLessThanOrEqual(budgetGzipBytes);
    });
  }
});
