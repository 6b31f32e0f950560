import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { chromiumPath } from '../../tests/e2e/harness/chromium.ts';

export type LighthouseFigures = {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  speedIndexMs: number;
  interactiveMs: number;
};

type Report = {
  runtimeError?: { code: string };
  categories: { performance: { score: number | null } };
  audits: Record<string, { numericValue?: number }>;
};

const lighthouseBin = resolve('node_modules/.bin/lighthouse');
// The flags tests/e2e/harness/chromium.ts launches with; Lighthouse starts its own Chromium.
const chromeFlags =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';

const runOnce = async (url: string): Promise<Report> => {
  const dir = await mkdtemp(join(tmpdir(), 'safe-signs-lighthouse-'));
  try {
    const output = join(dir, 'report.json');
    await promisify(execFile)(
      lighthouseBin,
      [
        url,
        '--only-categories=performance',
        '--output=json',
        `--output-path=${output}`,
        `--chrome-flags=${chromeFlags}`,
        '--quiet',
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath() } },
    );
    return JSON.parse(await readFile(output, 'utf8')) as Report;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

/**
 * Lighthouse 12's performance category with its default mobile settings
 * (simulated slow 4G and 4x CPU). Tries twice, since Lighthouse now and then
 * fails to find the navigation in Chromium's trace.
 */
export const measureLighthouse = async (
  url: string,
): Promise<LighthouseFigures> => {
  let report = await runOnce(url);
  if (report.runtimeError) report = await runOnce(url);
  if (report.runtimeError) {
    throw new Error(`Lighthouse failed: ${report.runtimeError.code}`);
  }
  const audit = (id: string) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: (report.categories.performance.score ?? NaN) * 100,
    fcpMs: audit('first-contentful-paint'),
    lcpMs: audit('largest-contentful-paint'),
    tbtMs: audit('total-blocking-time'),
    speedIndexMs: audit('speed-index'),
    interactiveMs: audit('interactive'),
  };
};
