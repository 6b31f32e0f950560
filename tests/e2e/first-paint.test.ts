import { describe, expect, test } from 'vitest';
import { exitUrl } from './harness/app-session.ts';
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
});
