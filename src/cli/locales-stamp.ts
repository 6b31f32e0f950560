import { resolve } from 'node:path';
import { stampLocale } from './stamp-locale.ts';

const usage =
  'Usage: npm run locales:stamp -- --lang <code> [--key ns:key ...] [--dir path/to/locales]\n' +
  'Records that the translation now matches the current English (all keys, or only the --key ones).\n';

const args = process.argv.slice(2);
const valuesOf = (flag: string): string[] =>
  args.flatMap((arg, index) =>
    arg === flag && args[index + 1] ? [args[index + 1] ?? ''] : [],
  );

const [lng] = valuesOf('--lang');
if (!lng || args.includes('--help')) {
  process.stderr.write(usage);
  process.exit(lng ? 0 : 2);
}
const keys = valuesOf('--key');
const dir = resolve(valuesOf('--dir')[0] ?? 'locales');
const result = stampLocale(dir, lng, keys.length > 0 ? keys : undefined);
if (!result.ok) {
  process.stderr.write(
    `Not stamped: fix these first.\n${result.problems
      .map(({ file, key, problem }) =>
        key ? `${file}: ${key}: ${problem}` : `${file}: ${problem}`,
      )
      .join('\n')}\n`,
  );
  process.exit(1);
}
process.stdout.write(
  `Stamped ${result.stamped.length} keys in ${lng}/fingerprints.json.\n`,
);
