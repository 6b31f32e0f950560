import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { languageMetaSchema } from '../i18n/language-meta.ts';
import {
  fingerprint,
  flattenStrings,
  pluralFormsOf,
  sourceUnits,
  splitPlural,
  type SourceUnit,
  variablesOf,
} from './locale-strings.ts';

export const localeNamespaces = ['ui', 'flow', 'bank'] as const;
export type LocaleNamespace = (typeof localeNamespaces)[number];
export const referenceLanguage = 'en';
export const fingerprintsFile = 'fingerprints.json';

export type LocaleProblem = { file: string; key: string; problem: string };
export type StaleKey = { file: string; key: string; reason: string };

export type LocaleReport = {
  /** Languages with a meta.json and all their string files. */
  checked: string[];
  /** Languages with a meta.json and no string files yet. */
  untranslated: string[];
  problems: LocaleProblem[];
  stale: Record<string, StaleKey[]>;
};

/** locales/<lng>/fingerprints.json: per namespace, unit id → fingerprint of the English it was translated from. */
export const fingerprintsSchema = z.partialRecord(
  z.enum(localeNamespaces),
  z.record(z.string(), z.string().regex(/^[0-9a-f]{12}$/)),
);
export type Fingerprints = z.infer<typeof fingerprintsSchema>;

const displayPath = (file: string): string =>
  relative(process.cwd(), file).replaceAll('\\', '/');

type Read<T> = { ok: true; value: T } | { ok: false; problem: LocaleProblem };

const readJsonFile = (file: string): Read<unknown> => {
  try {
    return { ok: true, value: JSON.parse(readFileSync(file, 'utf8')) };
  } catch (error) {
    return {
      ok: false,
      problem: {
        file: displayPath(file),
        key: '',
        problem: `is not valid JSON: ${(error as Error).message}`,
      },
    };
  }
};

/** A namespace file's strings, and the keys whose value was reported as empty or not a string. */
/** A JSON file parsed with a schema; each failure becomes a problem. */
const readSchemaFile = <T>(
  file: string,
  schema: z.ZodType<T>,
  problems: LocaleProblem[],
): T | undefined => {
  const read = readJsonFile(file);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const parsed = schema.safeParse(read.value);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    problems.push({
      file: displayPath(file),
      key: issue.path.join('.'),
      problem: issue.message,
    });
  }
  return undefined;
};

type Strings = {
  file: string;
  strings: Map<string, string>;
  invalid: Set<string>;
};

/** A namespace file as key → string; non-string leaves and empty strings are problems. */
const readStrings = (
  file: string,
  problems: LocaleProblem[],
): Strings | undefined => {
  const read = readJsonFile(file);
  if (!read.ok) {
    problems.push(read.problem);
    return undefined;
  }
  const shown = displayPath(file);
  if (typeof read.value !== 'object' || read.value === null) {
    problems.push({ file: shown, key: '', problem: 'must be a JSON object' });
    return undefined;
  }
  const strings = new Map<string, string>();
  const invalid = new Set<string>();
  for (const { key, value } of flattenStrings(read.value)) {
    if (typeof value !== 'string' || value.trim() === '') invalid.add(key);
    if (typeof value !== 'string') {
      problems.push({
        file: shown,
        key,
        problem: `must be a string, not ${value === null ? 'null' : typeof value}`,
      });
    } else if (value.trim() === '') {
      problems.push({ file: shown, key, problem: 'is empty' });
    } else {
      strings.set(key, value);
    }
  }
  return { file: shown, strings, invalid };
};

const listVariables = (names: readonly string[]): string =>
  names.length === 0
    ? 'none'
    : names
        .map((name) => (name.startsWith('$t(') ? name : `{{${name}}}`))
        .join(' ');

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((item) => b.includes(item));

/** Compares one translated namespace with English: keys, plural forms and variables. */
const compareWithEnglish = (
  english: Map<string, string>,
  translation: Strings,
  lng: string,
  languageName: string,
): LocaleProblem[] => {
  const problems: LocaleProblem[] = [];
  const add = (key: string, problem: string) =>
    problems.push({ file: translation.file, key, problem });
  const forms = pluralFormsOf(lng);
  const units = sourceUnits(english);
  const expected = new Map<string, SourceUnit>();
  for (const unit of units) {
    if (unit.forms) {
      for (const category of forms)
        expected.set(`${unit.id}_${category}`, unit);
    } else {
      expected.set(unit.id, unit);
    }
  }
  const pluralBases = new Map(
    units.filter(({ forms: f }) => f).map((unit) => [unit.id, unit]),
  );

  for (const [key, unit] of expected) {
    if (translation.strings.has(key) || translation.invalid.has(key)) continue;
    add(
      key,
      unit.forms
        ? `is missing (${languageName} uses the plural forms ${forms.join(', ')})`
        : 'is missing',
    );
  }
  for (const [key, text] of translation.strings) {
    const plural = splitPlural(key);
    const pluralUnit = plural && pluralBases.get(plural.base);
    if (!expected.has(key)) {
      if (pluralUnit && plural.category === 'zero') {
        // i18next looks up `_zero` for a count of 0 in any language when it exists.
      } else if (pluralUnit) {
        add(
          key,
          `is not a plural form ${languageName} uses (${forms.join(', ')})`,
        );
        continue;
      } else {
        add(key, 'is not in English');
        continue;
      }
    }
    const found = variablesOf(text);
    if (pluralUnit) {
      const wanted = variablesOf(pluralUnit.text);
      const needed = wanted.filter((name) => name !== 'count');
      const extra = found.filter((name) => !wanted.includes(name));
      const lacking = needed.filter((name) => !found.includes(name));
      if (extra.length > 0 || lacking.length > 0) {
        add(
          key,
          `uses ${listVariables(found)} but English uses ${listVariables(wanted)} ({{count}} may be left out)`,
        );
      }
    } else {
      const wanted = variablesOf(english.get(key) ?? '');
      if (!sameSet(found, wanted)) {
        add(
          key,
          `uses ${listVariables(found)} but English uses ${listVariables(wanted)}`,
        );
      }
    }
  }
  return problems;
};

/** Units whose English has changed since the translation recorded its fingerprint, or that have none. */
export const staleKeys = (
  english: Map<string, string>,
  translation: Map<string, string>,
  recorded: Record<string, string> | undefined,
  file: string,
): StaleKey[] =>
  sourceUnits(english).flatMap((unit) => {
    const translated = unit.forms
      ? [...translation.keys()].some(
          (key) => splitPlural(key)?.base === unit.id,
        )
      : translation.has(unit.id);
    if (!translated) return [];
    const stamp = recorded?.[unit.id];
    if (stamp === fingerprint(unit.text)) return [];
    return [
      {
        file,
        key: unit.id,
        reason: stamp
          ? 'English has changed since this was translated'
          : 'has no fingerprint',
      },
    ];
  });

const isDirectory = (path: string): boolean => statSync(path).isDirectory();

export type LoadedLocale = {
  lng: string;
  languageName: string;
  strings: Partial<Record<LocaleNamespace, Strings>>;
  fingerprints: Fingerprints | undefined;
};

/** Checks every language folder in a locales directory against English. */
export const checkLocales = (localesDir: string): LocaleReport => {
  const problems: LocaleProblem[] = [];
  const report: LocaleReport = {
    checked: [],
    untranslated: [],
    problems,
    stale: {},
  };
  const languages = readdirSync(localesDir)
    .filter((name) => isDirectory(join(localesDir, name)))
    .sort(
      (a, b) =>
        Number(b === referenceLanguage) - Number(a === referenceLanguage) ||
        a.localeCompare(b),
    );
  if (!languages.includes(referenceLanguage)) {
    problems.push({
      file: displayPath(join(localesDir, referenceLanguage)),
      key: '',
      problem: 'is missing: English is the reference locale',
    });
    return report;
  }

  const english = new Map<LocaleNamespace, Map<string, string>>();
  for (const lng of languages) {
    const dir = join(localesDir, lng);
    const metaFile = join(dir, 'meta.json');
    let languageName = lng;
    if (!existsSync(metaFile)) {
      problems.push({
        file: displayPath(metaFile),
        key: '',
        problem: 'is missing: every language folder needs one',
      });
    } else {
      const meta = readSchemaFile(metaFile, languageMetaSchema, problems);
      if (meta) languageName = meta.englishName;
    }

    const present = localeNamespaces.filter((ns) =>
      existsSync(join(dir, `${ns}.json`)),
    );
    if (present.length === 0 && lng !== referenceLanguage) {
      report.untranslated.push(lng);
      continue;
    }
    for (const ns of localeNamespaces.filter((n) => !present.includes(n))) {
      problems.push({
        file: displayPath(join(dir, `${ns}.json`)),
        key: '',
        problem: `is missing: a language needs ${localeNamespaces.map((n) => `${n}.json`).join(', ')}`,
      });
    }
    report.checked.push(lng);

    const fingerprintsPath = join(dir, fingerprintsFile);
    const fingerprints =
      lng !== referenceLanguage && existsSync(fingerprintsPath)
        ? readSchemaFile(fingerprintsPath, fingerprintsSchema, problems)
        : undefined;

    for (const ns of present) {
      const strings = readStrings(join(dir, `${ns}.json`), problems);
      if (!strings) continue;
      if (lng === referenceLanguage) {
        english.set(ns, strings.strings);
        continue;
      }
      const reference = english.get(ns);
      if (!reference) continue;
      problems.push(
        ...compareWithEnglish(reference, strings, lng, languageName),
      );
      const stale = staleKeys(
        reference,
        strings.strings,
        fingerprints?.[ns],
        strings.file,
      );
      if (stale.length > 0) {
        report.stale[lng] = [...(report.stale[lng] ?? []), ...stale];
      }
    }
  }
  return report;
};

/** The report as lines a translator can act on: `file: key: problem`. */
export const formatLocaleReport = (report: LocaleReport): string => {
  const lines: string[] = [];
  for (const { file, key, problem } of report.problems) {
    lines.push(key ? `${file}: ${key}: ${problem}` : `${file}: ${problem}`);
  }
  for (const [lng, keys] of Object.entries(report.stale)) {
    lines.push(
      `Stale in ${lng} (${keys.length}): run npm run locales:stamp -- --lang ${lng} once the translation is updated`,
    );
    for (const { file, key, reason } of keys) {
      lines.push(`  ${file}: ${key}: ${reason}`);
    }
  }
  if (report.untranslated.length > 0) {
    lines.push(
      `Not translated yet (meta.json only): ${report.untranslated.join(', ')}`,
    );
  }
  lines.push(`Checked: ${report.checked.join(', ')}`);
  return `${lines.join('\n')}\n`;
};
