import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  answerStep,
  flowText,
  pressContinue,
  stepAnswers,
  stepIsUrgent,
  steps,
  titles,
  waitForTitle,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

/** Holds the app's script back until release(), as a slow phone on a slow line does. */
const holdScript = async (page: Page) => {
  let release = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  await page.route('**/assets/*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
};

/** Opens the app in a UK browser with its script held back, and waits for the prerendered page. */
const openWithScriptHeld = async () => {
  const session = await harness.openContext({ locale: 'en-GB' });
  const { page } = session;
  const release = await holdScript(page);
  await page.goto(session.appUrl, { waitUntil: 'commit' });
  await page
    .getByRole('heading', { level: 1, name: 'Safe Signs' })
    .waitFor({ state: 'visible' });
  return { session, page, release };
};

const startButton = (page: Page) =>
  page.getByRole('button', { name: flowText.start.submit });

/** Waits for the title the app sets: a Start button alone might still be a prerendered one. */
const appTakenOver = async (page: Page) => {
  await waitForTitle(page, titles.start);
  await startButton(page).waitFor({ state: 'visible' });
};

/** The ids of the selects that can be used now; before the script the language switch is shown disabled. */
const enabledSelects = (page: Page) =>
  page
    .locator('select:enabled')
    .evaluateAll((selects) => selects.map(({ id }) => id));

/** Where the prerendered heading and intro sit on the page (steps built ahead are hidden). */
const textTops = (page: Page) =>
  page
    .locator('h1, h1 ~ p')
    .filter({ visible: true })
    .evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().top + scrollY),
    );

const callLinks = (page: Page) =>
  page
    .locator('a[href^="tel:"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));

const firstUrgentQuestion = steps[0]?.questions.find(
  ({ tier }) => tier === 'urgent',
);

describe('the start page before its script has run', () => {
  test('shows the text, the Exit button and the emergency line, and offers no choice that would be lost', async () => {
    const { page, release } = await openWithScriptHeld();
    await expect(
      page
        .getByText(
          'If a child is in danger now, call your local emergency number.',
        )
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: 'Exit this page' }).isVisible(),
    ).resolves.toBe(true);
    await expect(page.getByRole('radio').count()).resolves.toBe(0);
    await expect(enabledSelects(page)).resolves.toEqual([]);
    await expect(startButton(page).count()).resolves.toBe(0);
    await expect(callLinks(page)).resolves.toEqual([]);
    release();
  });

  test('nothing on the page moves when the app takes over', async () => {
    const { session, page, release } = await openWithScriptHeld();
    const before = await textTops(page);
    release();
    await appTakenOver(page);
    await expect(enabledSelects(page)).resolves.toEqual(
      expect.arrayContaining(['language-select', 'second-language-select']),
    );
    await expect(textTops(page)).resolves.toEqual(before);
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('taps and keys before the script change nothing; after it, the choices made are the ones Start uses', async () => {
    const { session, page, release } = await openWithScriptHeld();
    const entries = await page.evaluate(() => history.length);
    // Where Start will be once the app runs: below the emergency line.
    const line = await page
      .getByText(/^If a child is in danger now,/)
      .boundingBox();
    await page.mouse.click(40, (line?.y ?? 0) + (line?.height ?? 0) + 60);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(page.url()).toBe(session.appUrl);

    release();
    await appTakenOver(page);
    await expect(callLinks(page)).resolves.toEqual(['tel:999']);
    await page
      .getByRole('radio', { name: flowText.start.perspective.parent })
      .check();
    await page
      .getByRole('combobox', { name: flowText.start.region.label })
      .selectOption('au');
    await expect(callLinks(page)).resolves.toEqual(['tel:000']);
    await startButton(page).click();
    await waitForTitle(page, titles.step(1));

    // Australia is the region the flow uses: the emergency panel dials 000, not the UK's 999.
    expect(firstUrgentQuestion).toBeDefined();
    const answers = stepAnswers(steps[0]?.questions ?? [], {
      [firstUrgentQuestion?.id ?? '']: 'yes',
    });
    expect(stepIsUrgent(answers, 'au')).toBe(true);
    await answerStep(page, answers, 'parent');
    await pressContinue(page);
    await waitForTitle(page, titles.emergency);
    const dialled = await callLinks(page);
    expect(dialled).toContain('tel:000');
    expect(dialled).not.toContain('tel:999');
    expect(page.url()).toBe(session.appUrl);
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('the element the user focused keeps focus when the app takes over', async () => {
    const { session, page, release } = await openWithScriptHeld();
    await page.getByRole('button', { name: 'Exit this page' }).focus();
    release();
    await appTakenOver(page);
    await expect(
      page.evaluate(() => document.activeElement?.textContent),
    ).resolves.toBe('Exit this page');
    await expect(session.problems()).resolves.toEqual([]);
  });
});
