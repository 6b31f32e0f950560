import { expect, test } from 'vitest';
import { formatDate } from '../../src/i18n/format-date';
import { fixtureCatalog } from '../fixtures/locales/fixture-catalog';

test.each<[string, string, string | undefined, string]>([
  ['2026-11-23', 'en', 'GB', '23 November 2026'],
  ['2026-11-23', 'en', 'US', 'November 23, 2026'],
  ['2026-11-23', 'en', undefined, 'November 23, 2026'],
  ['2026-11-23', 'es', 'MX', '23 de noviembre de 2026'],
  ['2026-11-23', 'ar', undefined, '23 نوفمبر 2026'],
  ['2026-01-01', 'en', 'NZ', '1 January 2026'],
  ['2026-11-23', 'en', 'not a region!', 'November 23, 2026'],
])('%s in %s (%s) reads %s', (date, lng, country, expected) => {
  expect(formatDate(date, lng, country, fixtureCatalog)).toBe(expected);
});

test('a Chinese date uses the Simplified script tag', () => {
  const catalog = {
    ...fixtureCatalog,
    languages: [
      {
        code: 'zh',
        meta: {
          nativeName: '中文（简体）',
          englishName: 'Chinese (Simplified)',
          htmlLang: 'zh-Hans',
          dir: 'ltr' as const,
          reviewed: false,
          reviewStatusOn: '2026-11-30',
        },
      },
    ],
  };
  expect(formatDate('2026-11-23', 'zh', undefined, catalog)).toBe(
    '2026年11月23日',
  );
});

test('a calendar date is not shifted by the time zone', () => {
  const zone = process.env.TZ;
  process.env.TZ = 'America/Los_Angeles';
  try {
    expect(formatDate('2026-03-01', 'en', 'US')).toBe('March 1, 2026');
  } finally {
    process.env.TZ = zone;
  }
});
