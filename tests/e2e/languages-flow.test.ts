import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { languageMetaSchema } from '../../src/i18n/language-meta.ts';
import { runAxe } from './harness/run-axe.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

type Strings = Record<string, unknown>;

const localeFile = (lng: string, ns: string): Strings =>
  JSON.parse(
    readFileSync(join('locales', lng, `${ns}.json`), 'utf8'),
  ) as Strings;

/** A string from a locale file by dotted key; fails the test if the key is missing. */
const text = (lng: string, ns: string, key: string): string => {
  const value = key
    .split('.')
    .reduce<unknown>(
      (node, part) => (node as Strings | undefined)?.[part],
      localeFile(lng, ns),
    );
  if (typeof value !== 'string') {
    throw new Error(`locales/${lng}/${ns}.json has no string at ${key}`);
  }
  return value;
};

const metaOf = (lng: string) =>
  languageMetaSchema.parse(
    JSON.parse(readFileSync(join('locales', lng, 'meta.json'), 'utf8')),
  );

const allLanguages = [
  'en',
  'es',
  'zh',
  'tl',
  'vi',
  'ar',
  'fr',
  'ko',
  'ru',
  'ht',
];

const waitForLanguage = (page: Page, htmlLang: string) =>
  page.waitForFunction(
    (tag) => document.documentElement.lang === tag,
    htmlLang,
  );

const expectAxeClean = async (page: Page, where: string) => {
  expect(await runAxe(page), where).toEqual([]);
};

/** Answers No on every step from the current one, then sees the results, with axe on each kind of screen. */
const finishFlowIn = async (page: Page, lng: string) => {
  const flow = (key: string) => text(lng, 'flow', key);
  let step = 0;
  while (
    (await page
      .getByRole('heading', { level: 1, name: flow('check.heading') })
      .count()) === 0
  ) {
    step += 1;
    const noes = page.locator('input[type="radio"][value="no"]:visible');
    await noes.first().waitFor();
    for (const radio of await noes.all()) await radio.check();
    if (step === 1) await expectAxeClean(page, `${lng}: step 1`);
    await page.getByRole('button', { name: flow('step.continue') }).click();
    if (step > 20) throw new Error(`${lng}: the flow never reached its end`);
  }
  await expectAxeClean(page, `${lng}: check your answers`);
  await page.getByRole('button', { name: flow('check.submit') }).click();
  await page
    .getByRole('heading', {
      level: 1,
      name: text(lng, 'bank', 'levels.none.title'),
    })
    .waitFor();
  await expectAxeClean(page, `${lng}: results`);
};

/** Goes through the whole flow in one language as a parent, answering No everywhere. */
const completeFlowIn = async (page: Page, lng: string) => {
  await page.locator('#perspective-parent').check();
  await expectAxeClean(page, `${lng}: start page`);
  await page
    .getByRole('button', { name: text(lng, 'flow', 'start.submit') })
    .click();
  await finishFlowIn(page, lng);
};

describe('the whole flow in other languages', () => {
  test.each(['es', 'ar', 'zh'])(
    'can be completed in %s, with axe clean on every kind of screen',
    async (lng) => {
      const session = await harness.openApp(`?lang=${lng}&region=us`);
      const { page } = session;
      await waitForLanguage(page, metaOf(lng).htmlLang);
      await completeFlowIn(page, lng);
      await expect(
        page.evaluate(() => document.documentElement.dir),
      ).resolves.toBe(metaOf(lng).dir);
      await expect(session.problems()).resolves.toEqual([]);
    },
  );

  test('Arabic lays out right to left at 320 px, with the results in Arabic', async () => {
    const session = await harness.openApp('?lang=ar&region=us');
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 740 });
    await waitForLanguage(page, 'ar');
    const start = page.getByRole('button', {
      name: text('ar', 'flow', 'start.submit'),
    });
    await start.waitFor();
    const layout = await start.evaluate((button) => {
      const box = button.getBoundingClientRect();
      return {
        dir: getComputedStyle(document.body).direction,
        rightGap: box ? window.innerWidth - box.right : -1,
        leftGap: box ? box.left : -1,
        overflow:
          document.documentElement.scrollWidth -
          document.documentElement.clientWidth,
      };
    });
    expect(layout.dir).toBe('rtl');
    // Mirrored: the Start button sits at the right edge, so its gap there is the page margin and smaller than the other side's.
    expect(layout.rightGap).toBeLessThan(layout.leftGap);
    expect(layout.overflow).toBeLessThanOrEqual(0);
    // Phone numbers stay left to right inside the Arabic text: Ireland's 112 reads 1, 1, 2 from the left.
    await page
      .getByRole('combobox', { name: text('ar', 'flow', 'start.region.label') })
      .selectOption('ie');
    const digitsFromLeft = await page
      .locator('a[href^="tel:"]')
      .first()
      .evaluate((link) => {
        const walker = document.createTreeWalker(link, NodeFilter.SHOW_TEXT);
        const found: { digit: string; x: number }[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.textContent ?? '';
          for (let index = 0; index < value.length; index += 1) {
            if (!/\d/.test(value[index] ?? '')) continue;
            const range = document.createRange();
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            found.push({
              digit: value[index] ?? '',
              x: range.getBoundingClientRect().left,
            });
          }
        }
        return found
          .sort((a, b) => a.x - b.x)
          .map(({ digit }) => digit)
          .join('');
      });
    expect(digitsFromLeft).toBe('112');
  });
});

describe('?lang=', () => {
  test.each(allLanguages)('?lang=%s sets html lang and dir', async (lng) => {
    const session = await harness.openApp(`?lang=${lng}`);
    const meta = metaOf(lng);
    await waitForLanguage(session.page, meta.htmlLang);
    await expect(
      session.page.evaluate(() => document.documentElement.dir),
    ).resolves.toBe(meta.dir);
    await expect(
      session.page
        .getByRole('button', { name: text(lng, 'flow', 'start.submit') })
        .count(),
    ).resolves.toBe(1);
  });
});

describe('side by side', () => {
  test('shows questions, options and results in both languages, each with its own lang', async () => {
    const session = await harness.openApp('?lang=es&region=us');
    const { page } = session;
    await waitForLanguage(page, 'es');
    const secondLanguage = page.getByRole('combobox', {
      name: text('es', 'ui', 'language.sideBySide'),
    });
    await secondLanguage.selectOption('ar');
    await page.waitForFunction(
      () =>
        document.querySelector<HTMLSelectElement>('#second-language-select')
          ?.value === 'ar',
    );
    await page.locator('#perspective-parent').check();
    await page
      .getByRole('button', { name: text('es', 'flow', 'start.submit') })
      .click();
    const firstLegend = page.locator('legend').first();
    await firstLegend.waitFor();
    await expect(firstLegend.innerText()).resolves.toContain(
      text('es', 'bank', 'questions.missing-now.text_parent'),
    );
    const second = firstLegend.locator('[lang="ar"]');
    await expect(second.getAttribute('dir')).resolves.toBe('rtl');
    await expect(second.innerText()).resolves.toBe(
      text('ar', 'bank', 'questions.missing-now.text_parent'),
    );
    await expect(
      page.locator('label[for="missing-now-no"] [lang="ar"]').innerText(),
    ).resolves.toBe(text('ar', 'flow', 'answers.no'));
    await expect(
      page.evaluate(() => document.documentElement.lang),
    ).resolves.toBe('es');

    await finishFlowIn(page, 'es');
    const title = page.getByRole('heading', { level: 1 });
    await expect(title.locator('[lang="ar"]').innerText()).resolves.toBe(
      text('ar', 'bank', 'levels.none.title'),
    );
    // The printouts carry both languages too: the help card's "never your fault" line, in Arabic.
    await expect(
      page.locator('.help-card [lang="ar"]').allTextContents(),
    ).resolves.toContain(text('ar', 'flow', 'print.card.neverYourFault'));
    await expect(
      page.locator('.help-sheet h2 [lang="ar"]').first().textContent(),
    ).resolves.toBe(text('ar', 'bank', 'levels.none.title'));
  });
});

describe('lines in your language', () => {
  test('a Spanish reader in the US is told which lines answer in Spanish', async () => {
    const session = await harness.openApp('?lang=es&region=us');
    const { page } = session;
    await waitForLanguage(page, 'es');
    await completeFlowIn(page, 'es');
    const names = (ids: string[]) =>
      new Intl.ListFormat('es', { type: 'conjunction' }).format(
        ids.map((id) => text('es', 'bank', `referrals.${id}.name`)),
      );
    const body = await page.locator('main').innerText();
    const speaks = text('es', 'flow', 'results.speaks')
      .replace('{{language}}', metaOf('es').nativeName)
      .replace('{{lines}}', names(['us-nhth']));
    expect(body).toContain(speaks.slice(0, speaks.indexOf(':')));
    expect(body).toContain(text('es', 'bank', 'referrals.us-nhth.name'));
  });
});
