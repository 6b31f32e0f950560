import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../tests/e2e/harness/chromium.ts';
import {
  bareReactQuestion,
  buildBareReact,
  prepareStaticPage,
} from './bench-baselines.ts';
import {
  type FlowFigures,
  measureFirstQuestion,
  measureFlow,
  measureSessions,
} from './bench-flow.ts';
import {
  type LighthouseFigures,
  measureLighthouse,
} from './bench-lighthouse.ts';
import { type LoadFigures, measureLoad, throttling } from './bench-page.ts';
import { formatReport, summarise, type RunFigures } from './bench-report.ts';
import {
  type Encoding,
  encodings,
  startCompressedServer,
} from './bench-server.ts';
import { measureScoring } from './bench-score.ts';
import { measureFirstLoad } from './measure-first-load.ts';
import { measureLanguages } from './measure-languages.ts';
import { measureModules } from './measure-modules.ts';

const usage =
  'npm run bench -- [--runs 5] [--sessions 100] [--encoding gzip|br] [--no-build] [--no-lighthouse] [--out bench-results.json]';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    sessions: { type: 'string', default: '100' },
    encoding: { type: 'string', default: 'gzip' },
    out: { type: 'string', default: 'bench-results.json' },
    'no-build': { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (options.help) {
  process.stdout.write(`${usage}\n`);
  process.exit(0);
}
const runs = Number(options.runs);
const sessions = Number(options.sessions);
const encoding = options.encoding as Encoding;
if (
  !Number.isInteger(runs) ||
  runs < 1 ||
  !Number.isInteger(sessions) ||
  sessions < 2 ||
  !encodings.includes(encoding)
) {
  process.stderr.write(`${usage}\n`);
  process.exit(2);
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const distDir = resolve('dist');

if (!options['no-build']) {
  log('Building…');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
}

const workDir = await mkdtemp(join(tmpdir(), 'safe-signs-bench-'));
const staticDir = join(workDir, 'static');
const bareDir = join(workDir, 'bare-react');
await prepareStaticPage(distDir, staticDir);
await buildBareReact(bareDir);

const [appServer, staticServer, bareServer] = await Promise.all([
  startCompressedServer(distDir, encoding),
  startCompressedServer(staticDir, encoding),
  startCompressedServer(bareDir, encoding),
]);
const browser = await launchChromium();
const url = (origin: string) => `${origin}/`;

try {
  log('Warming up…');
  // The first page a fresh browser opens is slower; none of the measured runs should be it.
  for (const server of [appServer, staticServer, bareServer]) {
    await measureLoad(browser, url(server.origin), 0);
  }
  const perRun: RunFigures[] = [];
  for (let run = 1; run <= runs; run += 1) {
    log(`Run ${run} of ${runs}…`);
    // Interleaved, so noise from other work on the machine falls on every page alike.
    const appLoad: LoadFigures = await measureLoad(
      browser,
      url(appServer.origin),
    );
    const appFlow: FlowFigures = await measureFlow(
      browser,
      url(appServer.origin),
    );
    const staticLoad = await measureLoad(browser, url(staticServer.origin));
    const bareLoad = await measureLoad(browser, url(bareServer.origin));
    const bareQuestion = await measureFirstQuestion(
      browser,
      url(bareServer.origin),
      bareReactQuestion,
    );
    const lighthouse: LighthouseFigures | undefined = options['no-lighthouse']
      ? undefined
      : await measureLighthouse(url(appServer.origin)).catch(
          (error: unknown) => {
            log(`Lighthouse did not run: ${String(error)}`);
            return undefined;
          },
        );
    perRun.push({
      appLoad,
      appFlow,
      staticLoad,
      bareLoad,
      bareQuestion,
      lighthouse,
    });
  }
  log(`${sessions} sessions with Start over…`);
  const sessionHeap = await measureSessions(
    browser,
    url(appServer.origin),
    sessions,
  );
  log('Languages, modules and scoring…');
  const figures = summarise({
    settings: {
      runs,
      sessions,
      encoding,
      throttling,
      chromium: browser.version(),
      node: process.version,
      date: new Date().toISOString(),
    },
    perRun,
    sessionHeap,
    firstLoadFiles: await measureFirstLoad(distDir),
    languages: await measureLanguages(distDir, resolve('locales')),
    modules: await measureModules(),
    scoring: measureScoring(),
  });
  const out = resolve(options.out);
  await writeFile(out, `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(formatReport(figures));
  process.stdout.write(`\nAll figures as JSON: ${out}\n`);
} finally {
  await browser.close();
  await Promise.all(
    [appServer, staticServer, bareServer].map((server) => server.close()),
  );
  await rm(workDir, { recursive: true, force: true });
}
