import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { appCatalog, referenceLanguage } from '../../src/i18n/languages';

const readStrings = (language: string) =>
  Object.fromEntries(
    ['ui', 'flow', 'bank'].map((namespace) => [
      namespace,
      JSON.parse(
        readFileSync(`locales/${language}/${namespace}.json`, 'utf8'),
      ) as unknown,
    ]),
  );

const further = appCatalog.languages
  .map(({ code }) => code)
  .filter((code) => code !== referenceLanguage);

test('the app offers every further language in locales/', () => {
  const folders = readdirSync('locales', { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => name)
    .filter((name) => name !== referenceLanguage);
  expect(further).toEqual(folders.sort());
});

test.each(further)(
  'the app loads the %s strings as locales/ holds them, through their encoding',
  async (code) => {
    expect(await appCatalog.load(code)).toEqual(readStrings(code));
  },
);
