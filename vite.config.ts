import react from '@vitejs/plugin-react';
import { type Plugin, loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { bankPlugin } from './src/build/bank-plugin.ts';
import { localeChunkName } from './src/build/locale-chunks.ts';
import { stringEncodingPlugin } from './src/build/string-encoding.ts';
import {
  contentSecurityPolicyMeta,
  resolveExitUrl,
  securityHeaders,
} from './src/build/security-headers.ts';

const headersFile = `/*\n${Object.entries(securityHeaders)
  .map(([name, value]) => `  ${name}: ${value}`)
  .join('\n')}\n`;

// Build only: the dev server's React refresh preamble is an inline script.
const contentSecurityPolicy = (): Plugin => ({
  name: 'safe-signs-csp',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html) => {
      const anchor = '<meta charset="UTF-8" />';
      if (!html.includes(anchor)) {
        throw new Error(`index.html must contain ${anchor} for the CSP meta.`);
      }
      return html.replace(
        anchor,
        `${anchor}\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyMeta}" />`,
      );
    },
  },
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile });
  },
});

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const exitUrl = resolveExitUrl(
    process.env.VITE_EXIT_URL ?? env.VITE_EXIT_URL,
  );
  return {
    base: './',
    plugins: [
      react(),
      bankPlugin(),
      stringEncodingPlugin(),
      contentSecurityPolicy(),
    ],
    define: {
      'import.meta.env.VITE_EXIT_URL': JSON.stringify(exitUrl),
    },
    build: {
      target: 'es2020',
      sourcemap: false,
      modulePreload: { polyfill: false },
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [{ name: localeChunkName, debugName: 'locales' }],
          },
        },
      },
    },
    preview: { headers: securityHeaders },
    test: {
      projects: [
        {
          extends: true,
          test: {
            name: 'node',
            environment: 'node',
            // ESLint and child processes start slowly on a busy two-core machine.
            testTimeout: 20_000,
            include: [
              'tests/{bank,scoring,questions,locales,tools,cli,build}/**/*.test.ts',
            ],
          },
        },
        {
          extends: true,
          test: {
            name: 'dom',
            environment: 'jsdom',
            testTimeout: 20_000,
            include: [
              'tests/{app,flow,screens,shell,components,i18n}/**/*.test.{ts,tsx}',
            ],
            setupFiles: ['tests/setup-dom.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            testTimeout: 60_000,
            hookTimeout: 60_000,
            pool: 'forks',
            maxWorkers: 1,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
