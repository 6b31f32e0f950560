import { createHash } from 'node:crypto';

export type Leaf = { key: string; value: unknown };

/** Every leaf of a locale file as `a.b.c` (array items as `a.b[0]`), in file order. */
export const flattenStrings = (node: unknown, prefix = ''): Leaf[] => {
  if (Array.isArray(node)) {
    return node.flatMap((item, index) =>
      flattenStrings(item, `${prefix}[${index}]`),
    );
  }
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([name, item]) =>
      flattenStrings(item, prefix ? `${prefix}.${name}` : name),
    );
  }
  return [{ key: prefix, value: node }];
};

/** The names of a string's `{{variables}}` and `$t(nested)` keys, sorted and without duplicates. */
export const variablesOf = (text: string): string[] => {
  const names = [
    ...[...text.matchAll(/\{\{-?\s*([^,}\s]+)[^}]*\}\}/g)].map(
      (match) => match[1] ?? '',
    ),
    ...[...text.matchAll(/\$t\(([^,)]+)/g)].map(
      (match) => `$t(${(match[1] ?? '').trim()})`,
    ),
  ];
  return [...new Set(names)].sort();
};

export const pluralCategories = [
  'zero',
  'one',
  'two',
  'few',
  'many',
  'other',
] as const;
export type PluralCategory = (typeof pluralCategories)[number];

const pluralSuffix = /^(.*)_(zero|one|two|few|many|other)$/;

/** `key_few` → { base: 'key', category: 'few' }; undefined for a key without a plural suffix. */
export const splitPlural = (
  key: string,
): { base: string; category: PluralCategory } | undefined => {
  const match = pluralSuffix.exec(key);
  if (!match?.[1] || !match[2]) return undefined;
  return { base: match[1], category: match[2] as PluralCategory };
};

/**
 * The plural forms i18next looks up for a language: Intl.PluralRules' categories.
 * A language CLDR does not know (Haitian Creole) is held to English's forms rather than the machine's locale.
 */
export const pluralFormsOf = (lng: string): PluralCategory[] => {
  const categories = new Intl.PluralRules([lng, 'en']).resolvedOptions()
    .pluralCategories as PluralCategory[];
  return pluralCategories.filter((category) => categories.includes(category));
};

/** A unit of English text a translation is made from: one string, or all plural forms of one key. */
export type SourceUnit = { id: string; text: string; forms?: string[] };

/** English strings grouped into units: `a_one` and `a_other` become one unit `a` when `a_other` exists. */
export const sourceUnits = (english: Map<string, string>): SourceUnit[] => {
  const units = new Map<string, SourceUnit>();
  for (const [key, text] of english) {
    const plural = splitPlural(key);
    if (plural && english.has(`${plural.base}_other`)) {
      const forms = pluralCategories
        .map((category) => `${plural.base}_${category}`)
        .filter((form) => english.has(form));
      units.set(plural.base, {
        id: plural.base,
        text: forms.map((form) => english.get(form)).join('\n'),
        forms,
      });
    } else {
      units.set(key, { id: key, text });
    }
  }
  return [...units.values()];
};

/** A short fingerprint of English text; a translation records it to tell when the English has changed since. */
export const fingerprint = (text: string): string =>
  createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
