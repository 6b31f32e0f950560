import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type LoadedFile, measureFirstLoad } from './measure-first-load.ts';

export const referenceLanguage = 'en';

/** What one further language adds once chosen: the built files that hold its strings and the chunks they import. */
export type LanguageLoad = {
  language: string;
  /** Files outside the first load that the language needs, with their sizes. */
  files: LoadedFile[];
  gzipBytes: number;
  /** First-load files that hold its strings: each one means the language is not loaded on demand. */
  inFirstLoad: string[];
};

const stringLeaves = (node: unknown): string[] => {
  if (typeof node === 'string') return [node];
  if (node && typeof node === 'object') {
    return Object.values(node).flatMap(stringLeaves);
  }
  return [];
};

// The strings a reader sees; meta.json names the language in the switch of every page, fingerprints.json is not shipped.
const textFiles = ['ui.json', 'flow.json', 'bank.json'];

// A file holds a language when it has several of its strings: one could be shared with a neighbour (Spanish loanwords in Tagalog).
const minimumMarkers = 5;

/** Every string in locales/<language>/{ui,flow,bank}.json. */
export const readLocaleStrings = async (
  localesDir: string,
  language: string,
): Promise<string[]> => {
  const dir = join(localesDir, language);
  const files = (await readdir(dir)).filter((file) => textFiles.includes(file));
  const texts = await Promise.all(
    files.map(async (file) =>
      stringLeaves(JSON.parse(await readFile(join(dir, file), 'utf8'))),
    ),
  );
  return texts.flat();
};

const unicodeEscape = (text: string, hex: (code: string) => string) =>
  text.replace(
    /[\u0080-\uffff]/g,
    (char) => `\\u${hex(char.charCodeAt(0).toString(16).padStart(4, '0'))}`,
  );

/** Whether built code holds a text: as written, JSON-escaped, or with non-ASCII letters as \u escapes. */
export const containsText = (code: string, text: string): boolean => {
  const json = JSON.stringify(text).slice(1, -1);
  return [
    text,
    json,
    unicodeEscape(json, (code) => code),
    unicodeEscape(json, (code) => code.toUpperCase()),
  ].some((form) => code.includes(form));
};

// Short or quoted strings could match by chance or be escaped in ways containsText does not try.
const isMarker = (text: string) => text.length >= 12 && !/["'`\\\n]/.test(text);

const localeLanguages = async (localesDir: string) =>
  (await readdir(localesDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

const builtCode = async (distDir: string) => {
  const names = (await readdir(join(distDir, 'assets'))).filter((name) =>
    /\.(m?js|json)$/.test(name),
  );
  return new Map<string, Buffer>(
    await Promise.all(
      names.map(
        async (name) =>
          [
            `assets/${name}`,
            await readFile(join(distDir, 'assets', name)),
          ] as const,
      ),
    ),
  );
};

const staticImports = (code: string): string[] =>
  [...code.matchAll(/(?:import|from)\s*["']\.\/([\w.-]+\.m?js)["']/g)].flatMap(
    (match) => (match[1] ? [`assets/${match[1]}`] : []),
  );

/**
 * Finds, for each language in locales/ other than English, the built files
 * that hold its strings (by content, so it works whatever the chunks are
 * called), and adds the chunks they import that the first load lacks.
 */
export const measureLanguages = async (
  distDir: string,
  localesDir: string,
): Promise<LanguageLoad[]> => {
  const firstLoad = new Set(
    (await measureFirstLoad(distDir)).map(({ file }) => file),
  );
  const code = await builtCode(distDir);
  const english = new Set(
    await readLocaleStrings(localesDir, referenceLanguage),
  );
  const further = (await localeLanguages(localesDir)).filter(
    (language) => language !== referenceLanguage,
  );
  return Promise.all(
    further.map(async (language) => {
      const markers = (await readLocaleStrings(localesDir, language)).filter(
        (text) => isMarker(text) && !english.has(text),
      );
      const holding = [...code]
        .filter(([, content]) => {
          const text = content.toString('utf8');
          const found = markers.filter((marker) => containsText(text, marker));
          return found.length >= Math.min(minimumMarkers, markers.length);
        })
        .map(([file]) => file);
      const needed = new Set<string>();
      const visit = (file: string) => {
        if (needed.has(file) || firstLoad.has(file)) return;
        needed.add(file);
        staticImports(code.get(file)?.toString('utf8') ?? '').forEach(visit);
      };
      holding.forEach(visit);
      const files = [...needed].sort().map((file) => {
        const content = code.get(file) ?? Buffer.alloc(0);
        return {
          file,
          bytes: content.length,
          gzipBytes: gzipSync(content, { level: 9 }).length,
        };
      });
      return {
        language,
        files,
        gzipBytes: files.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0),
        inFirstLoad: holding.filter((file) => firstLoad.has(file)),
      };
    }),
  );
};
