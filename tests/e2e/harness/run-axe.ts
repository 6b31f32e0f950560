import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

type AxeViolation = { id: string; impact: string | null; targets: string[] };

declare global {
  interface Window {
    axe?: {
      run: (
        context?: unknown,
        options?: unknown,
      ) => Promise<{
        violations: {
          id: string;
          impact?: string | null;
          nodes: { target: unknown[] }[];
        }[];
      }>;
    };
  }
}

/** Runs axe-core's WCAG 2.x A and AA rules on the page; evaluate is not subject to the page's CSP. */
export const runAxe = async (page: Page): Promise<AxeViolation[]> => {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    if (!window.axe) throw new Error('axe-core did not load.');
    const result = await window.axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
      },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
};
