import i18next, { type BackendModule, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import {
  appCatalog,
  englishResources,
  findLanguage,
  type LanguageCatalog,
  namespaces,
  referenceLanguage,
} from './languages';
import { isolatingFormatter } from './isolating-formatter';
import { matchLanguage } from './match-language';

export { namespaces };

/** The codes `?lang=` and the switch accept: languages whose files are all present. */
export const supportedLanguages: readonly string[] = appCatalog.languages.map(
  ({ code }) => code,
);

// Keyed by the options object: react-i18next hands components a copy of the instance that shares it.
const catalogs = new WeakMap<object, LanguageCatalog>();

/** The language catalog an instance was created with. */
export const catalogOf = (instance: i18n): LanguageCatalog =>
  catalogs.get(instance.options) ?? appCatalog;

// The build prerenders in Node, where there is no navigator.
const browserLanguages = (): readonly string[] => {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages.length > 0
    ? navigator.languages
    : [navigator.language];
};

/** The language to start in: the link's `?lang=` if it names one, else the browser's first match, else English. */
export const pickLanguage = (
  catalog: LanguageCatalog,
  requested: string | undefined,
  browser: readonly string[] = browserLanguages(),
): string => {
  const available = catalog.languages.map(({ code }) => code);
  return (
    matchLanguage(requested ? [requested] : [], available) ??
    matchLanguage(browser, available) ??
    referenceLanguage
  );
};

const loadingBackend = (catalog: LanguageCatalog): BackendModule => {
  const pending = new Map<string, ReturnType<LanguageCatalog['load']>>();
  return {
    type: 'backend',
    init: () => undefined,
    read: (language, namespace, callback) => {
      const loading = pending.get(language) ?? catalog.load(language);
      pending.set(language, loading);
      loading.then(
        (resources) => callback(null, resources[namespace] ?? {}),
        (error: unknown) => {
          pending.delete(language);
          callback(error instanceof Error ? error : String(error), false);
        },
      );
    },
  };
};

const applyToDocument = (catalog: LanguageCatalog, code: string): void => {
  if (typeof document === 'undefined') return;
  const meta = findLanguage(catalog, code)?.meta;
  const root = document.documentElement;
  const lang = meta?.htmlLang ?? referenceLanguage;
  const dir = meta?.dir ?? 'ltr';
  // Writing the same value still makes the browser restyle the whole page, which the first load cannot spare.
  if (root.lang !== lang) root.lang = lang;
  if (root.dir !== dir) root.dir = dir;
};

/**
 * Creates a fresh i18next instance in the requested language (or the browser's, or English).
 * There is no language detector, so nothing is cached in storage; other languages load by dynamic import.
 */
export const createI18n = async (
  lng?: string,
  catalog: LanguageCatalog = appCatalog,
): Promise<i18n> => {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (code) => applyToDocument(catalog, code));
  await instance
    .use(loadingBackend(catalog))
    .use(
      isolatingFormatter((code) => {
        const meta = findLanguage(catalog, code)?.meta;
        return { htmlLang: meta?.htmlLang ?? code, rtl: meta?.dir === 'rtl' };
      }),
    )
    .use(initReactI18next)
    .init({
      lng: pickLanguage(catalog, lng),
      fallbackLng: referenceLanguage,
      supportedLngs: catalog.languages.map(({ code }) => code),
      load: 'currentOnly',
      ns: namespaces,
      defaultNS: 'ui',
      resources: { [referenceLanguage]: englishResources },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false, alwaysFormat: true },
      returnEmptyString: false,
      // A key missing in every language shows nothing rather than the raw key.
      parseMissingKeyHandler: () => '',
    });
  catalogs.set(instance.options, catalog);
  return instance;
};
