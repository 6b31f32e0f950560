import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction, i18n } from 'i18next';
import { bankContext } from './perspective';
import { SecondText, useSideBySide } from './side-by-side';

const itemsOf = (t: TFunction, key: string, context: string | undefined) => {
  const value: unknown = t(key, { context, returnObjects: true });
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};

/**
 * The first string i18next would resolve for the key: in each of the instance's languages in turn, the
 * context's variant and then the plain key, skipping missing and empty values.
 */
const storedString = (
  i18n: i18n,
  key: string,
  context: string | undefined,
): unknown => {
  const candidates = context ? [`${key}_${context}`, key] : [key];
  for (const language of i18n.languages) {
    for (const candidate of candidates) {
      const value: unknown = i18n.getResource(language, 'bank', candidate);
      if (value !== undefined && value !== null && value !== '') return value;
    }
  }
  return undefined;
};

const isPlain = (value: unknown): value is string =>
  typeof value === 'string' && !value.includes('{{') && !value.includes('$t(');

/** Reads bank strings in the wording for the chosen perspective; `show` and `showItems` add the side-by-side language when one is chosen. */
export const useBankText = (perspective: string | undefined) => {
  const { t, i18n } = useTranslation('bank');
  const { second } = useSideBySide();
  const context = bankContext(perspective);
  const secondT = second ? i18n.getFixedT(second.code, 'bank') : undefined;
  // A plain string is read straight from the store: i18next's t costs a slow phone about a millisecond per row of Check your answers.
  const exists = (key: string) =>
    isPlain(storedString(i18n, key, undefined)) ||
    i18n.exists(key, { ns: 'bank' });
  const text = (key: string): string => {
    const stored = storedString(i18n, key, context);
    return isPlain(stored) ? stored : t(key, { context });
  };
  const items = (key: string): string[] =>
    exists(key) ? itemsOf(t, key, context) : [];
  const optional = (key: string): string | undefined =>
    exists(key) ? text(key) : undefined;
  const show = (key: string): ReactNode =>
    second && secondT ? (
      <>
        {text(key)}{' '}
        <SecondText language={second}>{secondT(key, { context })}</SecondText>
      </>
    ) : (
      text(key)
    );
  const showItems = (key: string): { key: string; node: ReactNode }[] => {
    const first = items(key);
    const others = secondT && exists(key) ? itemsOf(secondT, key, context) : [];
    return first.map((item, index) => {
      const other = others[index];
      return {
        key: item,
        node:
          second && other ? (
            <>
              {item} <SecondText language={second}>{other}</SecondText>
            </>
          ) : (
            item
          ),
      };
    });
  };
  return { text, items, optional, show, showItems };
};
