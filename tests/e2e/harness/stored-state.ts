import type { BrowserContext, Page } from 'playwright-core';

export type StoredState = {
  cookies: number;
  documentCookie: string;
  localStorageOrigins: number;
  localStorage: number;
  sessionStorage: number;
  indexedDbDatabases: string[];
  cacheStorageKeys: string[];
  serviceWorkers: number;
};

export const emptyStoredState: StoredState = {
  cookies: 0,
  documentCookie: '',
  localStorageOrigins: 0,
  localStorage: 0,
  sessionStorage: 0,
  indexedDbDatabases: [],
  cacheStorageKeys: [],
  serviceWorkers: 0,
};

/** Reads every kind of browser storage the app could have written to. */
export const readStoredState = async (
  context: BrowserContext,
  page: Page,
): Promise<StoredState> => {
  const state = await context.storageState({ indexedDB: true });
  const inPage = await page.evaluate(async () => ({
    documentCookie: document.cookie,
    localStorage: localStorage.length,
    sessionStorage: sessionStorage.length,
    indexedDbDatabases: (await indexedDB.databases()).map(
      (db) => db.name ?? '',
    ),
    cacheStorageKeys: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  return {
    cookies: state.cookies.length,
    localStorageOrigins: state.origins.length,
    ...inPage,
  };
};
