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
      what: 'a screen importing another screen',
      filePath: 'src/screens/results/fixture.tsx',
      code: "import { StartIntro } from '../start/start-intro';\nexport const f = () => StartIntro;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'a screen importing flow',
      filePath: 'src/screens/results/fixture.tsx',
      code: "import { Questionnaire } from '../../flow/questionnaire';\nexport const f = () => Questionnaire;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'components importing a screen',
      filePath: 'src/components/fixture.tsx',
      code: "import { ResultsPage } from '../screens/results/results-page';\nexport const f = () => ResultsPage;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'flow importing shell',
      filePath: 'src/flow/fixture.tsx',
      code: "import { Layout } from '../shell/layout';\nexport const f = () => Layout;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'shell importing flow',
      filePath: 'src/shell/fixture.tsx',
      code: "import { Questionnaire } from '../flow/questionnaire';\nexport const f = () => Questionnaire;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'i18n importing components',
      filePath: 'src/i18n/fixture.ts',
      code: "import { radioId } from '../components/radio-id';\nexport const f = () => radioId;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'run-time code importing build',
      filePath: 'src/flow/fixture.ts',
      code: "import { securityHeaders } from '../build/security-headers';\nexport const f = () => securityHeaders;",
      rules: ['import/no-restricted-paths'],
    },
    {
      what: 'run-time code importing a Node module',
      filePath: 'src/components/fixture.ts',
      code: "import { readFile } from 'node:fs/promises';\nexport const f = () => readFile;",
      rules: ['no-restricted-imports'],
    },
    {
      what: 'console in src',
      filePath: 'src/flow/fixture.tsx',
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
      what: 'flow importing screens, i18n and bank',
      filePath: 'src/flow/fixture.tsx',
      code: "import { createI18n } from '../i18n/i18n';\nimport { levels } from '../bank/schema';\nimport { ResultsPage } from '../screens/results/results-page';\nexport const f = () => [createI18n, levels, ResultsPage];",
    },
    {
      what: 'a screen importing components and its own files',
      filePath: 'src/screens/results/fixture.tsx',
      code: "import { RadioFieldset } from '../../components/radio-fieldset';\nimport { PrintOptions } from './print-options';\nexport const f = () => [RadioFieldset, PrintOptions];",
    },
    {
      what: 'build importing a Node module',
      filePath: 'src/build/fixture.ts',
      code: "import { readFile } from 'node:fs/promises';\nexport const f = () => readFile;",
    },
    {
      what: 'app importing flow and shell',
      filePath: 'src/fixture.tsx',
      code: "import { Questionnaire } from './flow/questionnaire';\nimport { Layout } from './shell/layout';\nexport const f = () => [Questionnaire, Layout];",
    },
  ])('$what is allowed', async ({ filePath, code }) => {
    await expect(lintAs(filePath, code)).resolves.toEqual([]);
  });
});
