import { appCatalog, findLanguage, type LanguageCatalog } from './languages';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a date for the reader's language, and for the country's conventions when one is given
 * (en with GB: 23 November 2026). A YYYY-MM-DD string is a calendar date, never shifted by time zone.
 */
export const formatDate = (
  date: Date | string,
  lng: string,
  country?: string,
  catalog: LanguageCatalog = appCatalog,
): string => {
  const htmlLang = findLanguage(catalog, lng)?.meta.htmlLang ?? lng;
  const locales = country ? [`${htmlLang}-${country}`, htmlLang] : [htmlLang];
  const calendarDate = typeof date === 'string' && isoDate.test(date);
  const value = calendarDate ? new Date(`${date}T00:00:00Z`) : new Date(date);
  return new Intl.DateTimeFormat(
    locales.filter((tag) => {
      try {
        return Intl.getCanonicalLocales(tag).length > 0;
      } catch {
        return false;
      }
    }),
    { dateStyle: 'long', ...(calendarDate && { timeZone: 'UTC' }) },
  ).format(value);
};
