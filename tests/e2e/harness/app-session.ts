import type {
  Browser,
  BrowserContext,
  BrowserContextOptions,
  Page,
  Request,
} from 'playwright-core';
import { resolveExitUrl } from '../../../src/build/security-headers.ts';
import { exitButtonId } from '../../../src/shell/exit-this-page.tsx';
import { launchChromium } from './chromium.ts';
import { type StaticServer, startStaticServer } from './static-server.ts';

export const exitUrl = resolveExitUrl(process.env.VITE_EXIT_URL);
export const exitStubText = 'Weather stub page';
export const appTitle = 'Safe Signs';

type ViolationRecord = { directive: string; blockedURI: string };

declare global {
  interface Window {
    safeSignsCspViolations?: ViolationRecord[];
    safeSignsTitles?: string[];
  }
}

/** One Chromium and one static server per test file; each test gets a fresh context. */
export type Harness = {
  server: StaticServer;
  browser: Browser;
  close: () => Promise<void>;
};

export const startHarness = async (): Promise<Harness> => {
  const [server, browser] = await Promise.all([
    startStaticServer(),
    launchChromium(),
  ]);
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
};

export type AppSession = {
  origin: string;
  appUrl: string;
  context: BrowserContext;
  page: Page;
  /** Console errors and warnings, page errors and CSP violations seen so far. */
  problems: () => Promise<string[]>;
  /** Every request the page made, with whether it came after the app was ready. */
  requests: { url: string; afterReady: boolean }[];
  /** Every value document.title has held on the app's page, in order. */
  titles: () => Promise<string[]>;
  /** Requests to any other origin, which the harness aborted (the exit stub excepted). */
  blocked: string[];
  /** Marks the app as loaded: requests from now on count as "after load". */
  markReady: () => Promise<void>;
  /** history.length once the app had loaded (a new Playwright page already holds about:blank). */
  historyLengthAtLoad: number;
  close: () => Promise<void>;
};

const stubPage = (text: string) =>
  `<!doctype html><html lang="en"><head><title>${text}</title></head><body><p>${text}</p></body></html>`;

/** Opens a context whose network never leaves 127.0.0.1: the exit URL gets a local stub, anything else is aborted. */
export const openContext = async (
  harness: Harness,
  options: BrowserContextOptions = {},
): Promise<AppSession> => {
  const { origin } = harness.server;
  const context = await harness.browser.newContext(options);
  const blocked: string[] = [];
  const requests: { url: string; afterReady: boolean }[] = [];
  let ready = false;

  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${origin}/`)) {
      await route.continue();
    } else if (url.split('#')[0] === exitUrl) {
      await route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: stubPage(exitStubText),
      });
    } else {
      blocked.push(url);
      await route.abort('blockedbyclient');
    }
  });
  await context.addInitScript(() => {
    window.addEventListener('securitypolicyviolation', (event) => {
      (window.safeSignsCspViolations ??= []).push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
      });
    });
    const titles: string[] = [];
    window.safeSignsTitles = titles;
    const record = () => {
      if (titles.at(-1) !== document.title) titles.push(document.title);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });

  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      consoleErrors.push(`console.${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => consoleErrors.push(`pageerror: ${error}`));
  page.on('request', (request: Request) => {
    requests.push({ url: request.url(), afterReady: ready });
  });

  const session: AppSession = {
    origin,
    appUrl: `${origin}/`,
    context,
    page,
    requests,
    blocked,
    historyLengthAtLoad: 0,
    markReady: async () => {
      ready = true;
      session.historyLengthAtLoad = await page.evaluate(() => history.length);
    },
    problems: async () => {
      const violations = page.url().startsWith(origin)
        ? await page.evaluate(() => window.safeSignsCspViolations ?? [])
        : [];
      return [
        ...consoleErrors,
        ...violations.map(
          (v) => `CSP violation: ${v.directive} blocked ${v.blockedURI}`,
        ),
      ];
    },
    titles: () =>
      page.url().startsWith(origin)
        ? page.evaluate(() => window.safeSignsTitles ?? [])
        : Promise.resolve([]),
    close: () => context.close(),
  };
  return session;
};

/** Loads the app, optionally with a query such as `?region=gb`, and waits until its choices show (the questionnaire has loaded). */
export const openApp = async (
  harness: Harness,
  search = '',
): Promise<AppSession> => {
  const session = await openContext(harness);
  session.appUrl = `${session.origin}/${search}`;
  // Replace the new tab's about:blank so the app is the only history entry, as in a fresh tab.
  await session.page.evaluate((url) => location.replace(url), session.appUrl);
  await session.page.waitForURL(session.appUrl, { waitUntil: 'load' });
  // By id, not by name: a ?lang= link may already have translated it.
  await session.page.locator(`#${exitButtonId}`).waitFor({ state: 'visible' });
  // The choices come with the questionnaire's chunk, the last file the app loads.
  await session.page
    .locator('form button[type="submit"]')
    .filter({ visible: true })
    .waitFor({ state: 'visible' });
  await session.markReady();
  return session;
};
