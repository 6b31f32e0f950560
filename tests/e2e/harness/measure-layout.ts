import type { Page } from 'playwright-core';

/** WCAG 2.2 SC 2.5.8 Target Size (Minimum), in CSS px. */
export const minimumTarget = 24;

const targetSelector = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'label[for]',
  '[role="button"]',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/**
 * Every rendered target smaller than 24 by 24 CSS px, as "tag "text" WxH".
 * The one exception is the SC's "inline" one, taken narrowly: a link laid out
 * inline whose nearest block holds other text, so it sits inside a sentence.
 */
export const undersizedTargets = (page: Page): Promise<string[]> =>
  page.evaluate(
    ({ selector, minimum }) => {
      const inSentence = (element: Element) => {
        if (element.tagName !== 'A') return false;
        if (getComputedStyle(element).display !== 'inline') return false;
        let block = element.parentElement;
        while (block && getComputedStyle(block).display === 'inline') {
          block = block.parentElement;
        }
        const own = (element.textContent ?? '').trim();
        const around = (block?.textContent ?? '').trim();
        return around.length > own.length;
      };
      return [...document.querySelectorAll(selector)].flatMap((element) => {
        const box = element.getBoundingClientRect();
        const rendered = box.width > 1 || box.height > 1;
        if (!rendered || inSentence(element)) return [];
        if (box.width >= minimum && box.height >= minimum) return [];
        const text = (element.textContent ?? '').trim().slice(0, 40);
        return [
          `${element.tagName.toLowerCase()} "${text}" ${Math.round(box.width)}x${Math.round(box.height)}`,
        ];
      });
    },
    { selector: targetSelector, minimum: minimumTarget },
  );

/** The page's width beyond the viewport, in CSS px: 0 when nothing scrolls sideways. */
export const sidewaysOverflow = (page: Page): Promise<number> =>
  page.evaluate(() =>
    Math.max(
      0,
      document.documentElement.scrollWidth -
        document.documentElement.clientWidth,
    ),
  );

/** Where the Exit button is, and whether all of it is inside the viewport and on top (not covered). */
export const exitPlacement = (
  page: Page,
): Promise<{ inViewport: boolean; onTop: boolean }> =>
  page.evaluate(() => {
    const exit = [...document.querySelectorAll('[role="button"], button')].find(
      (element) => element.textContent?.trim() === 'Exit this page',
    );
    if (!exit) return { inViewport: false, onTop: false };
    const box = exit.getBoundingClientRect();
    const { clientWidth, clientHeight } = document.documentElement;
    const inViewport =
      box.width > 0 &&
      box.left >= 0 &&
      box.top >= 0 &&
      box.right <= clientWidth &&
      box.bottom <= clientHeight;
    const hit = document.elementFromPoint(
      box.left + box.width / 2,
      box.top + box.height / 2,
    );
    return { inViewport, onTop: hit !== null && exit.contains(hit) };
  });

/** The house focus style, after GOV.UK's: a yellow outline and a dark ring, since yellow alone is faint on white. */
export type FocusStop = { target: string; outline: boolean; ring: boolean };

/**
 * Presses Tab from the top of the page until focus leaves the page or
 * comes back round, and says for each stop whether it shows a focus outline
 * and a ring it does not have at rest.
 */
export const tabStops = async (
  page: Page,
  limit = 80,
): Promise<FocusStop[]> => {
  // A focus() call does not show :focus-visible, so Tab from a throwaway start at the top of the body.
  await page.evaluate(() => {
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.dataset.tabStopStart = 'true';
    document.body.prepend(start);
    start.focus();
  });
  const stops: FocusStop[] = [];
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press('Tab');
    if (press === 0) {
      await page.evaluate(() =>
        document.querySelector('[data-tab-stop-start]')?.remove(),
      );
    }
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!(element instanceof HTMLElement) || element === document.body) {
        return undefined;
      }
      if (element.dataset.tabStopSeen) return undefined;
      element.dataset.tabStopSeen = 'true';
      const style = getComputedStyle(element);
      const outline =
        style.outlineStyle !== 'none' &&
        parseFloat(style.outlineWidth) >= 2 &&
        !/^rgba\(.*,\s*0\)$/.test(style.outlineColor);
      // A shadow counts only if it differs from the one the element has at rest, read from an unfocused copy.
      const rest = element.cloneNode(false) as HTMLElement;
      rest.removeAttribute('id');
      rest.removeAttribute('name');
      element.parentElement?.append(rest);
      const ring =
        style.boxShadow !== 'none' &&
        style.boxShadow !== getComputedStyle(rest).boxShadow;
      rest.remove();
      const name =
        element.getAttribute('aria-label') ??
        (element instanceof HTMLInputElement && element.labels?.[0]
          ? element.labels[0].textContent
          : element.textContent);
      return {
        target: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''} "${(name ?? '').trim().slice(0, 40)}"`,
        outline,
        ring,
      };
    });
    if (!stop) break;
    stops.push(stop);
  }
  await page.evaluate(() => {
    for (const element of document.querySelectorAll<HTMLElement>(
      '[data-tab-stop-seen]',
    )) {
      delete element.dataset.tabStopSeen;
    }
  });
  return stops;
};

export type FocusShown = 'clear' | 'partly hidden' | 'hidden';

/**
 * How much of the focused element the sticky header and the viewport let show:
 * clear when it starts below the header; hidden when none of it shows, which
 * WCAG 2.4.11 (Focus Not Obscured, Minimum) forbids.
 */
export const focusShown = (page: Page): Promise<FocusShown> =>
  page.evaluate(() => {
    const focused = document.activeElement;
    const header = document.querySelector('header');
    if (!focused || focused === document.body || !header) return 'clear';
    if (header.contains(focused)) return 'clear';
    const box = focused.getBoundingClientRect();
    const headerBottom = header.getBoundingClientRect().bottom;
    if (box.top >= headerBottom) return 'clear';
    const shows =
      box.bottom > headerBottom &&
      box.top < document.documentElement.clientHeight;
    return shows ? 'partly hidden' : 'hidden';
  });
