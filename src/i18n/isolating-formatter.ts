import type { FormatterModule } from 'i18next';

const firstStrongIsolate = '\u2068';
const popDirectionalIsolate = '\u2069';

type FormatOptions = Intl.NumberFormatOptions & Intl.DateTimeFormatOptions;

const formatValue = (
  value: unknown,
  format: string | undefined,
  locale: string,
  options: FormatOptions,
): unknown => {
  if (format === 'number' && typeof value === 'number')
    return new Intl.NumberFormat(locale, options).format(value);
  if (format === 'datetime' && value instanceof Date)
    return new Intl.DateTimeFormat(locale, options).format(value);
  return value;
};

/**
 * Formats `{{x, number}}` and `{{x, datetime}}` through Intl, and in a right-to-left language wraps every
 * interpolated value in a first-strong isolate, as Fluent does, so a phone number such as 0800 1111 keeps
 * its order inside Arabic text.
 */
export const isolatingFormatter = (
  localeOf: (lng: string) => { htmlLang: string; rtl: boolean },
): FormatterModule => ({
  type: 'formatter',
  init: () => undefined,
  add: () => undefined,
  addCached: () => undefined,
  // Returns anything that is not text unchanged, so i18next still sees a missing value as missing.
  format: (value: unknown, format, lng, options): string => {
    const { htmlLang, rtl } = localeOf(lng ?? '');
    const formatted = formatValue(
      value,
      format,
      htmlLang,
      (options?.formatParams?.[options.interpolationkey] ??
        {}) as FormatOptions,
    );
    if (
      !rtl ||
      (typeof formatted !== 'string' && typeof formatted !== 'number')
    )
      return formatted as string;
    return `${firstStrongIsolate}${formatted}${popDirectionalIsolate}`;
  },
});
