import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { measureFirstLoad } from '../../src/cli/measure-first-load.ts';

// DESIGN.md 10: the whole first load under 100 kB compressed, gzip level 9 as npm run bench serves it.
const budgetGzipBytes = 100_000;
// The page, the entry script, one stylesheet, and room for one chunk the entry preloads; critical CSS inline makes it fewer.
const maxRequests = 4;

describe('first load size', () => {
  test(`the first load makes at most ${maxRequests} requests: the page, then only scripts and stylesheets`, async () => {
    const files = (await measureFirstLoad(resolve('dist'))).map(
      ({ file }) => file,
    );
    expect(files[0]).toBe('index.html');
    expect(files.length).toBeLessThanOrEqual(maxRequests);
    for (const file of files.slice(1)) {
      expect(file).toMatch(/^assets\/[\w.-]+\.(js|css)$/);
    }
  });

  test(`the first load stays under ${budgetGzipBytes / 1000} kB gzipped`, async () => {
    const files = await measureFirstLoad(resolve('dist'));
    const total = files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0);
    expect(
      total,
      `first load is ${total} bytes gzipped; run npm run bench:size to see which file grew and npm run bench:modules to see which module`,
    ).toBeLessThanOrEqual(budgetGzipBytes);
  });
});
