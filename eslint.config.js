import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const zones = [
  {
    target: './src/bank',
    from: ['./src/scoring', './src/steps', './src/i18n', './src/app.tsx'],
    message: 'bank/ must not import scoring, steps, i18n or app (STYLE.md).',
  },
  {
    target: './src/scoring',
    from: ['./src/steps', './src/i18n', './src/app.tsx'],
    message: 'scoring/ is pure: it must not import steps, i18n or app.',
  },
  {
    target: './src/i18n',
    from: ['./src/bank', './src/scoring', './src/steps', './src/app.tsx'],
    message: 'i18n/ must not import bank, scoring, steps or app.',
  },
  {
    target: './src/steps',
    from: ['./src/app.tsx'],
    message: 'steps/ must not import app.',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'tests/fixtures/lint'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: {
      import: importPlugin,
      'react-hooks': reactHooks,
      'jsx-a11y': jsxA11y,
    },
    settings: {
      'import/resolver': {
        node: { extensions: ['.ts', '.tsx', '.js', '.json'] },
      },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
      'import/no-cycle': 'error',
      'import/no-restricted-paths': ['error', { zones }],
    },
  },
  {
    files: ['src/scoring/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zod', 'zod/*', 'i18next', '*i18n*'],
              message: 'scoring/ is pure: no React, zod or i18next.',
            },
            {
              group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https'],
              message: 'scoring/ is pure: no I/O or Node modules.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'navigator',
        'localStorage',
        'sessionStorage',
        'fetch',
        'XMLHttpRequest',
        'performance',
        'crypto',
        'process',
        'setTimeout',
        'setInterval',
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date']",
          message: 'scoring/ has no clock.',
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'scoring/ has no clock.' },
        {
          object: 'Math',
          property: 'random',
          message: 'scoring/ has no randomness.',
        },
      ],
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/bank/*'],
              allowTypeImports: true,
              message: 'scoring/ may only `import type` from bank/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/bank/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'i18next', '*i18n*'],
              message: 'bank/ may import zod only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'off',
    },
  },
);
