import { formatModules, measureModules } from './measure-modules.ts';

const topArgument = process.argv.indexOf('--top');
const top = topArgument > 0 ? Number(process.argv[topArgument + 1]) : 15;

process.stdout.write(
  'Bytes per module (a build with source maps in a temporary folder, read by source-map-explorer):\n\n',
);
process.stdout.write(formatModules(await measureModules(), top));
