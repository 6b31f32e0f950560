import { screen } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { bankFixture } from '../../fixtures/ui/bank-fixture';
import { clickButton, start } from '../../fixtures/ui/flow-actions';
import { renderWithI18n } from '../../fixtures/ui/render-with-i18n';

// Canada also dials 911; a distinct number shows that the line follows the region.
const bankWithDistinctNumbers = {
  ...bankFixture,
  referrals: bankFixture.referrals.map((referral) =>
    referral.id === 'ca-emergency'
      ? { ...referral, phone: { tel: '5550100', display: '555 0100' } }
      : referral,
  ),
};

const dangerLine = () =>
  screen.getByText(/^If a child is in danger now,/, { selector: 'p' });

const regionSelect = () =>
  screen.getByRole('combobox', { name: 'Where are you?' });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('start choices', () => {
  test('no perspective is chosen and the region is the bank default when the browser region is unknown', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR']);
    await renderWithI18n(<Questionnaire bank={bankFixture} />);
    for (const name of [
      'A parent or caregiver',
      'A professional, such as a teacher or youth worker',
      'Another adult who is worried',
    ]) {
      expect(screen.getByRole('radio', { name })).not.toBeChecked();
    }
    expect(regionSelect()).toHaveDisplayValue('United States');
  });

  test('the region defaults to the one matching the browser language region', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-CA', 'en']);
    await renderWithI18n(<Questionnaire bank={bankFixture} />);
    expect(regionSelect()).toHaveDisplayValue('Canada');
  });

  test('a region and perspective from the start link are preselected', async () => {
    await renderWithI18n(
      <Questionnaire
        bank={bankFixture}
        initialRegion="ca"
        initialPerspective="professional"
      />,
    );
    expect(regionSelect()).toHaveDisplayValue('Canada');
    expect(
      screen.getByRole('radio', {
        name: 'A professional, such as a teacher or youth worker',
      }),
    ).toBeChecked();
  });

  test('the intro is shown at the top of the start page', async () => {
    await renderWithI18n(
      <Questionnaire bank={bankFixture} intro={<h1>Welcome intro</h1>} />,
    );
    expect(
      screen.getByRole('heading', { level: 1, name: 'Welcome intro' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: 'Before you start' }),
    ).toBeInTheDocument();
  });

  test('Start with nothing chosen shows a focused error summary linked to the choice', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await clickButton(user, 'Start');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(summary).toHaveTextContent('There is a problem');
    expect(document.title).toBe('Error: Start – Safe Signs');
    await user.click(
      screen.getByRole('link', { name: 'Select who is filling this in' }),
    );
    expect(
      screen.getByRole('radio', { name: 'A parent or caregiver' }),
    ).toHaveFocus();
    expect(
      screen.getByRole('group', { name: 'Who is filling this in?' }),
    ).toHaveAccessibleDescription(
      'This changes how the questions are worded. Error: Select who is filling this in',
    );
  });

  test('a parent sees questions about "your child"', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await start(user, 'A parent or caregiver');
    expect(
      screen.getByRole('group', { name: 'Is your child missing right now?' }),
    ).toBeInTheDocument();
  });

  test('a professional sees questions about "the young person"', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await start(user, 'A professional, such as a teacher or youth worker');
    expect(
      screen.getByRole('group', {
        name: 'Is the young person missing right now?',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/your child/)).not.toBeInTheDocument();
  });

  test('the chosen region is kept when starting', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await user.selectOptions(regionSelect(), 'Canada');
    await start(user);
    await clickButton(user, 'Back');
    expect(regionSelect()).toHaveDisplayValue('Canada');
    expect(
      screen.getByRole('radio', { name: 'A parent or caregiver' }),
    ).toBeChecked();
  });

  test('the emergency line calls the emergency number of the region', async () => {
    await renderWithI18n(
      <Questionnaire bank={bankWithDistinctNumbers} initialRegion="us" />,
    );
    expect(dangerLine()).toHaveTextContent(
      'If a child is in danger now, call 911',
    );
    expect(screen.getByRole('link', { name: 'call 911' })).toHaveAttribute(
      'href',
      'tel:911',
    );
  });

  test('changing the region changes the number on the emergency line at once', async () => {
    const { user } = await renderWithI18n(
      <Questionnaire bank={bankWithDistinctNumbers} initialRegion="us" />,
    );
    await user.selectOptions(regionSelect(), 'Canada');
    expect(screen.getByRole('link', { name: 'call 555 0100' })).toHaveAttribute(
      'href',
      'tel:5550100',
    );
    expect(
      screen.queryByRole('link', { name: 'call 911' }),
    ).not.toBeInTheDocument();
  });
});
