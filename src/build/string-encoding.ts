import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import {
  encodeStrings,
  type StringPath,
  type StringTree,
} from '../i18n/string-encoding.ts';

const stringFiles = ['ui.json', 'flow.json', 'bank.json'];

const isObject = (value: unknown): value is StringTree =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

// The run-time decoder assigns keys to plain objects, where this one would set the prototype.
const unsafeKey = '__proto__';

const unsafePath = (
  value: unknown,
  path: StringPath = [],
): StringPath | undefined => {
  if (!isObject(value)) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (key === unsafeKey) return [...path, key];
    const found = unsafePath(child, [...path, key]);
    if (found) return found;
  }
  return undefined;
};

// Node 20's JSON.parse gives an offset; Node 22 adds the line and column itself.
const whereInText = (text: string, message: string): string => {
  const offset = /at position (\d+)/.exec(message)?.[1];
  if (offset === undefined || /line \d+/.test(message)) return '';
  const lines = text.slice(0, Number(offset)).split('\n');
  return ` (line ${lines.length}, column ${(lines.at(-1)?.length ?? 0) + 1})`;
};

/** Parses a string file's text, throwing an error that names the file, and the place in it, when it is not a JSON object or has a key the decoder cannot set. */
const parseStringFile = (text: string, name: string): StringTree => {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const { message } = error as Error;
    throw new Error(
      `${name} is not valid JSON: ${message}${whereInText(text, message)}`,
    );
  }
  if (!isObject(value)) {
    const kind = Array.isArray(value) ? 'an array' : JSON.stringify(value);
    throw new Error(`${name} must hold a JSON object, not ${kind}.`);
  }
  const path = unsafePath(value);
  if (path) {
    throw new Error(
      `${name} has a key named ${unsafeKey} at ${path.join('.')}.`,
    );
  }
  return value;
};

/**
 * Serves each language's ui, flow and bank files other than English's as
 * their values in the order of the English file's paths (see
 * src/i18n/string-encoding.ts): the keys, the same in every language, cost
 * Russian 2.4 kB gzipped, since they interleave with its Cyrillic text.
 */
export const stringEncodingPlugin = (
  referenceLanguage = 'en',
  localesDir = 'locales',
): Plugin => {
  let root = process.cwd();
  const stringFileOf = (id: string) => {
    const name = relative(root, id).replaceAll('\\', '/');
    const [dir, language, file, ...rest] = name.split('/');
    return dir === localesDir &&
      language &&
      file &&
      stringFiles.includes(file) &&
      rest.length === 0
      ? { name, language, file }
      : undefined;
  };
  return {
    name: 'safe-signs-string-encoding',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform: {
      // A query (`?raw`, `?url`) asks for the file as something other than strings.
      filter: { id: /\.json$/ },
      handler(code, id) {
        const strings = stringFileOf(id);
        if (!strings || strings.language === referenceLanguage) {
          return undefined;
        }
        const englishFile = join(
          root,
          localesDir,
          referenceLanguage,
          strings.file,
        );
        this.addWatchFile(englishFile);
        const english = parseStringFile(
          readFileSync(englishFile, 'utf8'),
          relative(root, englishFile),
        );
        return {
          code: JSON.stringify(
            encodeStrings(english, parseStringFile(code, strings.name)),
          ),
          map: null,
        };
      },
    },
    // The dev server skips the watch files of JSON modules, so a change to English must reach the other languages here.
    hotUpdate({ file, modules }) {
      const changed = stringFileOf(file);
      if (changed?.language !== referenceLanguage) return undefined;
      const graph = this.environment.moduleGraph;
      const followers = [...graph.idToModuleMap.values()].filter((mod) => {
        const strings = mod.file ? stringFileOf(mod.file) : undefined;
        return (
          strings?.file === changed.file &&
          strings.language !== referenceLanguage
        );
      });
      for (const mod of followers) graph.invalidateModule(mod);
      return [...modules, ...followers];
    },
  };
};
