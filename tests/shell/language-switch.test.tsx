import { screen, within } from '@testing-library/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import { createI18n } from '../../src/i18n/i18n';
import { Layout } from '../../src/shell/layout';
import { fixtureCatalog } from '../fixtures/locales/fixture-catalog';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

const renderLayout = (lng = 'en') =>
  renderWithI18n(
    <Layout exitUrl="https://example.org/" onExit={() => undefined}>
      <p>Page</p>
    </Layout>,
    { lng, catalog: fixtureCatalog },
  );

describe('language switch', () => {
  test('once the app runs, both selects can be used', async () => {
    await renderLayout();
    expect(screen.getByRole('combobox', { name: 'Language' })).toBeEnabled();
    expect(
      screen.getByRole('combobox', { name: 'Side by side with' }),
    ).toBeEnabled();
  });

  test('names each language in its own script, with its lang attribute', async () => {
    await renderLayout();
    const options = within(
      screen.getByRole('combobox', { name: 'Language' }),
    ).getAllByRole('option');
    expect(
      options.map((option) => [
        option.textContent,
        option.getAttribute('lang'),
      ]),
    ).toEqual([
      ['English', 'en'],
      ['العربية', 'ar'],
      ['Español', 'es'],
    ]);
  });

  test('sits in a landmark named for it, after the Exit header and before main', async () => {
    await renderLayout();
    const region = screen.getByRole('region', { name: 'Language' });
    expect(screen.getByRole('banner').nextElementSibling).toBe(region);
    expect(region.nextElementSibling).toBe(screen.getByRole('main'));
  });

  test('an unreviewed translation says so in its language, and English is shown without the notice', async () => {
    const { user } = await renderLayout();
    expect(screen.queryByText(/not yet been checked/)).not.toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language' }),
      'Español',
    );
    expect(
      await screen.findByText(
        'Esta traducción aún no ha sido revisada por un hablante nativo.',
        { exact: false },
      ),
    ).toBeVisible();
  });

  test('Read in English switches to English and keeps focus on the switch', async () => {
    const { user } = await renderLayout('es');
    await user.click(screen.getByRole('button', { name: 'Leer en inglés' }));
    const switcher = await screen.findByRole('combobox', { name: 'Language' });
    expect(switcher).toHaveValue('en');
    expect(switcher).toHaveFocus();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  test('the prerendered page shows the switch disabled where it will be, with only the chosen options, since it cannot work before the script runs', async () => {
    const i18n = await createI18n('en', fixtureCatalog);
    const html = renderToStaticMarkup(
      createElement(
        I18nextProvider,
        { i18n },
        createElement(Layout, {
          exitUrl: 'https://example.org/',
          onExit: () => undefined,
          children: 'Page',
        }),
      ),
    );
    const page = document.createElement('div');
    page.innerHTML = html;
    const selects = [...page.querySelectorAll('select')];
    expect(selects.map((select) => select.id)).toEqual([
      'language-select',
      'second-language-select',
    ]);
    for (const select of selects) expect(select).toBeDisabled();
    // Only the chosen option, so the first layout needs no font for the other languages' names.
    expect(
      selects.map((select) => [...select.options].map(({ text }) => text)),
    ).toEqual([['English'], ['No second language']]);
  });
});
