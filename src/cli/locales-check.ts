import { resolve } from 'node:path';
import { checkLocales, formatLocaleReport } from './check-locales.ts';

const usage =
  'Usage: npm run locales:check -- [path/to/locales] [--allow-stale]\n';

const args = process.argv.slice(2);
if (args.includes('--help')) {
  process.stdout.write(usage);
  process.exit(0);
}
const allowStale = args.includes('--allow-stale');
const dir = resolve(args.find((arg) => !arg.startsWith('--')) ?? 'locales');
const report = checkLocales(dir);
const hasStale = Object.keys(report.stale).length > 0;
const failed = report.problems.length > 0 || (hasStale && !allowStale);
(failed ? process.stderr : process.stdout).write(formatLocaleReport(report));
process.exit(failed ? 1 : 0);
