import type { i18n } from 'i18next';
import enBank from '../../locales/en/bank.json';
import { referenceLanguage } from './languages';

/** Adds the English bank strings, which ship with the questionnaire rather than the first load; strings already there stay. */
export const addEnglishBank = (instance: i18n): void => {
  instance.addResourceBundle(referenceLanguage, 'bank', enBank, true, false);
};
