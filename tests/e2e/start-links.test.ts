import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AppSession } from './harness/app-session.ts';
import {
  bank,
  flowText,
  headingText,
  pressBack,
  pressContinue,
  questionText,
  startAs,
  steps,
  titles,
  waitForTitle,
  questionError,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const regionSelect = (page: Page) =>
  page.getByRole('combobox', { name: flowText.start.region.label });

const checkedPerspectives = (page: Page) =>
  page
    .locator('input[name="perspective"]:checked')
    .evaluateAll((inputs) =>
      inputs.map((input) => (input as HTMLInputElement).value),
    );

const fetchedPaths = (session: AppSession) =>
  session.requests.map(({ url }) => new URL(url).pathname).sort();

let plainLoadPaths: string[] | undefined;
/** The files a load without a query fetches, read once per file. */
const plainLoad = async (): Promise<string[]> => {
  plainLoadPaths ??= fetchedPaths(await harness.openApp());
  return plainLoadPaths;
};

/** Asserts the start page shows with its safe defaults: no perspective, the browser's region, English. */
const expectSafeStart = async (session: AppSession) => {
  const { page } = session;
  await waitForTitle(page, titles.start);
  await expect(
    page.getByRole('heading', { name: flowText.start.heading }).isVisible(),
  ).resolves.toBe(true);
  await expect(checkedPerspectives(page)).resolves.toEqual([]);
  await expect(regionSelect(page).inputValue()).resolves.toBe(
    bank.defaultRegion,
  );
  await expect(
    page.evaluate(() => document.documentElement.lang),
  ).resolves.toBe('en');
};

const longValue = 'a'.repeat(5000);

const badLinks: { name: string; search: string; raw: string }[] = [
  { name: 'an unknown region', search: '?region=zz', raw: 'region=zz' },
  {
    name: 'a script as the region',
    search: `?region=${encodeURIComponent('<script>alert(1)</script>')}`,
    raw: 'alert(1)',
  },
  {
    name: 'a 5,000-character region',
    search: `?region=${longValue}`,
    raw: 'a'.repeat(100),
  },
  {
    name: 'an unknown perspective',
    search: '?perspective=admin',
    raw: 'admin',
  },
  { name: 'an unknown language', search: '?lang=xx', raw: 'lang=xx' },
  { name: 'a step number', search: '?step=99', raw: 'step=99' },
];

describe('start links with hand-edited queries', () => {
  test.each(badLinks)(
    '$name falls back to safe defaults and shows nothing of the input',
    async ({ search, raw }) => {
      const baseline = await plainLoad();
      const session = await harness.openApp(search);
      const { page } = session;
      await expectSafeStart(session);
      await expect(page.content()).resolves.not.toContain(raw);
      await expect(page.title()).resolves.not.toContain(raw);
      expect(page.url()).toBe(session.appUrl);
      expect(fetchedPaths(session)).toEqual(baseline);
      expect(session.requests.filter(({ afterReady }) => afterReady)).toEqual(
        [],
      );
      await expect(session.problems()).resolves.toEqual([]);
    },
  );

  test('a valid link preselects the region and the professional wording', async () => {
    const session = await harness.openApp(
      '?region=gb&perspective=professional',
    );
    const { page } = session;
    await waitForTitle(page, titles.start);
    await expect(regionSelect(page).inputValue()).resolves.toBe('gb');
    await expect(checkedPerspectives(page)).resolves.toEqual(['professional']);
    await page.getByRole('button', { name: flowText.start.submit }).click();
    await waitForTitle(page, titles.step(1));
    const firstQuestion = steps[0]?.questions[0]?.id ?? '';
    const wording = questionText(firstQuestion, 'professional');
    expect(wording).toContain('the young person');
    await expect(
      page.getByRole('group', { name: wording, exact: true }).isVisible(),
    ).resolves.toBe(true);
    expect(page.url()).toBe(session.appUrl);
    await expect(session.problems()).resolves.toEqual([]);
  });
});

describe('moving around the first steps', () => {
  test('Back on the first question step returns to the start choices with them kept', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await startAs(page, 'other', 'au');
    await pressBack(page);
    await waitForTitle(page, titles.start);
    await expect(checkedPerspectives(page)).resolves.toEqual(['other']);
    await expect(regionSelect(page).inputValue()).resolves.toBe('au');
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('Continue with nothing chosen on the urgent step shows the error summary, focused, with a link per question', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await startAs(page, 'parent', 'us');
    const heading = await headingText(page);
    await pressContinue(page);
    await waitForTitle(page, `Error: ${titles.step(1)}`);
    const summary = page.getByRole('alert').filter({
      has: page.getByRole('heading', { name: flowText.errors.summary }),
    });
    await expect(
      summary.evaluate((node) => node === document.activeElement),
    ).resolves.toBe(true);
    const required = (steps[0]?.questions ?? []).filter(
      ({ required: isRequired }) => isRequired,
    );
    expect(required.length).toBeGreaterThan(0);
    const links = await summary
      .getByRole('link')
      .evaluateAll((nodes) =>
        nodes.map((node) => [node.textContent, node.getAttribute('href')]),
      );
    expect(links).toEqual(
      required.map(({ id }) => [questionError(id, 'parent'), `#${id}`]),
    );
    await expect(headingText(page)).resolves.toBe(heading);
    expect(page.url()).toBe(session.appUrl);
  });
});
