import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkLocales, formatLocaleReport } from '../../src/cli/check-locales';
import { stampLocale } from '../../src/cli/stamp-locale';

const fixture = (name: string) => `tests/fixtures/locales/check/${name}`;

describe('checkLocales on broken locales', () => {
  test('a complete Spanish and Russian with fresh fingerprints passes', () => {
    expect(checkLocales(fixture('valid'))).toEqual({
      checked: ['en', 'es', 'ru'],
      untranslated: [],
      problems: [],
      stale: {},
    });
  });

  test('broken JSON names the file and the parser error', () => {
    const { problems } = checkLocales(fixture('broken-json'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'tests/fixtures/locales/check/broken-json/es/ui.json',
      key: '',
    });
    expect(problems[0]?.problem).toMatch(/^is not valid JSON: .*position/);
  });

  test('a missing key and a key English does not have are named', () => {
    expect(checkLocales(fixture('missing-key')).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/missing-key/es/flow.json",
          "key": "step.progress",
          "problem": "is missing",
        },
        {
          "file": "tests/fixtures/locales/check/missing-key/es/bank.json",
          "key": "extra",
          "problem": "is not in English",
        },
      ]
    `);
  });

  test('a wrong variable is named with both sets, and a plural form may leave out {{count}}', () => {
    expect(checkLocales(fixture('wrong-variable')).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/wrong-variable/es/ui.json",
          "key": "exit.pressesLeft_other",
          "problem": "uses {{count}} {{place}} but English uses {{count}} ({{count}} may be left out)",
        },
        {
          "file": "tests/fixtures/locales/check/wrong-variable/es/flow.json",
          "key": "step.progress",
          "problem": "uses {{actual}} {{total}} but English uses {{current}} {{total}}",
        },
      ]
    `);
  });

  test('plural forms follow the language: Russian needs many, has no two, and may add zero', () => {
    expect(checkLocales(fixture('plural-forms')).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/plural-forms/ru/ui.json",
          "key": "exit.pressesLeft_many",
          "problem": "is missing (Russian uses the plural forms one, few, many, other)",
        },
        {
          "file": "tests/fixtures/locales/check/plural-forms/ru/ui.json",
          "key": "exit.pressesLeft_two",
          "problem": "is not a plural form Russian uses (one, few, many, other)",
        },
      ]
    `);
  });

  test('empty strings and non-strings fail', () => {
    expect(checkLocales(fixture('empty-string')).problems)
      .toMatchInlineSnapshot(`
        [
          {
            "file": "tests/fixtures/locales/check/empty-string/es/bank.json",
            "key": "questions.q1.text",
            "problem": "is empty",
          },
          {
            "file": "tests/fixtures/locales/check/empty-string/es/bank.json",
            "key": "items[1]",
            "problem": "must be a string, not number",
          },
        ]
      `);
  });

  test('a missing string file fails', () => {
    expect(checkLocales(fixture('missing-file')).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/missing-file/es/bank.json",
          "key": "",
          "problem": "is missing: a language needs ui.json, flow.json, bank.json",
        },
      ]
    `);
  });

  test('meta.json is checked against its schema', () => {
    expect(checkLocales(fixture('bad-meta')).problems).toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/bad-meta/es/meta.json",
          "key": "htmlLang",
          "problem": "must be a BCP 47 language tag",
        },
        {
          "file": "tests/fixtures/locales/check/bad-meta/es/meta.json",
          "key": "dir",
          "problem": "Invalid option: expected one of "ltr"|"rtl"",
        },
        {
          "file": "tests/fixtures/locales/check/bad-meta/es/meta.json",
          "key": "reviewed",
          "problem": "Invalid input: expected boolean, received undefined",
        },
      ]
    `);
  });

  test('a language folder without meta.json fails', () => {
    expect(checkLocales(fixture('missing-meta')).problems)
      .toMatchInlineSnapshot(`
      [
        {
          "file": "tests/fixtures/locales/check/missing-meta/es/meta.json",
          "key": "",
          "problem": "is missing: every language folder needs one",
        },
      ]
    `);
  });

  test('a language with meta.json only is listed as not translated yet, not checked', () => {
    expect(checkLocales(fixture('untranslated'))).toEqual({
      checked: ['en'],
      untranslated: ['fr'],
      problems: [],
      stale: {},
    });
  });
});

describe('staleness', () => {
  test('a key whose English changed and a key with no fingerprint are stale', () => {
    expect(checkLocales(fixture('stale')).stale).toMatchInlineSnapshot(`
      {
        "es": [
          {
            "file": "tests/fixtures/locales/check/stale/es/flow.json",
            "key": "step.progress",
            "reason": "English has changed since this was translated",
          },
          {
            "file": "tests/fixtures/locales/check/stale/es/bank.json",
            "key": "items[1]",
            "reason": "has no fingerprint",
          },
        ],
      }
    `);
  });

  test('the report lists stale keys per language with the command to stamp them', () => {
    expect(formatLocaleReport(checkLocales(fixture('stale'))))
      .toMatchInlineSnapshot(`
        "Stale in es (2): run npm run locales:stamp -- --lang es once the translation is updated
          tests/fixtures/locales/check/stale/es/flow.json: step.progress: English has changed since this was translated
          tests/fixtures/locales/check/stale/es/bank.json: items[1]: has no fingerprint
        Checked: en, es
        "
      `);
  });
});

describe('stampLocale', () => {
  let dir: string | undefined;
  const copyOf = (name: string) => {
    dir = mkdtempSync(join(tmpdir(), 'locales-'));
    cpSync(fixture(name), dir, { recursive: true });
    return dir;
  };
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  test('stamping a language makes every key fresh', () => {
    const copy = copyOf('stale');
    expect(stampLocale(copy, 'es')).toMatchObject({ ok: true });
    expect(checkLocales(copy).stale).toEqual({});
  });

  test('stamping one key leaves the other stale keys stale', () => {
    const copy = copyOf('stale');
    expect(stampLocale(copy, 'es', ['flow:step.progress'])).toEqual({
      ok: true,
      stamped: ['flow:step.progress'],
    });
    expect(checkLocales(copy).stale['es']?.map(({ key }) => key)).toEqual([
      'items[1]',
    ]);
  });

  test('stamping refuses while the language has a problem, and writes nothing', () => {
    const copy = copyOf('missing-key');
    const result = stampLocale(copy, 'es');
    expect(result.ok).toBe(false);
    expect(() => readFileSync(join(copy, 'es', 'fingerprints.json'))).toThrow();
  });

  test('stamping an unknown key names it', () => {
    const copy = copyOf('stale');
    expect(stampLocale(copy, 'es', ['ui:no.such.key'])).toMatchObject({
      ok: false,
      problems: [{ key: 'ui:no.such.key' }],
    });
  });
});
