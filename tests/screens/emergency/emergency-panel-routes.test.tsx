import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import bankData from '../../../questions/bank.json';
import { loadBank } from '../../../src/bank/load-bank';
import { addEnglishBank } from '../../../src/i18n/english-bank';
import { createI18n } from '../../../src/i18n/i18n';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { choose, clickButton, start } from '../../fixtures/ui/flow-actions';

const bank = loadBank(bankData, 'questions/bank.json');

const panelLinks = async (urgentAnswers: {
  missing: 'Yes' | 'No';
  sextortion: 'Yes' | 'No';
}) => {
  const i18n = await createI18n('en');
  await addEnglishBank(i18n);
  const user = userEvent.setup();
  render(
    <I18nextProvider i18n={i18n}>
      <Questionnaire bank={bank} initialRegion="us" />
    </I18nextProvider>,
  );
  await start(user);
  await choose(user, /missing right now/, urgentAnswers.missing);
  await choose(user, /in danger from someone right now/, 'No');
  await choose(user, /share sexual images/, urgentAnswers.sextortion);
  await clickButton(user, 'Continue');
  const panel = screen.getByRole('region', { name: 'Get help now' });
  return within(panel)
    .getAllByRole('link')
    .map((link) => link.getAttribute('href'));
};

describe('emergency panel with the real bank', () => {
  test('after a sextortion yes it adds the online reporting routes that answer calls for', async () => {
    const links = await panelLinks({ missing: 'No', sextortion: 'Yes' });
    expect(links[0]).toBe('tel:911');
    expect(links).toContain('https://report.cybertip.org');
    expect(links).toContain('https://takeitdown.ncmec.org');
  });

  test('after a missing-child yes it lists call lines and no online reporting route', async () => {
    const links = await panelLinks({ missing: 'Yes', sextortion: 'No' });
    expect(links[0]).toBe('tel:911');
    expect(links).toContain('tel:+18008435678');
    expect(links).not.toContain('https://report.cybertip.org');
    expect(links).not.toContain('https://takeitdown.ncmec.org');
  });

  test('the reminder to think about whether the phone is safe comes once, before the first text link', async () => {
    await panelLinks({ missing: 'Yes', sextortion: 'No' });
    const panel = screen.getByRole('region', { name: 'Get help now' });
    const reminders = within(panel).getAllByText(
      /think about whether this phone is safe to use/,
    );
    expect(reminders).toHaveLength(1);
    const [firstTextLink] = within(panel).getAllByRole('link', {
      name: /^Text /,
    });
    expect(
      (reminders[0] as HTMLElement).compareDocumentPosition(
        firstTextLink as HTMLElement,
      ) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
