import { describe, expect, test } from 'vitest';
import {
  contentSecurityPolicyHeader,
  contentSecurityPolicyMeta,
} from '../../src/build/security-headers.ts';
import { stepOf, steps, titles } from './harness/drive-flow.ts';
import {
  changedAnswer,
  expectFreshStart,
  expectNeutralTitles,
  expectPrivateAfterWalk,
  walkQuestionnaire,
} from './harness/privacy-walk.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

describe('privacy in Chromium', () => {
  test('a walk through the whole questionnaire stores nothing, sends nothing and leaves no trace in URL, title, history or page', async () => {
    const session = await harness.openApp();
    await walkQuestionnaire(session.page);
    expect(session.requests.length).toBeGreaterThan(0);
    expect(session.historyLengthAtLoad).toBe(1);
    await expectPrivateAfterWalk(session);
    await expectFreshStart(session.page);
    const seen = await expectNeutralTitles(session);
    const expected = [
      titles.start,
      `Error: ${titles.start}`,
      titles.step(1),
      `Error: ${titles.step(1)}`,
      titles.emergency,
      titles.step(1),
      titles.emergency,
      titles.step(2),
      titles.step(3),
      titles.step(2),
      titles.step(3),
      ...steps.slice(3).map((_, index) => titles.step(index + 4)),
      titles.check,
      titles.step(stepOf(changedAnswer.id)),
      titles.check,
      titles.results,
      titles.start,
    ];
    expect(seen.filter((title) => title !== 'Safe Signs')).toEqual(expected);
  });

  test('the built page carries the policy in a meta tag and the server sends it as a header', async () => {
    const session = await harness.openApp();
    const response = await session.page.request.get(session.appUrl);
    expect(response.headers()['content-security-policy']).toBe(
      contentSecurityPolicyHeader,
    );
    expect(response.headers()['referrer-policy']).toBe('no-referrer');
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    await expect(
      session.page
        .locator('meta[http-equiv="Content-Security-Policy"]')
        .getAttribute('content'),
    ).resolves.toBe(contentSecurityPolicyMeta);
    expect(contentSecurityPolicyMeta).toContain("connect-src 'none'");
    expect(contentSecurityPolicyMeta).toContain("script-src 'self'");
    expect(contentSecurityPolicyMeta).not.toContain('unsafe-inline');
  });

  test('the policy blocks a request and an inline script, and the harness reports both', async () => {
    const session = await harness.openApp();
    const { page } = session;
    const outcome = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
      const fetched = await fetch('/index.html').then(
        () => 'sent',
        () => 'blocked',
      );
      return { fetched, inlineRan: 'inlineRan' in window };
    });
    expect(outcome).toEqual({ fetched: 'blocked', inlineRan: false });
    const problems = await session.problems();
    expect(problems).toEqual(
      expect.arrayContaining([
        'CSP violation: connect-src blocked http://127.0.0.1:' +
          new URL(session.origin).port +
          '/index.html',
        'CSP violation: script-src-elem blocked inline',
      ]),
    );
  });
});
