import { beforeEach, describe, expect, test } from 'vitest';
import { createI18n, pickLanguage } from '../../src/i18n/i18n';
import { matchLanguage } from '../../src/i18n/match-language';
import {
  fixtureCatalog,
  fixtureLoads,
} from '../fixtures/locales/fixture-catalog';

describe('matchLanguage', () => {
  test.each<[string[], string | undefined]>([
    [['es'], 'es'],
    [['ES'], 'es'],
    [['es-MX'], 'es'],
    [['zh-CN'], 'zh'],
    [['zh-Hans'], 'zh'],
    [['zh-Hans-SG'], 'zh'],
    [['fil-PH'], 'tl'],
    [['tl'], 'tl'],
    [['ar-EG'], 'ar'],
    [['de-DE', 'fr-CA'], 'fr'],
    [['de-DE'], undefined],
    [[''], undefined],
    [['es_MX'], undefined],
    [['not a tag', 'ko-KR'], 'ko'],
    [['<script>alert(1)</script>'], undefined],
    [[`es-${'x'.repeat(60)}`], undefined],
  ])('%j matches %s', (tags, expected) => {
    expect(
      matchLanguage(tags, ['en', 'es', 'zh', 'tl', 'ar', 'fr', 'ko']),
    ).toBe(expected);
  });
});

describe('pickLanguage', () => {
  test.each<[string | undefined, string[], string]>([
    ['es', ['ar'], 'es'],
    [undefined, ['es-MX', 'en'], 'es'],
    [undefined, ['de-DE', 'ar-SA'], 'ar'],
    ['xx', ['es-US'], 'es'],
    ['<b>', ['de'], 'en'],
    [undefined, ['zh-CN'], 'en'],
    [undefined, [], 'en'],
  ])('link %s with browser %j starts in %s', (requested, browser, expected) => {
    expect(pickLanguage(fixtureCatalog, requested, browser)).toBe(expected);
  });
});

describe('createI18n', () => {
  beforeEach(() => {
    fixtureLoads.length = 0;
  });

  test('sets lang and dir on the html element, and changes them with the language', async () => {
    const i18n = await createI18n('es', fixtureCatalog);
    expect(document.documentElement).toHaveAttribute('lang', 'es');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
    await i18n.changeLanguage('ar');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    await i18n.changeLanguage('en');
    expect(document.documentElement).toHaveAttribute('lang', 'en');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  test('loads only the language asked for; English is already bundled', async () => {
    await createI18n('es', fixtureCatalog);
    expect(fixtureLoads).toEqual(['es']);
  });

  test('a language outside the catalog falls back to the browser language or English', async () => {
    const i18n = await createI18n('xx', fixtureCatalog);
    expect(i18n.resolvedLanguage).toBe('en');
    expect(fixtureLoads).toEqual([]);
  });

  test('a string missing in Spanish shows in English', async () => {
    const i18n = await createI18n('es', fixtureCatalog);
    expect(i18n.t('flow:errors.summary')).toBe('There is a problem');
    expect(i18n.t('flow:step.continue')).toBe('Continuar');
  });

  test('a key missing in every language shows nothing, never the key', async () => {
    const i18n = await createI18n('es', fixtureCatalog);
    expect(i18n.t('flow:no.such.key')).toBe('');
    expect(i18n.t('ui:exit.nothing', { count: 2 })).toBe('');
  });

  test('in a right-to-left language an interpolated number is isolated so it keeps its order', async () => {
    const i18n = await createI18n('ar', fixtureCatalog);
    expect(i18n.t('flow:referral.call', { number: '0800 1111' })).toBe(
      'اتصل بالرقم \u20680800 1111\u2069',
    );
    await i18n.changeLanguage('en');
    expect(i18n.t('flow:referral.call', { number: '0800 1111' })).toBe(
      'Call 0800 1111',
    );
  });

  test('plural forms follow the language', async () => {
    const i18n = await createI18n('en', fixtureCatalog);
    expect(i18n.t('ui:exit.pressesLeft', { count: 1 })).toBe(
      'Press Shift 1 more time to exit',
    );
    expect(i18n.t('ui:exit.pressesLeft', { count: 2 })).toBe(
      'Press Shift 2 more times to exit',
    );
  });

  test('nothing is stored: no localStorage, sessionStorage or cookie', async () => {
    const i18n = await createI18n(undefined, fixtureCatalog);
    await i18n.changeLanguage('es');
    await i18n.changeLanguage('ar');
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(document.cookie).toBe('');
  });
});
