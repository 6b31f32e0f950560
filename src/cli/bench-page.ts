import type { Browser, CDPSession, Locator, Page } from 'playwright-core';

/** DevTools' "slow 4G" mobile profile, as Lighthouse uses it: 1.6 Mbps down, 750 kbps up, 150 ms latency, 4x CPU. */
export const throttling = {
  cpuRate: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 200_000,
  uploadBytesPerSecond: 93_750,
} as const;

/** What the first question screen of a page is made of, by accessible name. */
export type FirstQuestion = {
  /** A radio to pick before Start, if the page has one. */
  perspective?: string;
  start: string;
  /** Text inside the question's legend, and the label of the radio that must be answerable. */
  question: string;
  answer: string;
};

type Focus = { at: number; frameAt?: number; text: string };

type Point = { x: number; y: number };

/** Where Start and the perspective radio are once the styled page has painted and Start has been scrolled into view. */
type StartPoints = { at: number; start: Point; perspective?: Point };

export type PageRecord = {
  longTasks: { start: number; duration: number }[];
  clicks: { at: number; name: string }[];
  headings: Focus[];
  startPoints?: StartPoints;
  answerableAt?: number;
};

declare global {
  interface Window {
    safeSignsBench?: PageRecord;
  }
}

/**
 * Runs in the page before its own scripts (Playwright init script): records
 * long tasks, button presses, each focus of an h1, where Start is once it can
 * be pressed, and the first animation frame at which the first question's
 * radio is in the DOM, visible and enabled.
 */
const instrument = (target: FirstQuestion | null) => {
  const record: PageRecord = { longTasks: [], clicks: [], headings: [] };
  window.safeSignsBench = record;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.longTasks.push({
        start: entry.startTime,
        duration: entry.duration,
      });
    }
  }).observe({ type: 'longtask', buffered: true });
  document.addEventListener(
    'click',
    (event) => {
      const button =
        event.target instanceof Element
          ? event.target.closest('button, [role="button"]')
          : null;
      if (button) {
        record.clicks.push({
          at: event.timeStamp,
          name: (button.textContent ?? '').trim(),
        });
      }
    },
    true,
  );
  document.addEventListener(
    'focusin',
    (event) => {
      if (!(event.target instanceof HTMLHeadingElement)) return;
      const focus: Focus = {
        at: performance.now(),
        text: (event.target.textContent ?? '').trim(),
      };
      record.headings.push(focus);
      requestAnimationFrame(() => {
        focus.frameAt = performance.now();
      });
    },
    true,
  );
  if (!target) return;
  const shown = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  const centre = (element: Element): Point => {
    const box = element.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const labelled = (text: string) =>
    [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].find(
      (radio) =>
        !radio.disabled &&
        [...(radio.labels ?? [])].some(
          (label) => (label.textContent ?? '').trim() === text,
        ),
    );
  // After the first contentful paint the render-blocking stylesheet has applied, so the places are final.
  const findStart = () => {
    if (performance.getEntriesByName('first-contentful-paint').length === 0) {
      return false;
    }
    const start = [...document.querySelectorAll('button')].find(
      (button) =>
        !button.disabled &&
        shown(button) &&
        (button.textContent ?? '').trim() === target.start,
    );
    const perspective = target.perspective
      ? labelled(target.perspective)
      : null;
    if (!start || perspective === undefined) return false;
    start.scrollIntoView({ block: 'center' });
    record.startPoints = {
      at: performance.now(),
      start: centre(start),
      ...(perspective && { perspective: centre(perspective) }),
    };
    return true;
  };
  const pollStart = () => {
    if (!findStart()) requestAnimationFrame(pollStart);
  };
  requestAnimationFrame(pollStart);
  const answerable = () =>
    [...document.querySelectorAll('fieldset')].some(
      (fieldset) =>
        !fieldset.disabled &&
        (fieldset.querySelector('legend')?.textContent ?? '').includes(
          target.question,
        ) &&
        [
          ...fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]'),
        ].some(
          (radio) =>
            !radio.disabled &&
            [...(radio.labels ?? [])].some(
              (label) =>
                (label.textContent ?? '').trim() === target.answer &&
                (shown(radio) || shown(label)),
            ),
        ),
    );
  const observer = new MutationObserver(() => {
    if (!answerable()) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      record.answerableAt = performance.now();
    });
  });
  observer.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
};

type PageOptions = {
  url: string;
  /** The first question to watch for, if the page has one. */
  target?: FirstQuestion;
  throttle?: boolean;
  waitUntil?: 'commit' | 'load';
};

/**
 * Opens a fresh context, instruments the page, throttles CPU and network
 * through the DevTools protocol, loads url, hands the page to measure and closes
 * the context after.
 */
export const onPage = async <T>(
  browser: Browser,
  { url, target, throttle = true, waitUntil = 'load' }: PageOptions,
  measure: (page: Page, cdp: CDPSession) => Promise<T>,
): Promise<T> => {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    // tsx keeps function names by wrapping functions in __name(), which the page does not have.
    await context.addInitScript({
      content: 'globalThis.__name = (target) => target;',
    });
    await context.addInitScript(instrument, target ?? null);
    if (throttle) {
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: throttling.latencyMs,
        downloadThroughput: throttling.downloadBytesPerSecond,
        uploadThroughput: throttling.uploadBytesPerSecond,
      });
      await cdp.send('Emulation.setCPUThrottlingRate', {
        rate: throttling.cpuRate,
      });
    }
    await page.goto(url, { waitUntil });
    return await measure(page, cdp);
  } finally {
    await context.close();
  }
};

export const readRecord = async (page: Page): Promise<PageRecord> => {
  const record = await page.evaluate(() => window.safeSignsBench);
  if (!record) throw new Error('The bench instrumentation did not run.');
  return record;
};

/** Total Blocking Time: the part of each long task beyond 50 ms, for tasks that start before `until`. */
export const blockingTime = (record: PageRecord, until = Infinity): number =>
  record.longTasks
    .filter(({ start }) => start < until)
    .reduce((sum, { duration }) => sum + Math.max(0, duration - 50), 0);

/** Used JS heap after a full garbage collection, in bytes. */
export const heapAfterGc = async (cdp: CDPSession): Promise<number> => {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
};

export type ResourceSize = {
  url: string;
  type: string;
  /** Compressed body bytes, as sent. */
  encodedBytes: number;
  /** Body bytes after decompression. */
  decodedBytes: number;
  /** Bytes on the wire, headers included. */
  transferBytes: number;
};

const resourceType = (url: string, initiator: string) => {
  if (initiator === 'navigation') return 'document';
  const extension = /\.(\w+)(?:[?#]|$)/.exec(new URL(url).pathname)?.[1];
  if (extension === 'js' || extension === 'mjs') return 'script';
  if (extension === 'css') return 'stylesheet';
  if (extension === 'json') return 'json';
  if (extension && /^(woff2?|ttf|otf)$/.test(extension)) return 'font';
  if (extension && /^(png|jpe?g|gif|svg|webp|avif|ico)$/.test(extension)) {
    return 'image';
  }
  return 'other';
};

export type LoadFigures = {
  fcpMs: number;
  resources: ResourceSize[];
  /** Blocking time from navigation until the page has been quiet for the wait after load, without any interaction. */
  tbtLoadMs: number;
};

/** Loads a page with no interaction and reads paint, resource and long-task timings once it has been quiet for quietMs. */
export const measureLoad = async (
  browser: Browser,
  url: string,
  quietMs = 1500,
): Promise<LoadFigures> =>
  onPage(browser, { url }, async (page) => {
    await page.waitForTimeout(quietMs);
    const timings = await page.evaluate(() => ({
      fcp:
        performance.getEntriesByName('first-contentful-paint')[0]?.startTime ??
        NaN,
      entries: [
        ...performance.getEntriesByType('navigation'),
        ...performance.getEntriesByType('resource'),
      ].map((entry) => {
        const resource = entry as PerformanceResourceTiming;
        return {
          url: resource.name,
          initiator: resource.initiatorType,
          encodedBytes: resource.encodedBodySize,
          decodedBytes: resource.decodedBodySize,
          transferBytes: resource.transferSize,
        };
      }),
    }));
    return {
      fcpMs: timings.fcp,
      resources: timings.entries.map(({ initiator, ...entry }) => ({
        ...entry,
        type: resourceType(entry.url, initiator),
      })),
      tbtLoadMs: blockingTime(await readRecord(page)),
    };
  });

/**
 * The first press: as soon as the page has found Start painted and scrolled
 * it into view, clicks the perspective and Start by mouse at those places,
 * with no round trip through the page's busy main thread in between, as a
 * hurried user would tap them.
 */
const pressAtOnce = async (page: Page, timeoutMs: number) => {
  const points = await page.evaluate(
    (timeout) =>
      new Promise<StartPoints | undefined>((resolve) => {
        const started = performance.now();
        const wait = () => {
          const found = window.safeSignsBench?.startPoints;
          if (found || performance.now() - started > timeout) resolve(found);
          else requestAnimationFrame(wait);
        };
        wait();
      }),
    timeoutMs,
  );
  if (!points) return;
  if (points.perspective) {
    await page.mouse.click(points.perspective.x, points.perspective.y);
  }
  await page.mouse.click(points.start.x, points.start.y);
};

/**
 * Presses Start as soon as it is in the page (picking the perspective first),
 * and again every retryMs until the first question can be answered, since a
 * press before the script has taken over the page may be lost. Returns the
 * record with answerableAt set.
 */
export const reachFirstQuestion = async (
  page: Page,
  target: FirstQuestion,
  retryMs = 250,
  timeoutMs = 60_000,
): Promise<PageRecord> => {
  const deadline = Date.now() + timeoutMs;
  // Later presses use locators; force skips Playwright's wait for a still page, as a user pressing again would not wait either.
  const press = async (control: Locator) => {
    await control.waitFor({ state: 'visible', timeout: timeoutMs });
    if (await control.isEnabled()) await control.click({ force: true });
  };
  const pressStart = async () => {
    if (target.perspective) {
      const radio = page.getByRole('radio', {
        name: target.perspective,
        exact: true,
      });
      if (!(await radio.isChecked())) await press(radio);
    }
    await press(page.getByRole('button', { name: target.start, exact: true }));
  };
  let lastError: unknown;
  // The app replacing the prerendered page can detach or hide a control mid-press; the next round presses again.
  const tryStart = () =>
    pressStart().catch((error: unknown) => {
      lastError = error;
    });
  const answerable = () =>
    page
      .waitForFunction(
        () => window.safeSignsBench?.answerableAt !== undefined,
        undefined,
        { timeout: retryMs },
      )
      .then(
        () => true,
        () => false,
      );
  await pressAtOnce(page, timeoutMs).catch((error: unknown) => {
    lastError = error;
  });
  while (!(await answerable())) {
    if (Date.now() > deadline) {
      throw new Error(
        `The question "${target.question}" did not become answerable within ${timeoutMs} ms (last error: ${String(lastError)}).`,
      );
    }
    await tryStart();
  }
  return readRecord(page);
};

export type FirstQuestionFigures = {
  /** From the first press of Start to the frame that shows the first question answerable. */
  fromPressMs: number;
  /** From navigation to that frame. */
  fromNavigationMs: number;
  /** From navigation to the first press of Start. */
  firstPressMs: number;
  startPresses: number;
  tbtMs: number;
};

export const firstQuestionFigures = (
  record: PageRecord,
  target: FirstQuestion,
): FirstQuestionFigures => {
  const presses = record.clicks.filter(({ name }) => name === target.start);
  const answerableAt = record.answerableAt ?? NaN;
  return {
    fromPressMs: answerableAt - (presses[0]?.at ?? NaN),
    fromNavigationMs: answerableAt,
    firstPressMs: presses[0]?.at ?? NaN,
    startPresses: presses.filter(({ at }) => at < answerableAt).length,
    tbtMs: blockingTime(record, answerableAt),
  };
};
