import { renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import enBank from '../../locales/en/bank.json';
import { addEnglishBank } from '../../src/i18n/english-bank';
import { createI18n } from '../../src/i18n/i18n';
import { appCatalog } from '../../src/i18n/languages';
import { useBankText } from '../../src/i18n/use-bank-text';

type Tree = { [key: string]: unknown };

// Every leaf's key, without a context suffix: the keys screens ask for.
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? keysOf(value as Tree, `${prefix}${key}.`)
      : key.endsWith('_parent')
        ? []
        : [`${prefix}${key}`],
  );

const bankKeys = keysOf(enBank);
const languages = appCatalog.languages.map(({ code }) => code);

const bankTextIn = async (language: string, perspective?: string) => {
  const i18n = await createI18n(language);
  await addEnglishBank(i18n);
  await i18n.loadNamespaces('bank');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <I18nextProvider i18n={i18n}>{children}</I18nextProvider>
  );
  const { result } = renderHook(() => useBankText(perspective), { wrapper });
  return { bankText: result.current, i18n };
};

// useBankText reads plain strings straight from the store; it must give what i18next's t gives, in every language and wording.
describe('bank text read from the store', () => {
  test.each(
    languages.flatMap((language) => [
      [language, 'parent'],
      [language, 'other'],
    ]),
  )(
    'in %s for the %s perspective, text and optional equal i18next for every bank key',
    async (language, perspective) => {
      const { bankText, i18n } = await bankTextIn(language, perspective);
      const context = perspective === 'parent' ? 'parent' : undefined;
      for (const key of bankKeys) {
        const expected = i18n.t(key, { ns: 'bank', context });
        if (typeof expected !== 'string') continue;
        expect(bankText.text(key), key).toBe(expected);
        expect(bankText.optional(key), key).toBe(
          i18n.exists(key, { ns: 'bank' }) ? expected : undefined,
        );
      }
      expect(
        bankText.optional('questions.no-such-question.hint'),
      ).toBeUndefined();
      expect(bankText.text('questions.no-such-question.text')).toBe('');
    },
  );
});
