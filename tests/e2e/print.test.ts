import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setUpHarness } from './harness/set-up-harness.ts';
import { goToResults } from './harness/visit-screens.ts';

const harness = setUpHarness();

const bankVersion = async (): Promise<string> => {
  const bank: unknown = JSON.parse(
    await readFile(
      new URL('../../questions/bank.json', import.meta.url),
      'utf8',
    ),
  );
  if (typeof bank !== 'object' || bank === null || !('version' in bank)) {
    throw new Error('questions/bank.json has no version.');
  }
  return String(bank.version);
};

const openPrintedResults = async (): Promise<Page> => {
  const { page } = await harness.openApp();
  await goToResults(page, 'urgent');
  return page;
};

/** What the printed page shows: each part is true when it is rendered under print media. */
const printedParts = async (page: Page) => {
  await page.emulateMedia({ media: 'print' });
  const shown = (locator: ReturnType<Page['locator']>) =>
    locator.evaluateAll((elements) =>
      elements.map((element) => element.checkVisibility()),
    );
  const main = page.getByRole('main', { includeHidden: true });
  return {
    exit: await shown(
      page.getByRole('button', { name: 'Exit this page', includeHidden: true }),
    ),
    skipLinks: await shown(page.locator('.skip-links a')),
    nav: await shown(page.getByRole('navigation', { includeHidden: true })),
    buttons: await shown(main.getByRole('button', { includeHidden: true })),
    selects: await shown(main.getByRole('combobox', { includeHidden: true })),
    checkbox: await shown(main.getByRole('checkbox', { includeHidden: true })),
    guidance: await shown(
      main
        .getByRole('region', { name: 'What to do now', includeHidden: true })
        .getByRole('listitem', { includeHidden: true }),
    ),
    referrals: await shown(main.getByRole('article', { includeHidden: true })),
    why: await shown(
      main.getByRole('heading', {
        name: 'Why you are seeing this',
        includeHidden: true,
      }),
    ),
    yourAnswers: await shown(
      main.getByRole('heading', { name: 'Your answers', includeHidden: true }),
    ),
  };
};

const all = (values: boolean[], value: boolean) =>
  values.length > 0 && values.every((shown) => shown === value);

describe('printing the results', () => {
  test('prints guidance and referrals without Exit, skip links, navigation, buttons, selects or answers', async () => {
    const page = await openPrintedResults();
    const parts = await printedParts(page);
    expect({
      exit: all(parts.exit, false),
      skipLinks: all(parts.skipLinks, false),
      nav: all(parts.nav, false),
      buttons: all(parts.buttons, false),
      selects: all(parts.selects, false),
      checkbox: all(parts.checkbox, false),
      guidance: all(parts.guidance, true),
      referrals: all(parts.referrals, true),
      why: all(parts.why, false),
      yourAnswers: parts.yourAnswers,
    }).toEqual({
      exit: true,
      skipLinks: true,
      nav: true,
      buttons: true,
      selects: true,
      checkbox: true,
      guidance: true,
      referrals: true,
      why: true,
      yourAnswers: [],
    });
  });

  test('prints the answers, and why, once "Include my answers in the printout" is ticked', async () => {
    const page = await openPrintedResults();
    await page
      .getByRole('main')
      .getByText('Include my answers in the printout', { exact: true })
      .click();
    const parts = await printedParts(page);
    expect({ why: parts.why, yourAnswers: parts.yourAnswers }).toEqual({
      why: [true],
      yourAnswers: [true],
    });
    const answersText = await page
      .getByRole('region', { name: 'Your answers' })
      .innerText();
    expect(answersText).toContain('Yes');
  });

  test('the answers shown on screen are left out of print until ticked', async () => {
    const page = await openPrintedResults();
    await expect(
      page
        .getByRole('heading', { name: 'Why you are seeing this' })
        .isVisible(),
    ).resolves.toBe(true);
    const parts = await printedParts(page);
    expect(parts.why).toEqual([false]);
  });

  test('prints the bank version and the date', async () => {
    const page = await openPrintedResults();
    await page.emulateMedia({ media: 'print' });
    const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(
      new Date(),
    );
    const footer = page.getByText(/^Question bank version/);
    await expect(footer.innerText()).resolves.toBe(
      `Question bank version ${await bankVersion()}. Date: ${today}.`,
    );
    await expect(footer.isVisible()).resolves.toBe(true);
  });

  test('a headless PDF of the results is longer with the answers included', async () => {
    const page = await openPrintedResults();
    const pages = async () => {
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      expect(pdf.startsWith('%PDF-')).toBe(true);
      return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    };
    const without = await pages();
    await page
      .getByRole('main')
      .getByText('Include my answers in the printout', { exact: true })
      .click();
    const withAnswers = await pages();
    expect(without).toBeGreaterThan(0);
    expect(withAnswers).toBeGreaterThan(without);
  });
});
