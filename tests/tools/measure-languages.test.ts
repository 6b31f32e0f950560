import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import {
  containsText,
  measureLanguages,
} from '../../src/cli/measure-languages.ts';

const english = { start: { heading: 'Before you start', submit: 'Start' } };
const german = { start: { heading: 'Bevor Sie beginnen', submit: 'Los' } };
const turkish = {
  start: { heading: 'Başlamadan önce okuyun', submit: 'Başla' },
};

const page =
  '<!doctype html><script type="module" src="./assets/index.js"></script>';
const entry = `const en=${JSON.stringify(english)};import("./de.js");`;

let root: string | undefined;

/** Writes a fake build and locales folder and measures them. */
const measure = async (files: Record<string, string>) => {
  root = await mkdtemp(join(tmpdir(), 'safe-signs-languages-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return measureLanguages(join(root, 'dist'), join(root, 'locales'));
};

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
  root = undefined;
});

describe('measureLanguages', () => {
  test('finds no further language when locales/ holds English only', async () => {
    await expect(
      measure({
        'locales/en/flow.json': JSON.stringify(english),
        'dist/index.html': page,
        'dist/assets/index.js': entry,
      }),
    ).resolves.toEqual([]);
  });

  test('counts a language chunk loaded on demand and the chunks it imports, whatever they are called', async () => {
    const chunk = `import{x}from"./shared-Ab1.js";export default ${JSON.stringify(german)};`;
    const [de] = await measure({
      'locales/en/flow.json': JSON.stringify(english),
      'locales/de/flow.json': JSON.stringify(german),
      'dist/index.html': page,
      'dist/assets/index.js': entry,
      'dist/assets/flow-C9x.js': chunk,
      'dist/assets/shared-Ab1.js': 'export const x=1;import"./index.js";',
    });
    expect(de?.language).toBe('de');
    expect(de?.files.map(({ file }) => file)).toEqual([
      'assets/flow-C9x.js',
      'assets/shared-Ab1.js',
    ]);
    expect(de?.gzipBytes).toBeGreaterThan(0);
    expect(de?.inFirstLoad).toEqual([]);
  });

  test('reports a language whose strings are in the first load', async () => {
    const [de] = await measure({
      'locales/en/flow.json': JSON.stringify(english),
      'locales/de/flow.json': JSON.stringify(german),
      'dist/index.html': page,
      'dist/assets/index.js': `${entry}const de=${JSON.stringify(german)};`,
    });
    expect(de).toMatchObject({
      files: [],
      gzipBytes: 0,
      inFirstLoad: ['assets/index.js'],
    });
  });

  test('finds strings whose letters the build wrote as \\u escapes', async () => {
    const escaped =
      'export default {heading:"Ba\\u015flamadan \\u00f6nce okuyun"}';
    const [tr] = await measure({
      'locales/en/flow.json': JSON.stringify(english),
      'locales/tr/flow.json': JSON.stringify(turkish),
      'dist/index.html': page,
      'dist/assets/index.js': entry,
      'dist/assets/tr-D2.js': escaped,
    });
    expect(tr?.files.map(({ file }) => file)).toEqual(['assets/tr-D2.js']);
  });
});

describe('containsText', () => {
  test.each([
    ['as written', 'a="Before you start"', 'Before you start', true],
    ['JSON-escaped', 'a="Say \\"stop\\" now"', 'Say "stop" now', true],
    ['lower-case \\u escape', 'a="\\u00f6nce"', 'önce', true],
    ['upper-case \\u escape', 'a="\\u00F6nce"', 'önce', true],
    ['absent', 'a="Before you go"', 'Before you start', false],
  ])('%s', (_, code, text, expected) => {
    expect(containsText(code, text)).toBe(expected);
  });
});
