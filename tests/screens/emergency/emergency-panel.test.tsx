import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { bankFixture } from '../../fixtures/ui/bank-fixture';
import { choose, clickButton, start } from '../../fixtures/ui/flow-actions';
import { renderWithI18n } from '../../fixtures/ui/render-with-i18n';

const answerUrgent = async (
  danger: 'Yes' | 'No' | 'Not sure',
  initialRegion: 'us' | 'ca' = 'us',
) => {
  const rendered = await renderWithI18n(
    <Questionnaire bank={bankFixture} initialRegion={initialRegion} />,
  );
  const { user } = rendered;
  await start(user, 'Another adult who is worried');
  await choose(user, 'Is the young person missing right now?', 'No');
  await choose(
    user,
    'Do you think the young person is in danger right now?',
    danger,
  );
  await clickButton(user, 'Continue');
  return rendered;
};

const panel = () => screen.getByRole('region', { name: 'Get help now' });

describe('emergency panel', () => {
  test('a yes on the urgent step interrupts with a focused emergency panel', async () => {
    await answerUrgent('Yes');
    expect(
      within(panel()).getByRole('heading', { level: 1, name: 'Get help now' }),
    ).toHaveFocus();
    expect(document.title).toBe('Get help now – Safe Signs');
  });

  test('the region emergency number comes first as a call link, then the hotline', async () => {
    await answerUrgent('Yes');
    const links = within(panel()).getAllByRole('link');
    expect(
      links.map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Call 911', 'tel:911'],
      ['Call 1-888-373-7888', 'tel:+18883737888'],
      ['Text 233733', 'sms:233733'],
      ['humantraffickinghotline.org', 'https://humantraffickinghotline.org'],
    ]);
    expect(
      within(panel()).getByText(/think about whether this phone is safe/),
    ).toBeInTheDocument();
  });

  test('the panel follows the chosen region and leaves out support lines', async () => {
    await answerUrgent('Yes', 'ca');
    const links = within(panel()).getAllByRole('link');
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'tel:911',
      'tel:+18339001010',
    ]);
  });

  test('Continue with the questions goes on to the next step', async () => {
    const { user } = await answerUrgent('Yes');
    await clickButton(user, 'Continue with the questions');
    expect(
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ).toHaveFocus();
    expect(
      screen.queryByRole('region', { name: 'Get help now' }),
    ).not.toBeInTheDocument();
  });

  test('Back returns to the urgent questions with the answers kept', async () => {
    const { user } = await answerUrgent('Yes');
    await clickButton(user, 'Back');
    const group = screen.getByRole('group', {
      name: 'Do you think the young person is in danger right now?',
    });
    expect(within(group).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  test('answering No goes straight to the next step', async () => {
    await answerUrgent('No');
    expect(
      screen.queryByRole('region', { name: 'Get help now' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ).toBeInTheDocument();
  });

  test('a not sure brings the panel too, worded for doubt, with the call first', async () => {
    await answerUrgent('Not sure');
    expect(
      within(panel()).getByRole('heading', { level: 1, name: 'Get help now' }),
    ).toHaveFocus();
    expect(
      within(panel()).getByText(
        /If you are not sure, it is still right to call/,
      ),
    ).toBeInTheDocument();
    expect(within(panel()).getAllByRole('link')[0]).toHaveAccessibleName(
      'Call 911',
    );
    expect(within(panel()).getAllByRole('link')[0]).toHaveAttribute(
      'href',
      'tel:911',
    );
  });

  test('a yes is not worded for doubt', async () => {
    await answerUrgent('Yes');
    expect(
      within(panel()).queryByText(/If you are not sure/),
    ).not.toBeInTheDocument();
    expect(
      within(panel()).getByText(
        /may be missing, in danger or being threatened/,
      ),
    ).toBeInTheDocument();
  });

  test('the way on comes after the calls, with Back as a link at the top', async () => {
    await answerUrgent('Yes');
    const buttons = within(panel()).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Back',
      'Continue with the questions',
    ]);
    const [call] = within(panel()).getAllByRole('link');
    expect(
      (call as HTMLElement).compareDocumentPosition(buttons[1] as HTMLElement) &
        Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });
});
