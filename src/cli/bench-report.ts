import type { FlowFigures } from './bench-flow.ts';
import type { LighthouseFigures } from './bench-lighthouse.ts';
import type {
  FirstQuestionFigures,
  LoadFigures,
  ResourceSize,
} from './bench-page.ts';
import { formatScoring, type ScoringFigures } from './bench-score.ts';
import { median, percentile, type Spread, spread } from './bench-stats.ts';
import type { LoadedFile } from './measure-first-load.ts';
import type { LanguageLoad } from './measure-languages.ts';
import { type ChunkModules, groupModules } from './measure-modules.ts';

type QuestionFigures = FirstQuestionFigures & { heapBytes: number };

export type RunFigures = {
  appLoad: LoadFigures;
  appFlow: FlowFigures;
  staticLoad: LoadFigures;
  bareLoad: LoadFigures;
  bareQuestion: QuestionFigures;
  lighthouse: LighthouseFigures | undefined;
};

type BenchInput = {
  settings: Record<string, unknown> & {
    runs: number;
    encoding: string;
    chromium: string;
    throttling: {
      cpuRate: number;
      latencyMs: number;
      downloadBytesPerSecond: number;
      uploadBytesPerSecond: number;
    };
  };
  perRun: RunFigures[];
  sessionHeap: number[];
  firstLoadFiles: LoadedFile[];
  languages: LanguageLoad[];
  modules: ChunkModules[];
  scoring: ScoringFigures;
};

type Sizes = { requests: Spread; encodedBytes: Spread; decodedBytes: Spread };

const sizes = (lists: readonly ResourceSize[][]): Sizes => {
  const total = (key: 'encodedBytes' | 'decodedBytes') =>
    spread(
      lists.map((resources) =>
        resources.reduce((sum, resource) => sum + resource[key], 0),
      ),
    );
  return {
    requests: spread(lists.map((resources) => resources.length)),
    encodedBytes: total('encodedBytes'),
    decodedBytes: total('decodedBytes'),
  };
};

/** What every page has: its first screen with no interaction. */
const loadSummary = (loads: readonly LoadFigures[]) => {
  const lists = loads.map(({ resources }) => resources);
  const types = [
    ...new Set(lists.flatMap((resources) => resources.map(({ type }) => type))),
  ].sort();
  return {
    fcpMs: spread(loads.map(({ fcpMs }) => fcpMs)),
    tbtLoadMs: spread(loads.map(({ tbtLoadMs }) => tbtLoadMs)),
    firstScreen: {
      ...sizes(lists),
      transferBytes: spread(
        lists.map((resources) =>
          resources.reduce((sum, { transferBytes }) => sum + transferBytes, 0),
        ),
      ),
      byType: Object.fromEntries(
        types.map((type) => [
          type,
          sizes(
            lists.map((resources) =>
              resources.filter((resource) => resource.type === type),
            ),
          ),
        ]),
      ),
    },
  };
};

/** What a page with a first question adds: the time to it and the heap. */
const questionSummary = (questions: readonly QuestionFigures[]) => {
  const over = (key: keyof QuestionFigures) =>
    spread(questions.map((figures) => figures[key]));
  return {
    firstQuestionFromPressMs: over('fromPressMs'),
    firstQuestionFromNavigationMs: over('fromNavigationMs'),
    firstPressMs: over('firstPressMs'),
    startPresses: over('startPresses'),
    tbtToFirstQuestionMs: over('tbtMs'),
    heapBytes: over('heapBytes'),
  };
};

type PageSummary = ReturnType<typeof loadSummary> &
  Partial<ReturnType<typeof questionSummary>>;

const lighthouseSummary = (reports: readonly LighthouseFigures[]) => {
  if (reports.length === 0) return undefined;
  const over = (key: keyof LighthouseFigures) =>
    spread(reports.map((report) => report[key]));
  return {
    runs: reports.length,
    score: over('score'),
    fcpMs: over('fcpMs'),
    lcpMs: over('lcpMs'),
    tbtMs: over('tbtMs'),
    speedIndexMs: over('speedIndexMs'),
    interactiveMs: over('interactiveMs'),
  };
};

const flowSummary = (flows: readonly FlowFigures[]) => {
  const over = (pick: (flow: FlowFigures) => number) => spread(flows.map(pick));
  const pooled = flows.flatMap(({ continueMs }) => continueMs);
  return {
    continueMedianMs: over(({ continueMs }) => median(continueMs)),
    continueP95Ms: over(({ continueMs }) => percentile(continueMs, 95)),
    continuePooled: {
      samples: pooled.length,
      medianMs: median(pooled),
      p95Ms: percentile(pooled, 95),
    },
    continueBetweenStepsMedianMs: over(({ continueBetweenStepsMs }) =>
      median(continueBetweenStepsMs),
    ),
    continueBetweenStepsP95Ms: over(({ continueBetweenStepsMs }) =>
      percentile(continueBetweenStepsMs, 95),
    ),
    continueToCheckMs: over(({ continueToCheckMs }) => continueToCheckMs),
    continueFrameMedianMs: over(({ continueFrameMs }) =>
      median(continueFrameMs),
    ),
    continueFrameP95Ms: over(({ continueFrameMs }) =>
      percentile(continueFrameMs, 95),
    ),
    seeResultsMs: over(({ seeResultsMs }) => seeResultsMs),
    tbtFlowMs: over(({ tbtFlowMs }) => tbtFlowMs),
  };
};

/** Medians with min and max over the runs, and everything else the bench found, ready for JSON. */
export const summarise = (input: BenchInput) => {
  const { perRun } = input;
  const pick = <T>(key: keyof RunFigures) => perRun.map((run) => run[key] as T);
  const heap = input.sessionHeap;
  const growth = (heap.at(-1) ?? NaN) - (heap[0] ?? NaN);
  return {
    settings: input.settings,
    app: {
      ...loadSummary(pick<LoadFigures>('appLoad')),
      ...questionSummary(pick<FlowFigures>('appFlow')),
      ...flowSummary(pick<FlowFigures>('appFlow')),
      lighthouse: lighthouseSummary(
        perRun.flatMap(({ lighthouse }) => (lighthouse ? [lighthouse] : [])),
      ),
    },
    staticPage: loadSummary(pick<LoadFigures>('staticLoad')),
    bareReact: {
      ...loadSummary(pick<LoadFigures>('bareLoad')),
      ...questionSummary(pick<QuestionFigures>('bareQuestion')),
    },
    heapGrowth: {
      sessions: heap.length,
      heapAfterEachSessionBytes: heap,
      growthBytes: growth,
      perSessionBytes: growth / Math.max(1, heap.length - 1),
    },
    firstLoadFiles: input.firstLoadFiles,
    languages: input.languages,
    modules: input.modules.map((chunk) => ({
      ...chunk,
      groups: groupModules(chunk.modules),
    })),
    scoring: input.scoring,
    perRun,
  };
};

export type BenchFigures = ReturnType<typeof summarise>;

type Unit = (value: number) => string;

const ms: Unit = (value) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const kB: Unit = (value) =>
  Number.isFinite(value) ? (value / 1000).toFixed(1) : '–';
const MB: Unit = (value) =>
  Number.isFinite(value) ? (value / 1e6).toFixed(2) : '–';

const cell = (figure: Spread | undefined, unit: Unit) => {
  if (!figure) return '–';
  const { median: middle, min, max } = figure;
  return unit(min) === unit(max)
    ? unit(middle)
    : `${unit(middle)} [${unit(min)}–${unit(max)}]`;
};

const row = (label: string, cells: readonly string[]) =>
  `  ${label.padEnd(50)}${cells.map((text) => text.padEnd(24)).join('')}`.trimEnd();

const sideBySide: [string, (page: PageSummary) => Spread | undefined, Unit][] =
  [
    ['First Contentful Paint (ms)', (page) => page.fcpMs, ms],
    [
      'First question answerable, from 1st Start (ms)',
      (page) => page.firstQuestionFromPressMs,
      ms,
    ],
    [
      'First question answerable, from navigation (ms)',
      (page) => page.firstQuestionFromNavigationMs,
      ms,
    ],
    [
      'First press of Start, from navigation (ms)',
      (page) => page.firstPressMs,
      ms,
    ],
    ['Start presses until it was answerable', (page) => page.startPresses, ms],
    [
      'TBT, navigation to first question (ms)',
      (page) => page.tbtToFirstQuestionMs,
      ms,
    ],
    ['TBT, load without input, until quiet (ms)', (page) => page.tbtLoadMs, ms],
    [
      'First screen, compressed bodies (kB)',
      (page) => page.firstScreen.encodedBytes,
      kB,
    ],
    [
      'First screen, uncompressed (kB)',
      (page) => page.firstScreen.decodedBytes,
      kB,
    ],
    [
      'First screen, on the wire with headers (kB)',
      (page) => page.firstScreen.transferBytes,
      kB,
    ],
    ['First screen, requests', (page) => page.firstScreen.requests, ms],
    [
      'JS heap after GC (MB; app: after the flow)',
      (page) => page.heapBytes,
      MB,
    ],
  ];

const totalOf = (files: readonly LoadedFile[], key: 'bytes' | 'gzipBytes') =>
  files.reduce((sum, file) => sum + file[key], 0);

/** The report `npm run bench` prints: each figure as median [min–max] over the runs. */
export const formatReport = (figures: BenchFigures): string => {
  const { app, staticPage, bareReact, settings, heapGrowth } = figures;
  const { throttling } = settings;
  const pages: PageSummary[] = [app, staticPage, bareReact];
  const lines = [
    `Safe Signs bench: ${settings.runs} runs, median [min–max]; ${throttling.cpuRate}x CPU, ${((throttling.downloadBytesPerSecond * 8) / 1e6).toFixed(1)} Mbps down, ${((throttling.uploadBytesPerSecond * 8) / 1e3).toFixed(0)} kbps up, ${throttling.latencyMs} ms latency; ${settings.encoding}; Chromium ${settings.chromium}`,
    '',
    row('', ['Safe Signs', 'static page', 'bare React']),
    ...sideBySide.map(([label, pick, unit]) =>
      row(
        label,
        pages.map((page) => cell(pick(page), unit)),
      ),
    ),
    '',
    'Safe Signs first screen by type: requests, compressed kB, uncompressed kB',
    ...Object.entries(app.firstScreen.byType).map(([type, size]) =>
      row(type, [
        cell(size.requests, ms),
        cell(size.encodedBytes, kB),
        cell(size.decodedBytes, kB),
      ]),
    ),
    '',
    'Safe Signs flow, every question answered No',
    row('Continue to next heading focused, median (ms)', [
      cell(app.continueMedianMs, ms),
    ]),
    row('Continue to next heading focused, p95 (ms)', [
      cell(app.continueP95Ms, ms),
    ]),
    row(
      `  all ${app.continuePooled.samples} presses pooled: median / p95 (ms)`,
      [`${ms(app.continuePooled.medianMs)} / ${ms(app.continuePooled.p95Ms)}`],
    ),
    row('  between steps only, median / p95 (ms)', [
      `${cell(app.continueBetweenStepsMedianMs, ms)} / ${cell(app.continueBetweenStepsP95Ms, ms)}`,
    ]),
    row('  the last, into Check your answers (ms)', [
      cell(app.continueToCheckMs, ms),
    ]),
    row('Continue to the frame after, median / p95 (ms)', [
      `${cell(app.continueFrameMedianMs, ms)} / ${cell(app.continueFrameP95Ms, ms)}`,
    ]),
    row('See results to results heading focused (ms)', [
      cell(app.seeResultsMs, ms),
    ]),
    row('TBT, navigation to results, driver included (ms)', [
      cell(app.tbtFlowMs, ms),
    ]),
    row('JS heap after the flow, after GC (MB)', [cell(app.heapBytes, MB)]),
    row(`Heap growth over ${heapGrowth.sessions} sessions, Start over (MB)`, [
      `${MB(heapGrowth.growthBytes)} (${kB(heapGrowth.perSessionBytes)} kB a session; ${MB(heapGrowth.heapAfterEachSessionBytes[0] ?? NaN)} MB after the first)`,
    ]),
    ...(app.lighthouse
      ? [
          row(`Lighthouse 12 performance (${app.lighthouse.runs} runs)`, [
            cell(app.lighthouse.score, ms),
          ]),
          row('  simulated FCP / TBT / time to interactive (ms)', [
            `${cell(app.lighthouse.fcpMs, ms)} / ${cell(app.lighthouse.tbtMs, ms)} / ${cell(app.lighthouse.interactiveMs, ms)}`,
          ]),
        ]
      : [row('Lighthouse 12 performance', ['not run'])]),
    '',
    'Per language, extra bytes once chosen (gzip)',
    ...(figures.languages.length === 0
      ? [
          '  No language other than English in locales/: all languages are in the main bundle.',
        ]
      : figures.languages.map(({ language, gzipBytes, files, inFirstLoad }) =>
          row(language, [
            `${kB(gzipBytes)} kB in ${files.length} file(s)${inFirstLoad.length > 0 ? `; also in the first load: ${inFirstLoad.join(', ')}` : ''}`,
          ]),
        )),
    '',
    'First load as the budget test measures it (files linked from index.html, gzip level 9)',
    ...figures.firstLoadFiles.map(({ file, bytes, gzipBytes }) =>
      row(file, [`${kB(bytes)} kB raw`, `${kB(gzipBytes)} kB gzip`]),
    ),
    row('total', [
      `${kB(totalOf(figures.firstLoadFiles, 'bytes'))} kB raw`,
      `${kB(totalOf(figures.firstLoadFiles, 'gzipBytes'))} kB gzip`,
    ]),
    '',
    'Bytes per package (source-map-explorer; gzip of each module on its own; npm run bench:modules for modules)',
    ...figures.modules.flatMap((chunk) => [
      `  ${chunk.file}${chunk.firstLoad ? ' (first load)' : ''}: ${kB(chunk.bytes)} kB minified, ${kB(chunk.gzipBytes)} kB gzip`,
      `    ${''.padEnd(44)}${'min kB'.padStart(9)}${'gzip kB'.padStart(9)}`,
      ...chunk.groups
        .slice(0, 12)
        .map(
          ({ group, bytes, gzipBytes }) =>
            `    ${group.padEnd(44)}${kB(bytes).padStart(9)}${kB(gzipBytes).padStart(9)}`,
        ),
    ]),
    '',
    'Scoring (npm run bench:score)',
    formatScoring(figures.scoring),
  ];
  return `${lines.join('\n')}\n`;
};
