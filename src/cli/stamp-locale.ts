import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkLocales,
  fingerprintsFile,
  fingerprintsSchema,
  type Fingerprints,
  localeNamespaces,
  type LocaleProblem,
  referenceLanguage,
} from './check-locales.ts';
import {
  fingerprint,
  flattenStrings,
  sourceUnits,
  splitPlural,
} from './locale-strings.ts';

const readStringMap = (file: string): Map<string, string> =>
  new Map(
    flattenStrings(JSON.parse(readFileSync(file, 'utf8'))).flatMap(
      ({ key, value }) =>
        typeof value === 'string' ? [[key, value] as const] : [],
    ),
  );

export type StampResult =
  { ok: true; stamped: string[] } | { ok: false; problems: LocaleProblem[] };

/**
 * Records, for a translation that has been brought up to date, the fingerprint of the English it now matches.
 * With `only` (`ns:key` ids), records just those keys. Refuses while the language has any problem.
 */
export const stampLocale = (
  localesDir: string,
  lng: string,
  only?: readonly string[],
): StampResult => {
  const dir = join(localesDir, lng);
  if (lng === referenceLanguage || !existsSync(join(dir, 'meta.json'))) {
    return {
      ok: false,
      problems: [
        {
          file: dir,
          key: '',
          problem:
            lng === referenceLanguage
              ? 'English is the reference and has no fingerprints'
              : 'is not a language folder with a meta.json',
        },
      ],
    };
  }
  const report = checkLocales(localesDir);
  const problems = report.problems.filter(({ file }) =>
    file.replaceAll('\\', '/').includes(`/${lng}/`),
  );
  if (problems.length > 0 || report.untranslated.includes(lng)) {
    return {
      ok: false,
      problems:
        problems.length > 0
          ? problems
          : [{ file: dir, key: '', problem: 'has no string files yet' }],
    };
  }

  const path = join(dir, fingerprintsFile);
  const recorded: Fingerprints = existsSync(path)
    ? fingerprintsSchema.parse(JSON.parse(readFileSync(path, 'utf8')))
    : {};
  const stamped: string[] = [];
  const result: Fingerprints = {};
  for (const ns of localeNamespaces) {
    const english = readStringMap(
      join(localesDir, referenceLanguage, `${ns}.json`),
    );
    const translation = readStringMap(join(dir, `${ns}.json`));
    const entries: Record<string, string> = {};
    for (const unit of sourceUnits(english)) {
      const translated = unit.forms
        ? [...translation.keys()].some(
            (key) => splitPlural(key)?.base === unit.id,
          )
        : translation.has(unit.id);
      if (!translated) continue;
      const chosen = !only || only.includes(`${ns}:${unit.id}`);
      const previous = recorded[ns]?.[unit.id];
      if (chosen) {
        entries[unit.id] = fingerprint(unit.text);
        stamped.push(`${ns}:${unit.id}`);
      } else if (previous) {
        entries[unit.id] = previous;
      }
    }
    result[ns] = entries;
  }
  const unknown = (only ?? []).filter((id) => !stamped.includes(id));
  if (unknown.length > 0) {
    return {
      ok: false,
      problems: unknown.map((id) => ({
        file: dir,
        key: id,
        problem: 'is not a translated key (use ns:key, e.g. ui:exit.button)',
      })),
    };
  }
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  return { ok: true, stamped };
};
