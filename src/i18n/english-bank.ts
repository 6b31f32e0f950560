import type { i18n } from 'i18next';
import { referenceLanguage } from './languages';
import { loadEnglishBank } from './load-english-bank';

/** Adds the English bank strings, which load beside the questionnaire rather than in the first load; strings already there stay. */
export const addEnglishBank = async (instance: i18n): Promise<void> => {
  const strings = await loadEnglishBank();
  instance.addResourceBundle(referenceLanguage, 'bank', strings, true, false);
};
