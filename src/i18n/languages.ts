import type { ResourceLanguage } from 'i18next';
import enFlow from '../../locales/en/flow.json';
import enUi from '../../locales/en/ui.json';
import type { LanguageMeta } from './language-meta';
import { loadEnglishBank } from './load-english-bank';
import type { EncodedStrings, StringTree } from './string-encoding';

export const namespaces = ['ui', 'flow', 'bank'] as const;
export type Namespace = (typeof namespaces)[number];

export const referenceLanguage = 'en';

export type Language = { code: string; meta: LanguageMeta };

/** The languages a user can pick, English first, and how to load one's strings. */
export type LanguageCatalog = {
  languages: readonly Language[];
  load: (code: string) => Promise<ResourceLanguage>;
};

type Loader = () => Promise<EncodedStrings>;

const codeOf = (path: string): string => path.split('/')[2] ?? '';
const namespaceOf = (path: string): string =>
  (path.split('/')[3] ?? '').replace(/\.json$/, '');

const metaFiles = import.meta.glob<LanguageMeta>('/locales/*/meta.json', {
  eager: true,
  import: 'default',
});
// English ships in the first load as the fallback; every other language is a chunk of its own (see src/build/locale-chunks.ts), its strings encoded against English's (see src/build/string-encoding.ts).
const stringFiles = import.meta.glob<EncodedStrings>(
  ['/locales/*/{ui,flow,bank}.json', '!/locales/en/*.json'],
  { import: 'default' },
);

const loadersByLanguage = new Map<string, Map<string, Loader>>();
for (const [path, loader] of Object.entries(stringFiles)) {
  const code = codeOf(path);
  const loaders = loadersByLanguage.get(code) ?? new Map<string, Loader>();
  loaders.set(namespaceOf(path), loader);
  loadersByLanguage.set(code, loaders);
}

// The English bank strings load after the first screen (see load-english-bank.ts); empty, not missing, so no loader runs for them.
const english: ResourceLanguage = { ui: enUi, flow: enFlow, bank: {} };

const englishStrings = (ns: string): StringTree | Promise<StringTree> =>
  ns === 'bank' ? loadEnglishBank() : ((english[ns] ?? {}) as StringTree);

const isComplete = (code: string): boolean =>
  code === referenceLanguage ||
  namespaces.every((ns) => loadersByLanguage.get(code)?.has(ns));

// Codes are ASCII, so a plain comparison will do: localeCompare would load the ICU collator during startup.
const byCode = (a: Language, b: Language): number =>
  Number(b.code === referenceLanguage) - Number(a.code === referenceLanguage) ||
  (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** Strings are loaded only for a language whose meta.json and ui, flow and bank files are all present. */
export const appCatalog: LanguageCatalog = {
  languages: Object.entries(metaFiles)
    .map(([path, meta]) => ({ code: codeOf(path), meta }))
    .filter(({ code }) => isComplete(code))
    .sort(byCode),
  load: async (code) => {
    if (code === referenceLanguage) return english;
    const loaders = loadersByLanguage.get(code);
    if (!loaders) return {};
    // The decoder comes with the first further language chosen, so a reader who stays in English never fetches it.
    const [{ decodeStrings }, ...files] = await Promise.all([
      import('./string-encoding'),
      ...[...loaders].map(([ns, load]) =>
        Promise.all([ns, load(), englishStrings(ns)] as const),
      ),
    ]);
    return Object.fromEntries(
      files.map(([ns, encoded, reference]) => [
        ns,
        decodeStrings(reference, encoded),
      ]),
    ) as ResourceLanguage;
  },
};

export const englishResources = english;

export const findLanguage = (
  catalog: LanguageCatalog,
  code: string | undefined,
): Language | undefined =>
  catalog.languages.find((language) => language.code === code);
