import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../src/flow/questionnaire';
import { bankFixture } from '../fixtures/ui/bank-fixture';
import {
  answerRightNow,
  choose,
  clickButton,
  start,
} from '../fixtures/ui/flow-actions';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

const schoolQuestion = 'Has your child missed a lot of school lately?';

// On a slow phone, building a step's questions is most of a step change; the next step is built ahead, hidden, and Continue only shows it.
describe('steps next to the current one', () => {
  test('the next step is in the page before Continue, hidden from everyone, and Continue shows that same step', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await start(user);
    expect(
      screen.queryByRole('group', { name: schoolQuestion }),
    ).not.toBeInTheDocument();
    const ahead = screen.getByRole('group', {
      name: schoolQuestion,
      hidden: true,
    });
    expect(ahead).not.toBeVisible();
    await answerRightNow(user);
    await clickButton(user, 'Continue');
    expect(screen.getByRole('group', { name: schoolQuestion })).toBe(ahead);
    expect(ahead).toBeVisible();
  });

  test('on the start page the first step is built ahead, hidden from everyone, and Start shows that same step', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    const hiddenGroups = () =>
      screen
        .queryAllByRole('group', { hidden: true })
        .filter((group) => group.closest('[hidden]'));
    await waitFor(() => expect(hiddenGroups()).not.toEqual([]));
    const [ahead] = hiddenGroups();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.queryByRole('heading', { name: 'Right now' })).toBeNull();
    // Choosing who is filling this in words the step built ahead for them, before Start.
    await user.click(
      screen.getByRole('radio', { name: 'A parent or caregiver' }),
    );
    await waitFor(() =>
      expect(
        screen.getByRole('group', {
          name: 'Is your child missing right now?',
          hidden: true,
        }),
      ).toBe(ahead),
    );
    await clickButton(user, 'Start');
    expect(
      screen.getByRole('group', { name: 'Is your child missing right now?' }),
    ).toBe(ahead);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Right now' }),
    ).toHaveFocus();
  });

  test('no id is used twice in the page on any step', async () => {
    const { user, container } = await renderWithI18n(
      <Questionnaire bank={bankFixture} />,
    );
    const ids = () =>
      [...container.querySelectorAll('[id]')].map(({ id }) => id);
    await start(user);
    await clickButton(user, 'Continue');
    expect(new Set(ids()).size).toBe(ids().length);
    await answerRightNow(user);
    await clickButton(user, 'Continue');
    expect(new Set(ids()).size).toBe(ids().length);
    await choose(user, schoolQuestion, 'No');
    await clickButton(user, 'Continue');
    expect(new Set(ids()).size).toBe(ids().length);
  });

  test('while the emergency panel shows, no step is exposed, and its Continue focuses the next step', async () => {
    const { user } = await renderWithI18n(<Questionnaire bank={bankFixture} />);
    await start(user);
    await answerRightNow(user, 'Not sure');
    await clickButton(user, 'Continue');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([
      screen.getByRole('heading', { level: 1, name: 'Get help now' }),
    ]);
    expect(screen.queryAllByRole('group')).toEqual([]);
    await clickButton(user, 'Continue with the questions');
    expect(
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ).toHaveFocus();
    expect(document.title).toBe('Step 2 of 3 – Safe Signs');
    await clickButton(user, 'Back');
    const missing = screen.getByRole('group', {
      name: 'Is your child missing right now?',
    });
    expect(
      within(missing).getByRole('radio', { name: 'Not sure' }),
    ).toBeChecked();
  });
});
