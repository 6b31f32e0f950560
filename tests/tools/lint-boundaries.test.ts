import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint();

// Each row lints source text as if it lived at filePath, so no fixture file has to sit in src/.
const lintAs = async (filePath: string, code: string) => {
  const [result] = await eslint.lintText(`${code}\n`, { filePath });
  return (result?.messages ?? []).map((message) => message.ruleId);
};

describe('import boundaries from STYLE.md', () => {
  test.each([
    {
      what: 'scoring importing app',
      filePath: 'src/scoring/fixture.ts',
      code: "import { App } from '../app';\nexport const f = () => App;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'scoring importing React',
      filePath: 'src/scoring/fixture.ts',
      code: "import { useState } from 'react';\nexport const f = () => useState;",
      rules: ['no-restricted-imports'],
    },
    {
      what: 'scoring importing a value from bank',
      filePath: 'src/scoring/fixture.ts',
      code: "import { levels } from '../bank/schema';\nexport const f = () => levels;",
      rules: ['@typescript-eslint/no-restricted-imports'],
    },
    {
      what: 'scoring reading the clock',
      filePath: 'src/scoring/fixture.ts',
      code: 'export const f = () => Date.now();',
      rules: ['no-restricted-properties'],
    },
    {
      what: 'scoring touching the DOM',
      filePath: 'src/scoring/fixture.ts',
      code: 'export const f = () => document.title;',
      rules: ['no-restricted-globals'],
    },
    {
      what: 'bank importing scoring',
      filePath: 'src/bank/fixture.ts',
      code: "import { score } from '../scoring/score';\nexport const f = () => score;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'i18n importing bank',
      filePath: 'src/i18n/fixture.ts',
      code: "import { levels } from '../bank/schema';\nexport const f = () => levels;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'steps importing app',
      filePath: 'src/steps/fixture.tsx',
      code: "import { App } from '../app';\nexport const f = () => App;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'console in src',
      filePath: 'src/steps/fixture.tsx',
      code: "export const f = () => console.log('x');",
      rules: ['no-console'],
    },
  ])('$what is an error', async ({ filePath, code, rules }) => {
    await expect(lintAs(filePath, code)).resolves.toEqual(rules);
  });

  test.each([
    {
      what: 'scoring importing only types from bank',
      filePath: 'src/scoring/fixture.ts',
      code: "import type { Level } from '../bank/schema';\nexport const f = (level: Level) => level;",
    },
    {
      what: 'steps importing i18n and bank',
      filePath: 'src/steps/fixture.tsx',
      code: "import { createI18n } from '../i18n/i18n';\nimport { levels } from '../bank/schema';\nexport const f = () => [createI18n, levels];",
    },
    {
      what: 'app importing steps',
      filePath: 'src/fixture.tsx',
      code: "import { StartIntro } from './steps/start-intro';\nexport const f = () => StartIntro;",
    },
  ])('$what is allowed', async ({ filePath, code }) => {
    await expect(lintAs(filePath, code)).resolves.toEqual([]);
  });
});
