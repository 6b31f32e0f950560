import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
import { expect, test } from 'vitest';

const eslint = new ESLint();
// The first lint that reaches into node_modules walks its import graph for import/no-cycle.
const timeout = 60_000;

const scoringFile = 'src/scoring/score.ts';

/** Lints code as if it were the scoring module (a real path: eslint-plugin-import needs one). */
const rulesBroken = async (code: string) => {
  const [result] = await eslint.lintText(code, { filePath: scoringFile });
  return (result?.messages ?? []).map(({ ruleId }) => ruleId);
};

test.each([
  [
    "import { useState } from 'react';\nexport const s = useState;\n",
    'no-restricted-imports',
  ],
  [
    "import { z } from 'zod';\nexport const s = z.string();\n",
    'no-restricted-imports',
  ],
  [
    "import i18next from 'i18next';\nexport const t = i18next.t;\n",
    'no-restricted-imports',
  ],
  [
    "import { bankSchema } from '../bank/schema';\nexport const s = bankSchema;\n",
    '@typescript-eslint/no-restricted-imports',
  ],
  ['export const now = () => Date.now();\n', 'no-restricted-properties'],
  ['export const pick = () => Math.random();\n', 'no-restricted-properties'],
  ['export const title = () => document.title;\n', 'no-restricted-globals'],
  ['export const load = () => fetch("/bank.json");\n', 'no-restricted-globals'],
  [
    'export const store = () => localStorage.length;\n',
    'no-restricted-globals',
  ],
  ["export const log = () => console.log('x');\n", 'no-console'],
])(
  'lint rejects impure scoring code: %s',
  async (code, rule) => {
    expect(await rulesBroken(code)).toEqual([rule]);
  },
  timeout,
);

test(
  'lint accepts the scoring module as it is',
  async () => {
    expect(await rulesBroken(readFileSync(scoringFile, 'utf8'))).toEqual([]);
  },
  timeout,
);
