import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { tabStops } from './harness/measure-layout.ts';
import { runAxe } from './harness/run-axe.ts';
import { setUpHarness } from './harness/set-up-harness.ts';
import {
  type Screen,
  visitScreens,
  type WalkLevel,
} from './harness/visit-screens.ts';

const harness = setUpHarness();

/** Runs check on the screens of one walk and returns its findings by screen name. */
const findingsByScreen = async <T>(
  level: WalkLevel,
  check: (page: Page, screen: Screen) => Promise<T>,
  only?: (name: string) => boolean,
  topicAnswer?: 'No' | 'unanswered',
): Promise<Record<string, T>> => {
  const { page } = await harness.openApp();
  const findings: Record<string, T> = {};
  await visitScreens(
    page,
    async (screen) => {
      findings[screen.name] = await check(page, screen);
    },
    { level, only, topicAnswer },
  );
  return findings;
};

const each = <T>(names: readonly string[], value: T) =>
  Object.fromEntries(names.map((name) => [name, value]));

const everyScreen = [
  'start',
  'start with errors',
  'urgent step',
  'urgent step with errors',
  'emergency panel',
  'topic step 2 of 9',
  'topic step 3 of 9',
  'topic step 4 of 9',
  'topic step 5 of 9',
  'topic step 6 of 9',
  'topic step 7 of 9',
  'topic step 8 of 9',
  'topic step 9 of 9',
  'check your answers',
  'results (urgent)',
  'results (urgent) for another region',
  'results (urgent) with answers included',
  'start after start over',
];

const forbiddenInTitle = /traffick|abuse|sex|exploit|yes|not sure/i;

describe('accessibility of every screen in Chromium', () => {
  test('axe finds no WCAG 2.2 A or AA problem on any screen of the flow', async () => {
    const findings = await findingsByScreen('urgent', (page) => runAxe(page));
    expect(findings).toEqual(each(everyScreen, []));
  });

  test.each(['none', 'high'] as const)(
    'axe finds no problem on the results page at level %s',
    async (level) => {
      const name = `results (${level})`;
      const findings = await findingsByScreen(
        level,
        (page) => runAxe(page),
        (screen) => screen === name,
        'unanswered',
      );
      expect(findings).toEqual({ [name]: [] });
    },
  );

  test('each step change focuses the new heading and sets a neutral title', async () => {
    let previousTitle = '';
    const findings = await findingsByScreen('urgent', async (page, screen) => {
      const title = await page.title();
      const focus = await page.evaluate(() => {
        const active = document.activeElement;
        if (!active || active === document.body) return 'nothing';
        if (active.getAttribute('role') === 'alert') return 'error summary';
        return active.tagName.toLowerCase();
      });
      const changed = title !== previousTitle;
      previousTitle = title;
      return {
        focus: screen.arrival === 'load' ? 'nothing' : focus,
        title,
        neutral: !forbiddenInTitle.test(title),
        changed: screen.arrival === 'in-page' ? !changed : changed,
      };
    });
    const page = (focus: string, title: string) => ({
      focus,
      title,
      neutral: true,
      changed: true,
    });
    expect(findings).toEqual({
      start: page('nothing', 'Start – Safe Signs'),
      'start with errors': page('error summary', 'Error: Start – Safe Signs'),
      'urgent step': page('h1', 'Step 1 of 9 – Safe Signs'),
      'urgent step with errors': page(
        'error summary',
        'Error: Step 1 of 9 – Safe Signs',
      ),
      'emergency panel': page('h1', 'Get help now – Safe Signs'),
      ...Object.fromEntries(
        [2, 3, 4, 5, 6, 7, 8, 9].map((step) => [
          `topic step ${step} of 9`,
          page('h1', `Step ${step} of 9 – Safe Signs`),
        ]),
      ),
      'check your answers': page('h1', 'Check your answers – Safe Signs'),
      'results (urgent)': page('h1', 'Results – Safe Signs'),
      'results (urgent) for another region': page(
        'select',
        'Results – Safe Signs',
      ),
      'results (urgent) with answers included': page(
        'input',
        'Results – Safe Signs',
      ),
      // The start page's step heading is the form's "Before you start" (h2 under the intro's h1), as on a first visit's Start.
      'start after start over': page('h2', 'Start – Safe Signs'),
    });
  });

  test('every keyboard stop on the main screens shows the focus outline and ring', async () => {
    const screens = [
      'start with errors',
      'urgent step',
      'emergency panel',
      'topic step 2 of 9',
      'check your answers',
      'results (urgent) with answers included',
    ];
    const findings = await findingsByScreen(
      'urgent',
      async (page) => {
        const stops = await tabStops(page);
        return {
          enoughStops: stops.length >= 4,
          withoutOutlineAndRing: stops
            .filter(({ outline, ring }) => !outline || !ring)
            .map(({ target }) => target),
        };
      },
      (name) => screens.includes(name),
    );
    expect(findings).toEqual(
      each(screens, { enoughStops: true, withoutOutlineAndRing: [] }),
    );
  });
});
