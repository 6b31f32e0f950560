import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { setUpHarness } from './harness/set-up-harness.ts';
import { goToResults, type WalkLevel } from './harness/visit-screens.ts';

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

const openPrintedResults = async (level: WalkLevel = 'urgent') => {
  const { page } = await harness.openApp();
  await goToResults(page, level);
  // The print dialog cannot be driven headless: the buttons choose what prints, page.pdf and print media show it.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  return page;
};

const includeAnswers = (page: Page) =>
  page
    .getByRole('main')
    .getByText('Include my answers in the printout', { exact: true })
    .click();

/** The text that shows under print media, as a printer would put it on paper. */
const printedText = async (page: Page): Promise<string> => {
  await page.emulateMedia({ media: 'print' });
  const text = await page.evaluate(() => {
    const shown: string[] = [];
    const walker = document.createTreeWalker(
      document.body,
      NodeFilter.SHOW_TEXT,
    );
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !parent.checkVisibility()) continue;
      const box = parent.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      shown.push(node.textContent ?? '');
    }
    return shown.join(' ').replace(/\s+/g, ' ').trim();
  });
  // Back to no emulation: page.pdf uses print media then, but screen media when told so.
  await page.emulateMedia({ media: null });
  return text;
};

const pdfPages = async (page: Page): Promise<number> => {
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.startsWith('%PDF-')).toBe(true);
  return pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
};

describe('printing the results', () => {
  test('the help sheet prints Safe Signs, the date, region and version on top, then contacts, then actions, and no controls', async () => {
    const page = await openPrintedResults();
    const text = await printedText(page);
    const today = new Intl.DateTimeFormat('en-US', {
      dateStyle: 'long',
    }).format(new Date());
    expect(
      text.startsWith(
        `Safe Signs ${today} · United States · Question bank version ${await bankVersion()}`,
      ),
    ).toBe(true);
    const contacts = text.indexOf('Who can help');
    const actions = text.indexOf('What to do now');
    expect(contacts).toBeGreaterThan(0);
    expect(actions).toBeGreaterThan(contacts);
    expect(text).toContain('Call 911');
    expect({
      exit: text.includes('Exit this page'),
      skipLinks: text.includes('Skip to'),
      buttons: /Start over|Print help sheet|Change your answers/.test(text),
      why: text.includes('Why you are seeing this'),
      answers: text.includes('Your answers'),
    }).toEqual({
      exit: false,
      skipLinks: false,
      buttons: false,
      why: false,
      answers: false,
    });
  });

  test('the answers, and why, print only once "Include my answers in the printout" is ticked', async () => {
    const page = await openPrintedResults();
    await includeAnswers(page);
    const text = await printedText(page);
    expect({
      why: text.includes('Why you are seeing this'),
      answers: text.includes('Your answers'),
    }).toEqual({ why: true, answers: true });
  });

  test('one line before printing says that a printout shows what the page is about', async () => {
    const page = await openPrintedResults();
    const warning = page.getByText(
      'A printout shows what this page is about.',
      { exact: false },
    );
    const print = page.getByRole('button', { name: 'Print help sheet' });
    const [warningTop, printTop] = await Promise.all([
      warning.evaluate((element) => element.getBoundingClientRect().top),
      print.evaluate((element) => element.getBoundingClientRect().top),
    ]);
    expect(warningTop).toBeLessThan(printTop);
  });

  test('the strong-signs help sheet fits on at most two A4 pages without answers, and grows with them', async () => {
    const page = await openPrintedResults('high');
    const without = await pdfPages(page);
    await includeAnswers(page);
    const withAnswers = await pdfPages(page);
    expect(without).toBeGreaterThan(0);
    expect(without).toBeLessThanOrEqual(2);
    expect(withAnswers).toBeGreaterThan(without);
  });

  test('the help card prints on one page with the youth lines, "it is never your fault" and none of the words trafficking, sex, abuse or exploit', async () => {
    const page = await openPrintedResults('high');
    await page
      .getByRole('button', { name: 'Print help card for a young person' })
      .click();
    const text = await printedText(page);
    expect(text).toContain('It is never your fault.');
    expect(text).toContain('If you are in danger now, call 911.');
    expect(text).toContain('988 Suicide & Crisis Lifeline');
    expect(text).not.toMatch(/traffick|sex|abuse|exploit/i);
    expect(text).not.toContain('Safe Signs');
    await expect(pdfPages(page)).resolves.toBe(1);
  });
});
