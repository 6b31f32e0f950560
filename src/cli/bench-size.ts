import { resolve } from 'node:path';
import { measureFirstLoad } from './measure-first-load.ts';

const distDir = resolve(process.argv[2] ?? 'dist');
const files = await measureFirstLoad(distDir).catch((error: unknown) => {
  process.stderr.write(
    `Cannot read the build in ${distDir} (${String(error)}). Run npm run build first.\n`,
  );
  process.exit(2);
});
const kB = (bytes: number) => (bytes / 1000).toFixed(2).padStart(9);
process.stdout.write(`First load from ${distDir} (gzip level 9):\n`);
process.stdout.write(
  `${'file'.padEnd(40)}${'raw kB'.padStart(9)}${'gzip kB'.padStart(9)}\n`,
);
for (const { file, bytes, gzipBytes } of files) {
  process.stdout.write(`${file.padEnd(40)}${kB(bytes)}${kB(gzipBytes)}\n`);
}
const total = (key: 'bytes' | 'gzipBytes') =>
  files.reduce((sum, file) => sum + file[key], 0);
process.stdout.write(
  `${'total'.padEnd(40)}${kB(total('bytes'))}${kB(total('gzipBytes'))}\n`,
);
