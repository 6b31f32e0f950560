import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { describe, expect, test } from 'vitest';
import { bankPlugin } from '../../src/build/bank-plugin';

const root = fileURLToPath(new URL('../..', import.meta.url));

const buildWith = (files: { bank: string; strings: string }) =>
  build({
    root,
    configFile: false,
    logLevel: 'silent',
    plugins: [bankPlugin(files)],
    build: {
      write: false,
      rollupOptions: { input: 'src/bank/schema.ts' },
    },
  });

describe('bankPlugin', () => {
  test('lets the build pass with the shipped bank and strings', async () => {
    await expect(
      buildWith({
        bank: 'questions/bank.json',
        strings: 'locales/en/bank.json',
      }),
    ).resolves.toBeDefined();
  });

  test('fails the build naming the bank file and each broken path', async () => {
    await expect(
      buildWith({
        bank: 'tests/fixtures/banks/duplicate-id.json',
        strings: 'locales/en/bank.json',
      }),
    ).rejects.toThrow(
      /tests\/fixtures\/banks\/duplicate-id\.json is invalid \(1 issue\):\n {2}- questions\[21\]\.id: duplicate id "school-absences"/,
    );
  });

  test('fails the build naming the strings file and each missing key', async () => {
    await expect(
      buildWith({
        bank: 'questions/bank.json',
        strings: 'tests/fixtures/banks/missing-string.en.json',
      }),
    ).rejects.toThrow(
      /missing-string\.en\.json is invalid \(4 issues\):\n {2}- questions\.gang\.text_parent: is missing/,
    );
  });
});
