/** Formats a calendar date (YYYY-MM-DD) in the given language without shifting it by time zone. */
export const formatIsoDate = (isoDate: string, language: string): string =>
  new Intl.DateTimeFormat(language, {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${isoDate}T00:00:00Z`));

export const formatToday = (language: string, today: Date): string =>
  new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(today);
