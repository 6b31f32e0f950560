import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { checkLocales } from '../../src/cli/check-locales';
import { languageMetaSchema } from '../../src/i18n/language-meta';

const report = checkLocales('locales');

const planned = ['en', 'es', 'zh', 'tl', 'vi', 'ar', 'fr', 'ko', 'ru', 'ht'];

const metaOf = (lng: string) =>
  languageMetaSchema.parse(
    JSON.parse(readFileSync(`locales/${lng}/meta.json`, 'utf8')),
  );

describe('locales/', () => {
  test('every locale file passes parity with English: keys, variables, plural forms, no empty strings', () => {
    expect(report.problems).toEqual([]);
  });

  test('no translation is stale against the current English', () => {
    expect(report.stale).toEqual({});
  });

  test('the ten languages each have a folder with meta.json', () => {
    expect(
      readdirSync('locales', { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map(({ name }) => name)
        .sort(),
    ).toEqual([...planned].sort());
  });

  test('no translation claims a fluent-speaker review yet', () => {
    expect(
      planned.filter((lng) => lng !== 'en' && metaOf(lng).reviewed),
    ).toEqual([]);
  });

  test.each([
    ['ar', 'ar', 'rtl'],
    ['zh', 'zh-Hans', 'ltr'],
    ['tl', 'tl', 'ltr'],
    ['ht', 'ht', 'ltr'],
  ])('%s sets html lang %s and dir %s', (lng, htmlLang, dir) => {
    expect(metaOf(lng)).toMatchObject({ htmlLang, dir });
  });
});
