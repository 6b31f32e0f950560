import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { type AppSession, appTitle } from './app-session.ts';
import { emptyStoredState, readStoredState } from './stored-state.ts';

/** Keys a user might press while reading: typing, Tab, a lone Shift, Escape. */
export const pressEverydayKeys = async (page: Page): Promise<void> => {
  await page.keyboard.type('my notes 123');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
};

/** Walks the shell: skip links, the placeholder's Start, and keys. Later suites walk the questionnaire. */
export const walkShell = async (page: Page): Promise<void> => {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Enter');
  await pressEverydayKeys(page);
  await page.getByRole('button', { name: 'Start' }).click();
  await pressEverydayKeys(page);
};

/** Asserts every privacy property DESIGN.md 6 promises, after a walk. */
export const expectPrivateAfterWalk = async (
  session: AppSession,
): Promise<void> => {
  const { page, context } = session;
  await expect(readStoredState(context, page)).resolves.toEqual(
    emptyStoredState,
  );
  expect(session.requests.filter((request) => request.afterReady)).toEqual([]);
  expect(
    session.requests.filter(
      (request) => !request.url.startsWith(`${session.origin}/`),
    ),
  ).toEqual([]);
  expect(session.blocked).toEqual([]);
  await expect(page.evaluate(() => history.length)).resolves.toBe(
    session.historyLengthAtLoad,
  );
  expect(page.url()).toBe(session.appUrl);
  await expect(page.title()).resolves.toBe(appTitle);
  await expect(session.problems()).resolves.toEqual([]);
};
