import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadBank } from '../../src/bank/load-bank';
import { checkBankStrings } from '../../src/cli/check-bank-strings';

const localesDir = new URL('../../locales/', import.meta.url);
const readJson = (url: URL): unknown => JSON.parse(readFileSync(url, 'utf8'));

const bank = loadBank(
  readJson(new URL('../../questions/bank.json', import.meta.url)),
  'questions/bank.json',
);
const locales = readdirSync(localesDir).filter((lng) =>
  existsSync(new URL(`${lng}/bank.json`, localesDir)),
);
const stringsOf = (lng: string) =>
  readJson(new URL(`${lng}/bank.json`, localesDir));

/** Every leaf of a strings object as `key -> sorted interpolation variables`; array items count as one leaf each. */
const leaves = (node: unknown, prefix = ''): Map<string, string[]> => {
  const found = new Map<string, string[]>();
  if (typeof node === 'string') {
    const variables = [...node.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)]
      .map((match) => match[1] ?? '')
      .sort();
    found.set(prefix, variables);
  } else if (Array.isArray(node)) {
    node.forEach((item, index) => {
      for (const [key, value] of leaves(item, `${prefix}[${index}]`)) {
        found.set(key, value);
      }
    });
  } else if (typeof node === 'object' && node !== null) {
    for (const [name, item] of Object.entries(node)) {
      for (const [key, value] of leaves(
        item,
        prefix ? `${prefix}.${name}` : name,
      )) {
        found.set(key, value);
      }
    }
  }
  return found;
};

test('English is among the locales', () => {
  expect(locales).toContain('en');
});

describe.each(locales)('locale %s', (lng) => {
  test('has every key the bank uses, non-empty, with both variants for questions', () => {
    expect(checkBankStrings(bank, stringsOf(lng))).toEqual([]);
  });

  test('has the same keys as en with the same interpolation variables', () => {
    const reference = Object.fromEntries(leaves(stringsOf('en')));
    expect(Object.fromEntries(leaves(stringsOf(lng)))).toEqual(reference);
  });
});

test('the key check reports a missing parent variant', () => {
  const strings = structuredClone(stringsOf('en')) as {
    questions: Record<string, Record<string, string>>;
  };
  delete strings.questions['gang']?.['text_parent'];
  expect(checkBankStrings(bank, strings)).toEqual([
    { path: 'questions.gang.text_parent', message: 'is missing' },
  ]);
});
