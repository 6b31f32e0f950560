import type { StringTree } from './string-encoding';

/**
 * The English bank strings, fetched when first needed: by the questionnaire, or to decode another
 * language's bank strings. The module map fetches each module once, however often this runs.
 */
export const loadEnglishBank = (): Promise<StringTree> =>
  import('../../locales/en/bank.json').then((module) => module.default);
