import type { BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  type AppSession,
  type Harness,
  openApp,
  openContext,
  startHarness,
} from './app-session.ts';

/** Registers one Chromium and server per test file and closes each test's context after it. */
export const setUpHarness = () => {
  let harness: Harness | undefined;
  let sessions: AppSession[] = [];

  beforeAll(async () => {
    harness = await startHarness();
  });
  afterEach(async () => {
    await Promise.all(sessions.map((session) => session.close()));
    sessions = [];
  });
  afterAll(async () => {
    await harness?.close();
  });

  const track =
    (open: (started: Harness, search?: string) => Promise<AppSession>) =>
    async (search?: string): Promise<AppSession> => {
      if (!harness)
        throw new Error(
          'setUpHarness() must be called at the top of a test file.',
        );
      const session = await open(harness, search);
      sessions.push(session);
      return session;
    };

  return {
    /** A fresh context with the app loaded as the tab's only history entry, at an optional query. */
    openApp: track(openApp),
    /** A fresh context and page with the network guards but nothing loaded, with optional context options such as a locale. */
    openContext: (options?: BrowserContextOptions) =>
      track((started) => openContext(started, options))(),
    /** Like openContext, with JavaScript off: the page as it is before the script runs. */
    openContextWithoutScript: track((started) =>
      openContext(started, { javaScriptEnabled: false }),
    ),
  };
};
