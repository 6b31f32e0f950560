import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../src/flow/questionnaire';
import { Layout } from '../../src/shell/layout';
import { bankFixture } from '../fixtures/ui/bank-fixture';
import { choose, clickButton, start } from '../fixtures/ui/flow-actions';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';
import { fixtureCatalog } from '../fixtures/locales/fixture-catalog';

const renderFlow = () =>
  renderWithI18n(
    <Layout exitUrl="https://example.org/" onExit={() => undefined}>
      <Questionnaire bank={bankFixture} />
    </Layout>,
    { catalog: fixtureCatalog },
  );

describe('language change', () => {
  test('switching language mid-step keeps the step, every answer and focus on the switch', async () => {
    const { user } = await renderFlow();
    await start(user, 'A parent or caregiver');
    await choose(user, 'Is your child missing right now?', 'Not sure');
    const switcher = screen.getByRole('combobox', { name: 'Language' });
    await user.selectOptions(switcher, 'Español');

    const group = await screen.findByRole('group', {
      name: '¿Su hijo o hija está desaparecido ahora?',
    });
    expect(
      within(group).getByRole('radio', { name: 'No estoy seguro' }),
    ).toBeChecked();
    expect(
      screen.getByText('Paso 1 de 3', { ignore: '[role="status"]' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toHaveFocus();
    expect(screen.getByRole('combobox', { name: 'Idioma' })).toBe(switcher);
    expect(document.documentElement).toHaveAttribute('lang', 'es');
  });

  test('after a switch the flow goes on in the new language with the earlier answers', async () => {
    const { user } = await renderFlow();
    await start(user, 'A parent or caregiver');
    await choose(user, 'Is your child missing right now?', 'No');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Language' }),
      'es',
    );
    await choose(user, /en peligro ahora/, 'No');
    await clickButton(user, 'Continuar');
    expect(
      screen.getByRole('heading', { level: 1, name: 'La escuela y la rutina' }),
    ).toHaveFocus();
    await clickButton(user, 'Atrás');
    expect(
      within(
        screen.getByRole('group', {
          name: '¿Su hijo o hija está desaparecido ahora?',
        }),
      ).getByRole('radio', { name: 'No' }),
    ).toBeChecked();
  });
});
