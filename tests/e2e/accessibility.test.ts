import { describe, expect, test } from 'vitest';
import { runAxe } from './harness/run-axe.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

describe('accessibility of the shell in Chromium', () => {
  test('axe finds no WCAG A or AA problem on the start page', async () => {
    const session = await harness.openApp();
    await expect(runAxe(session.page)).resolves.toEqual([]);
  });

  test('axe finds no problem at 320 px wide with the skip link focused', async () => {
    const session = await harness.openApp();
    await session.page.setViewportSize({ width: 320, height: 640 });
    await session.page.keyboard.press('Tab');
    await expect(runAxe(session.page)).resolves.toEqual([]);
  });

  test('every button and link is at least 24 by 24 px', async () => {
    const session = await harness.openApp();
    const small = await session.page.evaluate(() =>
      [...document.querySelectorAll('button, a[href]')]
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { text: element.textContent, box };
        })
        .filter(
          ({ box }) => box.width > 1 && (box.width < 24 || box.height < 24),
        )
        .map(({ text }) => text),
    );
    expect(small).toEqual([]);
  });

  test('the axe helper reports a real problem when one is added', async () => {
    const session = await harness.openApp();
    await session.page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')?.append(button);
    });
    const violations = await runAxe(session.page);
    expect(violations.map((violation) => violation.id)).toEqual([
      'button-name',
    ]);
  });
});
