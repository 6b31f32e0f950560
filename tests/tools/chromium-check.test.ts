import { describe, expect, test } from 'vitest';
import { assertChromiumInstalled, chromiumPath } from '../e2e/harness/chromium';

describe('finding Chromium for the end-to-end tests', () => {
  test('uses /usr/bin/chromium unless SAFE_SIGNS_CHROMIUM is set', () => {
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
    expect(chromiumPath({ SAFE_SIGNS_CHROMIUM: '/opt/chromium' })).toBe(
      '/opt/chromium',
    );
  });

  test('a missing Chromium fails with how to install it', () => {
    expect(() => assertChromiumInstalled('/no/such/chromium')).toThrow(
      'Chromium not found at /no/such/chromium. The end-to-end tests need it. ' +
        'Install it with: apt-get update && apt-get install -y chromium, ' +
        'or set SAFE_SIGNS_CHROMIUM=/path/to/chromium.',
    );
  });
});
