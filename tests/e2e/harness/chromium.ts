import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export const chromiumEnvVar = 'SAFE_SIGNS_CHROMIUM';
export const defaultChromiumPath = '/usr/bin/chromium';

export const chromiumPath = (env = process.env): string =>
  env[chromiumEnvVar] || defaultChromiumPath;

export const chromiumInstallHint = (path: string): string =>
  `Chromium not found at ${path}. The end-to-end tests need it. ` +
  `Install it with: apt-get update && apt-get install -y chromium, ` +
  `or set ${chromiumEnvVar}=/path/to/chromium.`;

export const assertChromiumInstalled = (path: string): void => {
  if (!existsSync(path)) throw new Error(chromiumInstallHint(path));
};

export const launchChromium = (): Promise<Browser> => {
  const executablePath = chromiumPath();
  assertChromiumInstalled(executablePath);
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
};
