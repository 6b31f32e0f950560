import { expect, test } from 'vitest';
import { localeChunkName } from '../../src/build/locale-chunks';

test.each([
  ['/repo/locales/es/ui.json', 'locale-es'],
  ['/repo/locales/es/bank.json', 'locale-es'],
  ['C:\\repo\\locales\\ar\\flow.json', 'locale-ar'],
  ['/repo/locales/en/ui.json', null],
  ['/repo/locales/es/meta.json', null],
  ['/repo/locales/es/fingerprints.json', null],
  ['/repo/src/i18n/i18n.ts', null],
  ['/repo/questions/bank.json', null],
])('%s goes to chunk %s', (id, chunk) => {
  expect(localeChunkName(id)).toBe(chunk);
});
