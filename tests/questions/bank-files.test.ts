import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { loadBank } from '../../src/bank/load-bank';

const dir = new URL('../../questions/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

test('the questions folder holds a bank', () => {
  expect(files).toContain('bank.json');
});

test.each(files)('questions/%s parses and passes every cross-check', (name) => {
  const input: unknown = JSON.parse(readFileSync(new URL(name, dir), 'utf8'));
  expect(loadBank(input, `questions/${name}`).version).toMatch(
    /^\d+\.\d+\.\d+$/,
  );
});
