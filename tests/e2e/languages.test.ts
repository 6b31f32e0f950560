import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languageMetaSchema } from '../../src/i18n/language-meta.ts';
import type { AppSession } from './harness/app-session.ts';
import { distDir } from './harness/static-server.ts';
import {
  flowText,
  startAs,
  steps,
  titles,
  waitForTitle,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';
import { visitScreens } from './harness/visit-screens.ts';

const harness = setUpHarness();

const namespaces = ['ui', 'flow', 'bank'];

const metaOf = (lng: string) =>
  languageMetaSchema.parse(
    JSON.parse(readFileSync(join('locales', lng, 'meta.json'), 'utf8')),
  );

/** The first language after English that the meta files list, as the switch orders them. */
const firstTranslation = () => {
  const lng = readdirSync('locales')
    .filter(
      (name) => name !== 'en' && existsSync(join('locales', name, 'meta.json')),
    )
    .sort()[0];
  if (!lng) throw new Error('locales/ lists no language besides English.');
  const missing = namespaces
    .map((ns) => join('locales', lng, `${ns}.json`))
    .filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `No translated locale to switch to: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing. ` +
        `Add ${metaOf(lng).englishName}'s string files (see locales/README.md), then rebuild.`,
    );
  }
  return { lng, meta: metaOf(lng) };
};

const htmlAttributes = (page: Page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
  }));

/** Waits for the app to switch language, then checks html lang and dir together. */
const expectHtmlLanguage = async (
  page: Page,
  meta: { htmlLang: string; dir: string },
) => {
  await page.waitForFunction(
    (tag) => document.documentElement.lang === tag,
    meta.htmlLang,
  );
  await expect(htmlAttributes(page)).resolves.toEqual({
    lang: meta.htmlLang,
    dir: meta.dir,
  });
};

const languageSwitch = (page: Page) => page.locator('#language-select');

const localeChunks = (session: AppSession) =>
  session.requests
    .map(({ url }) => new URL(url).pathname)
    .filter((path) => /\/assets\/locale-/.test(path));

describe('language from the link', () => {
  test.each([
    ['an unknown language', '?lang=xx', 'lang=xx'],
    ['a malformed tag', '?lang=es_MX%3Cb%3E', 'es_MX'],
    [
      'a script',
      `?lang=${encodeURIComponent('<script>alert(1)</script>')}`,
      'alert(1)',
    ],
  ])(
    '%s falls back to English silently, without echoing it',
    async (_, search, raw) => {
      const session = await harness.openApp(search);
      const { page } = session;
      await waitForTitle(page, titles.start);
      await expect(htmlAttributes(page)).resolves.toEqual({
        lang: 'en',
        dir: 'ltr',
      });
      await expect(page.content()).resolves.not.toContain(raw);
      await expect(page.getByRole('alert').count()).resolves.toBe(0);
      expect(localeChunks(session)).toEqual([]);
      await expect(session.problems()).resolves.toEqual([]);
    },
  );

  test('without a link the page is English with lang="en", loads no other language and stores nothing', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await expect(htmlAttributes(page)).resolves.toEqual({
      lang: 'en',
      dir: 'ltr',
    });
    await expect(languageSwitch(page).inputValue()).resolves.toBe('en');
    expect(localeChunks(session)).toEqual([]);
    await expect(
      page.evaluate(
        () =>
          localStorage.length + sessionStorage.length + document.cookie.length,
      ),
    ).resolves.toBe(0);
  });
});

describe('language from the browser', () => {
  test('a browser set to a translated language turns to it after the English first paint, without a hydration error', async () => {
    const { lng, meta } = firstTranslation();
    const session = await harness.openContext({ locale: meta.htmlLang });
    const { page } = session;
    await page.goto(session.appUrl);
    await expectHtmlLanguage(page, meta);
    await expect(languageSwitch(page).inputValue()).resolves.toBe(lng);
    await page
      .locator('form button[type="submit"]')
      .filter({ visible: true })
      .waitFor();
    expect(localeChunks(session)).toEqual([
      expect.stringMatching(new RegExp(`/assets/locale-${lng}-`)),
    ]);
    await expect(session.problems()).resolves.toEqual([]);
  });
});

describe('the language switch', () => {
  test('is on every screen, in the same place: right after the Exit header', async () => {
    const session = await harness.openApp();
    const { page } = session;
    const visited: string[] = [];
    await visitScreens(
      page,
      async ({ name }) => {
        const placed = await page.evaluate(() => {
          const select = document.getElementById('language-select');
          const header = document.querySelector('header.site-header');
          return (
            select !== null &&
            header?.nextElementSibling?.contains(select) === true &&
            select.closest('main') === null
          );
        });
        expect(placed, `language switch on ${name}`).toBe(true);
        await expect(
          page.getByRole('combobox', { name: 'Language' }).isVisible(),
        ).resolves.toBe(true);
        visited.push(name);
      },
      { level: 'urgent', only: (name) => !name.includes('errors') },
    );
    expect(visited).toContain('check your answers');
    expect(visited).toContain('results (urgent)');
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('switching to a translation mid-step keeps the step, the answers and focus on the switch', async () => {
    const { lng, meta } = firstTranslation();
    const session = await harness.openApp();
    const { page } = session;
    await startAs(page, 'parent', 'us');
    const first = steps[0]?.questions[0]?.id ?? '';
    await page.locator(`input[name="${first}"][value="unsure"]`).check();
    await languageSwitch(page).focus();
    await languageSwitch(page).selectOption(lng);
    await expectHtmlLanguage(page, meta);
    await expect(
      page.locator(`input[name="${first}"][value="unsure"]`).isChecked(),
    ).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      'language-select',
    );
    await expect(
      page.getByText(flowText.step.continue, { exact: true }).count(),
    ).resolves.toBe(0);
    expect(localeChunks(session)).toHaveLength(1);
    expect(page.url()).toBe(session.appUrl);
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('a link with ?lang= loads that language and only that one', async () => {
    const { lng, meta } = firstTranslation();
    const session = await harness.openContext();
    const { page } = session;
    await page.goto(`${session.origin}/?lang=${lng}`);
    await expectHtmlLanguage(page, meta);
    expect(localeChunks(session)).toEqual([
      expect.stringMatching(new RegExp(`/assets/locale-${lng}-`)),
    ]);
    await expect(session.problems()).resolves.toEqual([]);
  });
});

describe('the first load', () => {
  test('holds English strings and no other language', () => {
    const assets = readdirSync(join(distDir, 'assets'));
    const entry = assets.find((file) => /^index-.*\.js$/.test(file));
    if (!entry) throw new Error(`No entry script in ${distDir}/assets.`);
    const code = readFileSync(join(distDir, 'assets', entry), 'utf8');
    expect(code).toContain(flowText.errors.summary);
    const { lng } = firstTranslation();
    const exitButton = (
      JSON.parse(readFileSync(join('locales', lng, 'ui.json'), 'utf8')) as {
        exit: { button: string };
      }
    ).exit.button;
    expect(code).not.toContain(exitButton);
    expect(
      assets.filter((file) => file.startsWith(`locale-${lng}-`)),
    ).toHaveLength(1);
  });
});
