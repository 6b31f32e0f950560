import type { Region } from '../bank/schema';

/** The locale dates are written in: the language, with the region's conventions when the language names no region (en in the UK: 23 November 2026). */
export const dateLocale = (language: string, region?: Region): string =>
  region && !language.includes('-')
    ? `${language}-${region.toUpperCase()}`
    : language;

/** Formats a calendar date (YYYY-MM-DD) in the given locale without shifting it by time zone. */
export const formatIsoDate = (isoDate: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));

export const formatToday = (locale: string, today: Date): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(today);
