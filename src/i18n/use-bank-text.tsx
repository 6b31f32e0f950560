import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { bankContext } from './perspective';
import { SecondText, useSideBySide } from './side-by-side';

const itemsOf = (t: TFunction, key: string, context: string | undefined) => {
  const value: unknown = t(key, { context, returnObjects: true });
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
};

/** Reads bank strings in the wording for the chosen perspective; `show` and `showItems` add the side-by-side language when one is chosen. */
export const useBankText = (perspective: string | undefined) => {
  const { t, i18n } = useTranslation('bank');
  const { second } = useSideBySide();
  const context = bankContext(perspective);
  const secondT = second ? i18n.getFixedT(second.code, 'bank') : undefined;
  const exists = (key: string) => i18n.exists(key, { ns: 'bank' });
  const text = (key: string): string => t(key, { context });
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
