import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { assertChromiumInstalled, chromiumPath } from './harness/chromium.ts';
import { distDir } from './harness/static-server.ts';

export default function setup(): void {
  assertChromiumInstalled(chromiumPath());
  if (!existsSync(join(distDir, 'index.html'))) {
    throw new Error(
      `No production build in ${distDir}. Run npm run build first (npm test does).`,
    );
  }
}
