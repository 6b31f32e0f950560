import { describe, expect, test } from 'vitest';
import { exitUrl } from './harness/app-session.ts';
import { flowText } from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

describe('first paint', () => {
  test('the served HTML already holds the start page text and the Exit button', async () => {
    const session = await harness.openApp();
    const html = await (await session.page.request.get(session.appUrl)).text();
    expect(html).toContain('Nothing you enter is stored or sent');
    expect(html).toContain('Exit does not erase your browser history.');
    expect(html).toMatch(
      new RegExp(`<a href="${exitUrl}" role="button"[^>]*>Exit this page</a>`),
    );
    expect(html).toContain('>Start</button>');
    expect(html).not.toMatch(/<form[\s>]/);
  });

  test('the app renders over the static start page exactly once', async () => {
    const session = await harness.openApp();
    await expect(
      session.page.getByRole('heading', { level: 1 }).count(),
    ).resolves.toBe(1);
    await expect(
      session.page.getByRole('button', { name: 'Exit this page' }).count(),
    ).resolves.toBe(1);
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('before the script runs, pressing Start or Enter on a choice changes neither the URL nor the history', async () => {
    const session = await harness.openContextWithoutScript();
    const { page } = session;
    await page.goto(session.appUrl);
    const entries = await page.evaluate(() => history.length);
    const parent = page.getByRole('radio', {
      name: flowText.start.perspective.parent,
    });
    await parent.check();
    // A submission would navigate; wait for any navigation to load before reading the URL.
    await page
      .getByRole('button', { name: flowText.start.submit })
      .click({ noWaitAfter: true });
    await page.waitForLoadState('load');
    await parent.press('Enter', { noWaitAfter: true, timeout: 5_000 });
    await page.waitForLoadState('load');
    expect(page.url()).toBe(session.appUrl);
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
    await expect(parent.isChecked()).resolves.toBe(true);
  });
});
