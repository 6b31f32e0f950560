import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import {
  exitPlacement,
  focusShown,
  sidewaysOverflow,
  undersizedTargets,
} from './harness/measure-layout.ts';
import { pressContinue, startAs } from './harness/drive-flow.ts';
import { runAxe } from './harness/run-axe.ts';
import { setUpHarness } from './harness/set-up-harness.ts';
import { goToResults, visitScreens } from './harness/visit-screens.ts';

const harness = setUpHarness();

type Findings = Record<string, unknown>;

// Zooming a 1280 by 1024 window to 400% leaves a 320 by 256 CSS px viewport at 4 device px per CSS px.
const zoomTo400Percent = async (page: Page, context: BrowserContext) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', {
    width: 320,
    height: 256,
    deviceScaleFactor: 4,
    mobile: false,
  });
};

/** Walks the urgent flow (every screen) at the page's current size, checking each screen. */
const walkAndCheck = async (
  page: Page,
  check: (name: string) => Promise<unknown>,
  only?: (name: string) => boolean,
): Promise<Findings> => {
  const findings: Findings = {};
  await visitScreens(
    page,
    async ({ name }) => {
      findings[name] = await check(name);
    },
    { level: 'urgent', only },
  );
  return findings;
};

const fitsAndExitShows = async (page: Page) => ({
  overflow: await sidewaysOverflow(page),
  exit: await exitPlacement(page),
  undersized: await undersizedTargets(page),
  focus: await focusShown(page),
});

const fine = {
  overflow: 0,
  exit: { inViewport: true, onTop: true },
  undersized: [],
  focus: 'clear',
};

const eachScreen = (findings: Findings, value: unknown) =>
  Object.fromEntries(Object.keys(findings).map((name) => [name, value]));

const scrollToBottom = (page: Page) =>
  page.evaluate(() =>
    window.scrollTo(0, document.documentElement.scrollHeight),
  );

describe('layout at 320 CSS px, 400% zoom, and target sizes', () => {
  test('every target on every screen is at least 24 by 24 px at desktop width', async () => {
    const { page } = await harness.openApp();
    const findings = await walkAndCheck(page, () => undersizedTargets(page));
    expect(Object.keys(findings)).toHaveLength(18);
    expect(findings).toEqual(eachScreen(findings, []));
  });

  test('at 320 px wide no screen scrolls sideways, Exit is in view, the sticky header hides no focus and targets stay 24 px', async () => {
    const { page } = await harness.openApp();
    await page.setViewportSize({ width: 320, height: 640 });
    const findings = await walkAndCheck(page, () => fitsAndExitShows(page));
    expect(Object.keys(findings)).toHaveLength(18);
    expect(findings).toEqual(eachScreen(findings, fine));
  });

  test('at 320 px wide axe finds no problem on the key screens', async () => {
    const { page } = await harness.openApp();
    await page.setViewportSize({ width: 320, height: 640 });
    const screens = [
      'start with errors',
      'urgent step with errors',
      'emergency panel',
      'check your answers',
      'results (urgent) with answers included',
    ];
    const findings = await walkAndCheck(
      page,
      () => runAxe(page),
      (name) => screens.includes(name),
    );
    expect(findings).toEqual(
      Object.fromEntries(screens.map((name) => [name, []])),
    );
  });

  test('Exit stays at the top of the view after scrolling to the bottom of the results at 320 px', async () => {
    const { page } = await harness.openApp();
    await page.setViewportSize({ width: 320, height: 640 });
    await goToResults(page, 'high');
    await scrollToBottom(page);
    const scrolled = await page.evaluate(() => window.scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    await expect(exitPlacement(page)).resolves.toEqual({
      inViewport: true,
      onTop: true,
    });
    const top = await page
      .getByRole('button', { name: 'Exit this page' })
      .evaluate((exit) => exit.getBoundingClientRect().top);
    expect(top).toBeLessThan(24);
  });

  test('at 400% zoom the error summary heading shows in full below the sticky Exit header', async () => {
    const { page, context } = await harness.openApp();
    await zoomTo400Percent(page, context);
    await startAs(page, 'parent', 'us');
    await pressContinue(page);
    const heading = page.getByRole('heading', { name: 'There is a problem' });
    await expect(heading.isVisible()).resolves.toBe(true);
    const boxes = await page.evaluate(() => {
      const header = document.querySelector('.site-header');
      const title = document.getElementById('error-summary-title');
      return {
        headerBottom: header?.getBoundingClientRect().bottom ?? 0,
        titleTop: title?.getBoundingClientRect().top ?? -1,
        titleBottom: title?.getBoundingClientRect().bottom ?? 1e6,
        viewport: window.innerHeight,
      };
    });
    expect(boxes.titleTop).toBeGreaterThanOrEqual(boxes.headerBottom);
    expect(boxes.titleBottom).toBeLessThanOrEqual(boxes.viewport);
  });

  test('at 400% zoom of a 1280 px window (320 CSS px) the start page, a step and the results reflow', async () => {
    const { page, context } = await harness.openApp();
    await zoomTo400Percent(page, context);
    await expect(
      page.evaluate(() => ({
        width: window.innerWidth,
        devicePixels: window.innerWidth * window.devicePixelRatio,
      })),
    ).resolves.toEqual({ width: 320, devicePixels: 1280 });
    const screens = [
      'start',
      'urgent step with errors',
      'topic step 4 of 9',
      'results (urgent)',
    ];
    const findings = await walkAndCheck(
      page,
      async () => {
        const { focus, ...atTop } = await fitsAndExitShows(page);
        await scrollToBottom(page);
        return {
          atTop: { ...atTop, focusNotHidden: focus !== 'hidden' },
          atBottom: await exitPlacement(page),
        };
      },
      (name) => screens.includes(name),
    );
    expect(findings).toEqual(
      Object.fromEntries(
        screens.map((name) => [
          name,
          {
            // 256 px high: an error summary taller than that cannot start below the header, but part of it must show.
            atTop: {
              overflow: 0,
              exit: { inViewport: true, onTop: true },
              undersized: [],
              focusNotHidden: true,
            },
            atBottom: { inViewport: true, onTop: true },
          },
        ]),
      ),
    );
  });
});

describe('reduced motion', () => {
  test('with prefers-reduced-motion no element transitions or animates', async () => {
    const { page } = await harness.openApp();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await goToResults(page, 'urgent');
    const moving = await page.evaluate(() =>
      [...document.querySelectorAll('*')].flatMap((element) => {
        const style = getComputedStyle(element);
        const durations = [
          ...style.transitionDuration.split(','),
          ...style.animationDuration.split(','),
        ].map((value) => value.trim());
        return durations.every((value) => value === '0s')
          ? []
          : [
              `${element.tagName.toLowerCase()}.${element.className}: ${durations.join(' ')}`,
            ];
      }),
    );
    expect(moving).toEqual([]);
  });

  test('the stylesheets hold a prefers-reduced-motion rule and the buttons do transition otherwise', async () => {
    const { page } = await harness.openApp();
    const rules = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].flatMap((rule) =>
          rule instanceof CSSMediaRule &&
          rule.conditionText.includes('prefers-reduced-motion: reduce')
            ? [rule.cssText]
            : [],
        ),
      ),
    );
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.join('\n')).toMatch(/transition/);
    expect(rules.join('\n')).toMatch(/animation/);
    const startDuration = await page
      .getByRole('button', { name: 'Start', exact: true })
      .evaluate((button) => getComputedStyle(button).transitionDuration);
    expect(startDuration).not.toBe('0s');
  });
});

describe('hover states', () => {
  test('hovering a Change link, Back, Start over, Print or Exit keeps text readable and variants distinct', async () => {
    const { page } = await harness.openApp();
    // Without transitions the colours read are the hover colours, not a frame of the fade.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const hovered: Record<string, unknown> = {};
    const hoverAndCheck = async (name: string, index = 0) => {
      const target = page.getByRole('button', { name }).nth(index);
      await target.hover();
      hovered[name] = {
        axe: await runAxe(page),
        background: await target.evaluate(
          (element) => getComputedStyle(element).backgroundColor,
        ),
      };
    };
    await visitScreens(
      page,
      async ({ name }) => {
        if (name === 'check your answers') {
          await hoverAndCheck('Change');
          await hoverAndCheck('Back');
        } else {
          await hoverAndCheck('Start over');
          await hoverAndCheck('Print');
          await hoverAndCheck('Exit this page');
        }
      },
      {
        level: 'none',
        only: (name) =>
          name === 'check your answers' || name === 'results (none)',
      },
    );
    expect(hovered).toEqual({
      Change: { axe: [], background: 'rgba(0, 0, 0, 0)' },
      // Back is GOV.UK's back link now: no fill, a thicker underline on hover.
      Back: { axe: [], background: 'rgba(0, 0, 0, 0)' },
      'Start over': { axe: [], background: 'rgb(170, 42, 22)' },
      Print: { axe: [], background: 'rgb(0, 90, 48)' },
      'Exit this page': { axe: [], background: 'rgb(170, 42, 22)' },
    });
  });
});

describe('the layout measures', () => {
  test('report a wide element, a small button and a covered Exit when added', async () => {
    const { page } = await harness.openApp();
    await page.setViewportSize({ width: 320, height: 640 });
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const wide = document.createElement('div');
      wide.style.inlineSize = '500px';
      wide.style.blockSize = '10px';
      const small = document.createElement('button');
      small.textContent = 'x';
      small.style.cssText =
        'min-width:0;min-height:0;width:16px;height:16px;padding:0;font-size:8px';
      const cover = document.createElement('div');
      cover.style.cssText =
        'position:fixed;inset:0 0 auto 0;height:120px;z-index:100;background:#fff';
      main?.append(wide, small);
      document.body.append(cover);
    });
    await expect(sidewaysOverflow(page)).resolves.toBeGreaterThan(100);
    await expect(undersizedTargets(page)).resolves.toEqual([
      'button "x" 16x16',
    ]);
    await expect(exitPlacement(page)).resolves.toEqual({
      inViewport: true,
      onTop: false,
    });
  });
});
