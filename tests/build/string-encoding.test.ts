import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build, type Rollup } from 'vite';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { stringEncodingPlugin } from '../../src/build/string-encoding';
import {
  decodeStrings,
  type EncodedStrings,
  encodeStrings,
  type StringTree,
} from '../../src/i18n/string-encoding';

const readStrings = (language: string, namespace: string): StringTree =>
  JSON.parse(readFileSync(`locales/${language}/${namespace}.json`, 'utf8'));

const shipped = readdirSync('locales', { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && entry.name !== 'en')
  .flatMap(({ name }) =>
    ['ui', 'flow', 'bank'].map((namespace) => [name, namespace] as const),
  );

describe('encodeStrings and decodeStrings', () => {
  test.each(shipped)(
    'the shipped %s %s strings decode to the file as written',
    (language, namespace) => {
      const english = readStrings('en', namespace);
      const strings = readStrings(language, namespace);
      const built = JSON.parse(
        JSON.stringify(encodeStrings(english, strings)),
      ) as EncodedStrings;
      expect(decodeStrings(english, built)).toStrictEqual(strings);
    },
  );

  test.each<[string, StringTree, StringTree, EncodedStrings]>([
    [
      'values follow the English paths with keys sorted at every level',
      { b: 'B', a: { d: 'D', c: 'C' } },
      { a: { c: 'c', d: 'd' }, b: 'b' },
      { values: ['c', 'd', 'b'], extra: [] },
    ],
    [
      'a path the language lacks is null, and absent after decoding',
      { a: 'A', b: { c: 'C' } },
      { a: 'a' },
      { values: ['a', null], extra: [] },
    ],
    [
      'plural forms English does not use survive as extra paths',
      { n_one: 'one', n_other: 'other' },
      { n_few: 'few', n_many: 'many', n_one: 'one', n_other: 'other' },
      {
        values: ['one', 'other'],
        extra: [
          [['n_few'], 'few'],
          [['n_many'], 'many'],
        ],
      },
    ],
    [
      'an array is one leaf, whatever its length',
      { steps: ['one', 'two'] },
      { steps: ['un', 'deux', 'trois'] },
      { values: [['un', 'deux', 'trois']], extra: [] },
    ],
    [
      'a string where English has keys beneath is an extra path',
      { a: { b: 'B' } },
      { a: 'a' },
      { values: [null], extra: [[['a'], 'a']] },
    ],
    [
      'keys where English has a string are extra paths',
      { a: 'A' },
      { a: { b: 'b' } },
      { values: [null], extra: [[['a', 'b'], 'b']] },
    ],
    [
      'a null the language holds is an extra path, since null in values means absent',
      { a: 'A' },
      { a: null },
      { values: [null], extra: [[['a'], null]] },
    ],
    [
      'an empty object is a leaf',
      { a: 'A', b: {} },
      { a: {}, b: {} },
      { values: [{}, {}], extra: [] },
    ],
  ])('%s', (_, english, strings, encoded) => {
    expect(encodeStrings(english, strings)).toEqual(encoded);
    expect(decodeStrings(english, encoded)).toStrictEqual(strings);
  });

  test('decoding against English strings with other paths fails rather than misplacing values', () => {
    expect(() =>
      decodeStrings({ a: 'A', b: 'B' }, { values: ['a'], extra: [] }),
    ).toThrow('Encoded strings hold 1 values for 2 English paths.');
  });
});

let root: string | undefined;

const inRepo = (file: string) => join(process.cwd(), file);

const handlerOf = <Handler>(
  hook: Handler | { handler: Handler } | undefined,
): Handler | undefined =>
  hook && typeof hook === 'object' && 'handler' in hook ? hook.handler : hook;

/** Writes files into a fresh folder, builds `entry.js` there with the plugin alone and returns its exports. */
const buildFiles = async (files: Record<string, string>) => {
  root = await mkdtemp(join(tmpdir(), 'safe-signs-string-encoding-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [stringEncodingPlugin()],
    build: {
      write: false,
      minify: false,
      rollupOptions: { input: 'entry.js', preserveEntrySignatures: 'strict' },
    },
  })) as Rollup.RollupOutput;
  const chunk = output.output.find(
    (file): file is Rollup.OutputChunk => file.type === 'chunk',
  );
  const exports: Record<string, unknown> = await import(
    `data:text/javascript,${encodeURIComponent(chunk?.code ?? '')}`
  );
  return { ...exports };
};

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

const english = { start: { heading: 'Before you start', submit: 'Start' } };
const french = {
  start: { heading: 'Avant de commencer', submit: 'Commencer' },
};

const entry = [
  `export { default as french } from './locales/fr/flow.json';`,
  `export { default as english } from './locales/en/flow.json';`,
  `export { default as elsewhere } from './copy/fr/flow.json';`,
  `export { default as text } from './locales/fr/flow.json?raw';`,
].join('\n');

describe('stringEncodingPlugin', () => {
  test('the build serves a further language as its encoded values, and English, files outside locales/ and ?raw as written', async () => {
    const built = await buildFiles({
      'entry.js': entry,
      'locales/en/flow.json': JSON.stringify(english),
      'locales/fr/flow.json': JSON.stringify(french),
      'copy/fr/flow.json': JSON.stringify(french),
    });
    expect(built).toEqual({
      french: {
        values: ['Avant de commencer', 'Commencer'],
        extra: [],
      },
      english,
      elsewhere: french,
      text: JSON.stringify(french),
    });
  });

  test.each([
    {
      problem: 'a trailing comma',
      text: '{\n  "start": "Avant",\n}',
      message:
        /locales\/fr\/flow\.json is not valid JSON: .*line 3,? column 1\b/,
    },
    {
      problem: 'an array',
      text: '["Avant"]',
      message: 'locales/fr/flow.json must hold a JSON object, not an array.',
    },
    {
      problem: 'a string',
      text: '"Avant"',
      message: 'locales/fr/flow.json must hold a JSON object, not "Avant".',
    },
    {
      problem: 'a key named __proto__',
      text: '{ "start": { "__proto__": { "heading": "x" } } }',
      message:
        'locales/fr/flow.json has a key named __proto__ at start.__proto__.',
    },
  ])(
    'a French file with $problem fails the build naming the file',
    async ({ text, message }) => {
      await expect(
        buildFiles({
          'entry.js': entry,
          'locales/en/flow.json': JSON.stringify(english),
          'locales/fr/flow.json': text,
          'copy/fr/flow.json': JSON.stringify(french),
        }),
      ).rejects.toThrow(message);
    },
  );

  test('a broken English file fails the build naming it', async () => {
    await expect(
      buildFiles({
        'entry.js': entry,
        'locales/en/flow.json': '[]',
        'locales/fr/flow.json': JSON.stringify(french),
        'copy/fr/flow.json': JSON.stringify(french),
      }),
    ).rejects.toThrow(
      'locales/en/flow.json must hold a JSON object, not an array.',
    );
  });

  test('a build in watch mode encodes a further language again when the English file it follows changes', () => {
    const addWatchFile = vi.fn();
    handlerOf(stringEncodingPlugin().transform)?.call(
      { addWatchFile } as never,
      JSON.stringify(readStrings('fr', 'ui')),
      inRepo('locales/fr/ui.json'),
      {} as never,
    );
    expect(addWatchFile).toHaveBeenCalledWith(inRepo('locales/en/ui.json'));
  });

  test('the dev server encodes the same file of every further language again when an English file changes', async () => {
    const modules = [
      'locales/en/ui.json',
      'locales/fr/ui.json',
      'locales/fr/flow.json',
      'locales/ar/ui.json',
      'src/i18n/languages.ts',
    ].map((file) => ({ file: inRepo(file) }));
    const [englishUi, frenchUi, , arabicUi] = modules;
    const invalidateModule = vi.fn();
    const moduleGraph = {
      idToModuleMap: new Map(modules.map((mod) => [mod.file, mod])),
      invalidateModule,
    };
    const updated = await handlerOf(stringEncodingPlugin().hotUpdate)?.call(
      { environment: { moduleGraph } } as never,
      { file: inRepo('locales/en/ui.json'), modules: [englishUi] } as never,
    );
    expect(updated).toEqual([englishUi, frenchUi, arabicUi]);
    expect(invalidateModule.mock.calls).toEqual([[frenchUi], [arabicUi]]);
  });
});
