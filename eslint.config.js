import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const screens = [
  'start',
  'question-step',
  'emergency',
  'check-answers',
  'results',
];

const runTimeOnly = ['./src/build', './src/cli'];

const nodeModules = {
  group: ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'vite'],
  message: 'Run-time code must not import Node modules (STYLE.md).',
};

// The import table of STYLE.md: each room lists what it must not import.
const zones = [
  {
    target: './src/bank',
    from: [
      './src/scoring',
      './src/i18n',
      './src/components',
      './src/screens',
      './src/flow',
      './src/shell',
      './src/app.tsx',
      ...runTimeOnly,
    ],
    message: 'bank/ imports zod only (STYLE.md).',
  },
  {
    target: './src/scoring',
    from: [
      './src/i18n',
      './src/components',
      './src/screens',
      './src/flow',
      './src/shell',
      './src/app.tsx',
      ...runTimeOnly,
    ],
    message: 'scoring/ is pure: it imports only types from bank/.',
  },
  {
    target: './src/i18n',
    from: [
      './src/bank',
      './src/scoring',
      './src/components',
      './src/screens',
      './src/flow',
      './src/shell',
      './src/app.tsx',
      ...runTimeOnly,
    ],
    message: 'i18n/ must not import bank, scoring or UI (STYLE.md).',
  },
  {
    target: './src/components',
    from: [
      './src/screens',
      './src/flow',
      './src/shell',
      './src/app.tsx',
      ...runTimeOnly,
    ],
    message: 'components/ must not import screens, flow, shell or app.',
  },
  ...screens.map((screen) => ({
    target: `./src/screens/${screen}`,
    from: './src/screens',
    except: [`./${screen}`],
    message: 'A screen must not import another screen (STYLE.md).',
  })),
  {
    target: './src/screens',
    from: ['./src/flow', './src/shell', './src/app.tsx', ...runTimeOnly],
    message: 'screens/ must not import flow, shell or app.',
  },
  {
    target: './src/flow',
    from: ['./src/shell', './src/app.tsx', ...runTimeOnly],
    message: 'flow/ must not import shell or app.',
  },
  {
    target: './src/shell',
    from: ['./src/flow', './src/screens', './src/app.tsx', ...runTimeOnly],
    message: 'shell/ must not import flow, screens or app.',
  },
  {
    target: ['./src/main.tsx', './src/app.tsx'],
    from: runTimeOnly,
    message: 'Run-time code must not import build/ or cli/.',
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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/build/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [nodeModules] }],
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
            nodeModules,
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
            nodeModules,
          ],
        },
      ],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/build/**/*.ts', 'tests/**/*.{ts,tsx}'],
    rules: {
      'no-console': 'off',
    },
  },
);
