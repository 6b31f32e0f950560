import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../src/flow/questionnaire';
import { bankFixture } from '../fixtures/ui/bank-fixture';
import { bankStrings } from '../fixtures/ui/bank-strings';
import { choose, clickButton, start } from '../fixtures/ui/flow-actions';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

describe('language change', () => {
  test('switching language mid-step keeps the step and every answer', async () => {
    const { user, i18n } = await renderWithI18n(
      <Questionnaire bank={bankFixture} />,
    );
    i18n.addResourceBundle('es', 'flow', { step: { continue: 'Continuar' } });
    i18n.addResourceBundle('es', 'bank', {
      ...bankStrings,
      questions: {
        ...bankStrings.questions,
        'missing-now': {
          text: '¿La persona joven está desaparecida ahora?',
          text_parent: '¿Su hijo o hija está desaparecido ahora?',
        },
      },
    });
    await start(user, 'A parent or caregiver');
    await choose(user, 'Is your child missing right now?', 'No');
    await act(() => i18n.changeLanguage('es'));
    const group = screen.getByRole('group', {
      name: '¿Su hijo o hija está desaparecido ahora?',
    });
    expect(within(group).getByRole('radio', { name: 'No' })).toBeChecked();
    expect(
      screen.getByRole('button', { name: 'Continuar' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Step 1 of 3', { ignore: '[role="status"]' }),
    ).toBeInTheDocument();
    await choose(user, /in danger right now/, 'No');
    await clickButton(user, 'Continuar');
    expect(
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ).toHaveFocus();
  });
});
