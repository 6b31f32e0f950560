import { useTranslation } from 'react-i18next';
import { bankContext } from './perspective';

/** Reads bank strings in the wording for the chosen perspective. */
export const useBankText = (perspective: string | undefined) => {
  const { t, i18n } = useTranslation('bank');
  const context = bankContext(perspective);
  const text = (key: string): string => t(key, { context });
  const items = (key: string): string[] => {
    if (!i18n.exists(key, { ns: 'bank' })) return [];
    const value: unknown = t(key, { context, returnObjects: true });
    return Array.isArray(value)
      ? value.filter((item): item is string => typeof item === 'string')
      : [];
  };
  const optional = (key: string): string | undefined =>
    i18n.exists(key, { ns: 'bank' }) ? text(key) : undefined;
  return { text, items, optional };
};
