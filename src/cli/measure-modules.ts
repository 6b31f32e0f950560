import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { explore } from 'source-map-explorer';
import type { ExploreOptions } from 'source-map-explorer/lib/types';
import { build } from 'vite';
import { measureFirstLoad } from './measure-first-load.ts';

export type ModuleSize = {
  /** A source path relative to the repository, or source-map-explorer's key in brackets such as [no source]. */
  source: string;
  /** Minified bytes in the chunk, from the source map. */
  bytes: number;
  /** The module's minified code gzipped on its own: the sum over modules exceeds the chunk's gzip size. */
  gzipBytes: number;
};

export type ChunkModules = {
  file: string;
  firstLoad: boolean;
  bytes: number;
  gzipBytes: number;
  modules: ModuleSize[];
};

// rolldown's source maps point one column past some line ends, which source-map-explorer rejects unless border checks are off.
const exploreOptions: ExploreOptions = {
  noBorderChecks: true,
  noRoot: true,
  excludeSourceMapComment: true,
};

const sourceName = (key: string, assetsDir: string) =>
  key.startsWith('[') ? key : relative(process.cwd(), resolve(assetsDir, key));

const exploreChunk = async (assetsDir: string, name: string) => {
  const bundle = {
    code: join(assetsDir, name),
    map: join(assetsDir, `${name}.map`),
  };
  const [raw, gzip] = await Promise.all([
    explore(bundle, exploreOptions),
    explore(bundle, { ...exploreOptions, gzip: true }),
  ]);
  const rawFiles = raw.bundles[0]?.files ?? {};
  const gzipFiles = gzip.bundles[0]?.files ?? {};
  return Object.entries(rawFiles)
    .map(([key, { size }]) => ({
      source: sourceName(key, assetsDir),
      bytes: size,
      gzipBytes: gzipFiles[key]?.size ?? 0,
    }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
};

/** Builds with source maps into a temporary folder and reads, per chunk, how many bytes each module takes. */
export const measureModules = async (): Promise<ChunkModules[]> => {
  const outDir = await mkdtemp(join(tmpdir(), 'safe-signs-modules-'));
  try {
    await build({
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, sourcemap: true },
    });
    const firstLoad = new Set(
      (await measureFirstLoad(outDir)).map(({ file }) => file),
    );
    const assetsDir = join(outDir, 'assets');
    const scripts = (await readdir(assetsDir))
      .filter((name) => name.endsWith('.js'))
      .sort();
    return await Promise.all(
      scripts.map(async (name) => {
        const code = (await readFile(join(assetsDir, name), 'utf8')).replace(
          /\n?\/\/# sourceMappingURL=.*\s*$/,
          '',
        );
        return {
          file: `assets/${name}`,
          firstLoad: firstLoad.has(`assets/${name}`),
          bytes: Buffer.byteLength(code),
          gzipBytes: gzipSync(code, { level: 9 }).length,
          modules: await exploreChunk(assetsDir, name),
        };
      }),
    );
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
};

/** The npm package a module comes from, or its folder under the repository. */
export const moduleGroup = (source: string): string => {
  const nodeModule = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (nodeModule?.[1]) return nodeModule[1];
  if (source.startsWith('[')) return source;
  const parts = source.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : source;
};

export type GroupSize = { group: string; bytes: number; gzipBytes: number };

/** Sums module sizes by package or folder, largest first. */
export const groupModules = (modules: readonly ModuleSize[]): GroupSize[] => {
  const groups = new Map<string, GroupSize>();
  for (const { source, bytes, gzipBytes } of modules) {
    const group = moduleGroup(source);
    const sum = groups.get(group) ?? { group, bytes: 0, gzipBytes: 0 };
    sum.bytes += bytes;
    sum.gzipBytes += gzipBytes;
    groups.set(group, sum);
  }
  return [...groups.values()].sort((a, b) => b.bytes - a.bytes);
};

const kB = (bytes: number) => (bytes / 1000).toFixed(1).padStart(9);

/** The breakdown as text: per chunk, the packages and folders, then the largest modules. */
export const formatModules = (chunks: readonly ChunkModules[], top = 15) =>
  chunks
    .flatMap((chunk) => [
      `${chunk.file}${chunk.firstLoad ? ' (first load)' : ''}: ${kB(chunk.bytes).trim()} kB minified, ${kB(chunk.gzipBytes).trim()} kB gzipped`,
      `  ${'package or folder'.padEnd(50)}${'min kB'.padStart(9)}${'gzip kB*'.padStart(9)}`,
      ...groupModules(chunk.modules).map(
        ({ group, bytes, gzipBytes }) =>
          `  ${group.padEnd(50)}${kB(bytes)}${kB(gzipBytes)}`,
      ),
      `  largest ${top} modules`,
      ...chunk.modules
        .slice(0, top)
        .map(
          ({ source, bytes, gzipBytes }) =>
            `  ${source.replace(/^node_modules\//, '').padEnd(50)}${kB(bytes)}${kB(gzipBytes)}`,
        ),
      '',
    ])
    .concat(
      '* each module gzipped on its own, so the column adds up to more than the chunk; [no source] is code the source map names no module for, mostly the JSON modules (questions/bank.json, locales/en/*.json).',
      '',
    )
    .join('\n');
