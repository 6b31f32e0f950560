import { describe, expect, test } from 'vitest';
import { exitUrl } from './harness/app-session.ts';
import { flowText } from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const neutralDangerLine =
  'If a child is in danger now, call your local emergency number.';

/** The served HTML's text, tags removed, as a reader sees it before any script. */
const visibleText = (html: string) => html.replace(/<[^>]+>/g, '');

describe('first paint', () => {
  test('the served HTML already holds the start page text, the Exit button and a region-neutral emergency line', async () => {
    const session = await harness.openApp();
    const html = await (await session.page.request.get(session.appUrl)).text();
    expect(html).toContain('Nothing you enter is stored or sent');
    expect(html).toContain('Exit does not erase your browser history.');
    expect(html).toMatch(
      new RegExp(`<a href="${exitUrl}" role="button"[^>]*>Exit this page</a>`),
    );
    expect(visibleText(html)).toContain(neutralDangerLine);
    expect(html).not.toContain('tel:');
  });

  test('the served HTML offers no control that needs the script, and no form: its language selects are disabled', async () => {
    const session = await harness.openApp();
    const html = await (await session.page.request.get(session.appUrl)).text();
    expect(html).not.toMatch(/<(form|input|button)[\s>]/);
    const selects = html.match(/<select[^>]*>/g) ?? [];
    expect(selects).toHaveLength(2);
    for (const select of selects) expect(select).toContain(' disabled=""');
    expect(html).not.toContain(`>${flowText.start.submit}<`);
  });

  test('the app renders over the static start page exactly once', async () => {
    const session = await harness.openApp();
    // Only the client renders the Start button, so the app has taken over once it shows.
    await session.page
      .getByRole('button', { name: flowText.start.submit })
      .waitFor({ state: 'visible' });
    await expect(
      session.page.getByRole('heading', { level: 1 }).count(),
    ).resolves.toBe(1);
    await expect(
      session.page.getByRole('button', { name: 'Exit this page' }).count(),
    ).resolves.toBe(1);
    await expect(
      session.page.getByText(/^If a child is in danger now, call/).count(),
    ).resolves.toBe(1);
    await expect(session.problems()).resolves.toEqual([]);
  });

  test('without the script the page says the check needs JavaScript, gives the emergency advice and offers no choice', async () => {
    const session = await harness.openContextWithoutScript();
    const { page } = session;
    await page.goto(session.appUrl);
    // Playwright's text locators skip noscript, so read the shown line directly.
    await expect(
      page.evaluate(() => {
        const line = document.querySelector('noscript > p');
        return line?.checkVisibility() ? line.textContent : null;
      }),
    ).resolves.toBe(flowText.start.noScript);
    await expect(page.getByText(neutralDangerLine).isVisible()).resolves.toBe(
      true,
    );
    await expect(
      page.getByRole('button', { name: 'Exit this page' }).getAttribute('href'),
    ).resolves.toBe(exitUrl);
    await expect(page.getByRole('radio').count()).resolves.toBe(0);
    await expect(page.locator('select:enabled').count()).resolves.toBe(0);
    await expect(
      page.getByRole('button', { name: flowText.start.submit }).count(),
    ).resolves.toBe(0);
  });

  test('before the script runs, clicking where Start will be or pressing Enter changes neither the URL nor the history', async () => {
    const session = await harness.openContextWithoutScript();
    const { page } = session;
    await page.goto(session.appUrl);
    const entries = await page.evaluate(() => history.length);
    // A submission would navigate; wait for any navigation to load before reading the URL.
    await page.getByText(neutralDangerLine).click({ noWaitAfter: true });
    await page.waitForLoadState('load');
    await page.keyboard.press('Enter');
    await page.waitForLoadState('load');
    expect(page.url()).toBe(session.appUrl);
    await expect(page.evaluate(() => history.length)).resolves.toBe(entries);
  });
});
