import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { exitStubText, exitUrl } from './harness/app-session.ts';
import {
  answerStep,
  bank,
  pressContinue,
  questionText,
  startAs,
  titles,
  waitForTitle,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const expectExited = async (page: Page) => {
  await page.waitForURL(exitUrl);
  expect(page.url()).toBe(exitUrl);
  await expect(page.textContent('body')).resolves.toContain(exitStubText);
};

const pressShift = async (page: Page) => {
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
};

/** Starts as a parent and answers the first three steps, ending on step 4. */
const answerSeveralSteps = async (page: Page) => {
  await startAs(page, 'parent', 'us');
  const answersBySteps = [
    { 'missing-now': 'no', 'in-danger-now': 'no', 'sextortion-now': 'no' },
    { 'told-exploited': 'no', 'someone-paid': 'unsure' },
    { 'older-partner': 'no', isolation: 'yes' },
  ] as const;
  for (const answers of answersBySteps) {
    await answerStep(page, answers, 'parent');
    await pressContinue(page);
  }
  await waitForTitle(page, titles.step(4));
};

/** Asserts the page shows no question of the bank, in either wording. */
const expectNoQuestions = async (page: Page) => {
  const text = await page.locator('body').innerText();
  for (const { id } of bank.questions) {
    expect(text).not.toContain(questionText(id, 'parent'));
    expect(text).not.toContain(questionText(id));
  }
};

const liveRegionText = (page: Page) =>
  page.locator('.site-header [aria-live="polite"]').textContent();

describe('Exit this page in Chromium', () => {
  test('the button leaves for the exit site', async () => {
    const session = await harness.openApp();
    await session.page.getByRole('button', { name: 'Exit this page' }).click();
    await expectExited(session.page);
  });

  test('the skip link is the first tab stop and moves focus to the Exit button', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await page.keyboard.press('Tab');
    const skipLink = page.getByRole('link', { name: 'Skip to Exit this page' });
    await expect(
      skipLink.evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    await page.keyboard.press('Enter');
    const button = page.getByRole('button', { name: 'Exit this page' });
    await expect(
      button.evaluate((el) => el === document.activeElement),
    ).resolves.toBe(true);
    expect(page.url()).toBe(session.appUrl);
    await page.keyboard.press('Enter');
    await expectExited(page);
  });

  test('pressing Shift three times leaves and announces the presses left', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await pressShift(page);
    await expect
      .poll(() => liveRegionText(page))
      .toBe('Press Shift 2 more times to exit');
    await pressShift(page);
    await expect
      .poll(() => liveRegionText(page))
      .toBe('Press Shift 1 more time to exit');
    await pressShift(page);
    await expectExited(page);
  });

  test('Shift used as a modifier does not count towards the three presses', async () => {
    const session = await harness.openApp();
    const { page } = session;
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift+A');
    await pressShift(page);
    await pressShift(page);
    expect(page.url()).toBe(session.appUrl);
    await expect
      .poll(() => liveRegionText(page))
      .toBe('Press Shift 1 more time to exit');
  });

  test('any other key between the presses starts the count again', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await pressShift(page);
    await pressShift(page);
    await page.keyboard.press('KeyX');
    await expect.poll(() => liveRegionText(page)).toBe('');
    await pressShift(page);
    await pressShift(page);
    expect(page.url()).toBe(session.appUrl);
    await pressShift(page);
    await expectExited(page);
  });

  test('mid-flow, the page is blanked and emptied before it unloads', async () => {
    const session = await harness.openContext();
    const { page, context } = session;
    await context.addInitScript(() => {
      window.addEventListener('beforeunload', () => {
        const root = document.getElementById('root')?.innerHTML;
        console.log(
          `unloading: ${JSON.stringify({ hidden: document.body.hidden, root })}`,
        );
      });
    });
    const unloading = page.waitForEvent('console', (message) =>
      message.text().startsWith('unloading: '),
    );
    await page.goto(session.appUrl);
    await answerSeveralSteps(page);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    const message = (await unloading).text().replace('unloading: ', '');
    expect(JSON.parse(message)).toEqual({ hidden: true, root: '' });
    await expectExited(page);
  });

  test('Shift three times mid-flow, with a radio focused, leaves without changing the answer', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await answerSeveralSteps(page);
    await page.keyboard.press('Tab');
    const radio = await page.evaluate(() => {
      const element = document.activeElement;
      return element instanceof HTMLInputElement
        ? { type: element.type, checked: element.checked }
        : undefined;
    });
    expect(radio).toEqual({ type: 'radio', checked: false });
    await pressShift(page);
    await pressShift(page);
    await pressShift(page);
    await expectExited(page);
    await expectNoQuestions(page);
  });

  test('Back after exit mid-flow does not return to the app or show any answer', async () => {
    const session = await harness.openContext();
    const { page, origin } = session;
    const previous = `${origin}/previous-page`;
    await session.context.route(previous, (route) =>
      route.fulfill({ contentType: 'text/html', body: 'Previous page' }),
    );
    await page.goto(previous);
    await page.goto(session.appUrl);
    await answerSeveralSteps(page);
    const entries = await page.evaluate(() => history.length);
    await page.getByRole('button', { name: 'Exit this page' }).click();
    await expectExited(page);
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await page.goBack();
    expect(page.url()).toBe(previous);
    await expect(page.textContent('body')).resolves.toBe('Previous page');
    await expectNoQuestions(page);
    await page.goForward();
    expect(page.url()).toBe(exitUrl);
    await expectNoQuestions(page);
  });

  test('the Exit button and skip links are hidden when printing', async () => {
    const session = await harness.openApp();
    const { page } = session;
    const button = page.getByRole('button', { name: 'Exit this page' });
    await expect(button.isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'print' });
    await expect(button.isVisible()).resolves.toBe(false);
    await expect(
      page.getByRole('heading', { name: 'Safe Signs', level: 1 }).isVisible(),
    ).resolves.toBe(true);
  });

  test('the Exit button stays in view at 320 px wide after scrolling', async () => {
    const session = await harness.openApp();
    const { page } = session;
    await page.setViewportSize({ width: 320, height: 480 });
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const box = await page
      .getByRole('button', { name: 'Exit this page' })
      .boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    expect(box?.y).toBeLessThan(100);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBe(0);
  });
});
