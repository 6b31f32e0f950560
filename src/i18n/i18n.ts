import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import enBank from '../../locales/en/bank.json';
import enFlow from '../../locales/en/flow.json';
import enUi from '../../locales/en/ui.json';

export const namespaces = ['ui', 'flow', 'bank'] as const;

export const supportedLanguages = ['en'] as const;

/** Creates a fresh i18next instance; no language detector, so nothing is cached in storage. */
export const createI18n = async (lng = 'en'): Promise<i18n> => {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: 'ui',
    resources: { en: { ui: enUi, flow: enFlow, bank: enBank } },
    interpolation: { escapeValue: false },
  });
  return instance;
};
