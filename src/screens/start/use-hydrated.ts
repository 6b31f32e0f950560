import { useSyncExternalStore } from 'react';

const subscribe = () => () => {};

/**
 * False in the prerender and in the first render that hydrates it, true once the app has taken
 * over the page; so a control shows only when its event handlers work.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
