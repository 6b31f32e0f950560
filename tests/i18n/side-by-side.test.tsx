import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Both, useBoth } from '../../src/i18n/side-by-side';
import { Layout } from '../../src/shell/layout';
import { fixtureCatalog } from '../fixtures/locales/fixture-catalog';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

/** Stands in for a screen: a legend built from bank text in the parent wording, and a button. */
const FixtureStep = () => {
  const both = useBoth('bank');
  return (
    <form>
      <fieldset>
        <legend>
          {both('questions.missing-now.text', { context: 'parent' })}
        </legend>
        <input type="radio" id="yes" name="q" />
        <label htmlFor="yes">
          <Both ns="flow" k="answers.yes" />
        </label>
      </fieldset>
      <button type="button">
        <Both ns="flow" k="step.continue" />
      </button>
    </form>
  );
};

const renderStep = () =>
  renderWithI18n(
    <Layout exitUrl="https://example.org/" onExit={() => undefined}>
      <FixtureStep />
    </Layout>,
    { catalog: fixtureCatalog },
  );

const secondLanguage = () =>
  screen.getByRole('combobox', { name: 'Side by side with' });

describe('side by side', () => {
  test('shows only the first language until a second is chosen', async () => {
    await renderStep();
    expect(screen.getByRole('button', { name: 'Continue' })).toBeVisible();
    expect(screen.getByRole('radio', { name: 'Yes' })).toBeInTheDocument();
  });

  test('a second language shows under the first, in its own lang block', async () => {
    const { user } = await renderStep();
    await user.selectOptions(secondLanguage(), 'Español');
    expect(
      screen.getByRole('group', {
        name: 'Is your child missing right now? ¿Su hijo o hija está desaparecido ahora?',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText('Continuar')).toHaveAttribute('lang', 'es');
    expect(screen.getByText('Sí')).toHaveAttribute('lang', 'es');
    expect(
      screen.getByRole('button', { name: 'Continue Continuar' }),
    ).toBeVisible();
    expect(document.documentElement).toHaveAttribute('lang', 'en');
  });

  test('a right-to-left second language has dir="rtl" on its block only', async () => {
    const { user } = await renderStep();
    await user.selectOptions(secondLanguage(), 'ar');
    const arabic = screen.getByText('متابعة');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(arabic).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  test('choosing no second language removes the second blocks', async () => {
    const { user } = await renderStep();
    await user.selectOptions(secondLanguage(), 'es');
    await user.selectOptions(secondLanguage(), 'No second language');
    expect(screen.queryByText('Continuar')).not.toBeInTheDocument();
    expect(secondLanguage()).toHaveFocus();
  });

  test('making the second language the first one turns side by side off', async () => {
    const { user } = await renderStep();
    await user.selectOptions(secondLanguage(), 'es');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language' }),
      'es',
    );
    expect(
      await screen.findByRole('button', { name: 'Continuar' }),
    ).toBeVisible();
    expect(screen.queryByText('Continue')).not.toBeInTheDocument();
  });
});
