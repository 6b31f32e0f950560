import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

type LoadedFile = { file: string; bytes: number; gzipBytes: number };

/** The files a first visit loads: index.html and every script, style and icon it links from `dist/`. */
export const measureFirstLoad = async (
  distDir: string,
): Promise<LoadedFile[]> => {
  const html = await readFile(join(distDir, 'index.html'));
  const linked = [
    ...html.toString('utf8').matchAll(/(?:src|href)="\.?\/?(assets\/[^"]+)"/g),
  ].map((match) => match[1] ?? '');
  const files = ['index.html', ...new Set(linked)];
  return Promise.all(
    files.map(async (file) => {
      const content =
        file === 'index.html' ? html : await readFile(join(distDir, file));
      return {
        file,
        bytes: content.length,
        gzipBytes: gzipSync(content, { level: 9 }).length,
      };
    }),
  );
};
