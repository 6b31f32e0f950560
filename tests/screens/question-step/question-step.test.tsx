import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { bankFixture } from '../../fixtures/ui/bank-fixture';
import {
  answerRightNow,
  choose,
  clickButton,
  start,
} from '../../fixtures/ui/flow-actions';
import { renderWithI18n } from '../../fixtures/ui/render-with-i18n';

const renderStarted = async () => {
  const rendered = await renderWithI18n(<Questionnaire bank={bankFixture} />);
  await start(rendered.user, 'A parent or caregiver');
  return rendered;
};

describe('question steps', () => {
  test('the first step shows its progress, focused heading, neutral title and announcement', async () => {
    await renderStarted();
    expect(
      screen.getByText('Step 1 of 3', { ignore: '[role="status"]' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Right now' }),
    ).toHaveFocus();
    expect(document.title).toBe('Step 1 of 3 – Safe Signs');
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 3');
  });

  test('each question is a group of Yes, No and Not sure radios, none chosen', async () => {
    await renderStarted();
    const group = screen.getByRole('group', {
      name: 'Is your child missing right now?',
    });
    const radios = within(group).getAllByRole('radio');
    expect(radios.map((radio) => radio.getAttribute('value'))).toEqual([
      'yes',
      'no',
      'unsure',
    ]);
    expect(
      radios.map(
        (radio) => (radio as HTMLInputElement).labels?.[0]?.textContent,
      ),
    ).toEqual(['Yes', 'No', 'Not sure']);
    for (const radio of radios) expect(radio).not.toBeChecked();
  });

  test('choosing an answer does not move on', async () => {
    const { user } = await renderStarted();
    await choose(user, 'Is your child missing right now?', 'No');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Right now' }),
    ).toBeInTheDocument();
  });

  test('Continue with required questions unanswered shows a focused error summary and prefixes the title', async () => {
    const { user } = await renderStarted();
    await choose(user, 'Is your child missing right now?', 'No');
    await clickButton(user, 'Continue');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveFocus();
    expect(
      within(summary).getByRole('heading', { name: 'There is a problem' }),
    ).toBeInTheDocument();
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Select if your child is in danger right now']);
    expect(document.title).toBe('Error: Step 1 of 3 – Safe Signs');
  });

  test('the error link focuses the first radio of the question, which carries the inline message', async () => {
    const { user } = await renderStarted();
    await clickButton(user, 'Continue');
    await user.click(
      screen.getByRole('link', {
        name: 'Select if your child is in danger right now',
      }),
    );
    const group = screen.getByRole('group', {
      name: 'Do you think your child is in danger right now?',
    });
    expect(within(group).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    expect(group).toHaveAttribute('aria-invalid', 'true');
    expect(group).toHaveAccessibleDescription(
      'Error: Select if your child is in danger right now',
    );
  });

  test('a question without a short label gets a message from its own words', async () => {
    const { user } = await renderStarted();
    await clickButton(user, 'Continue');
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Select an answer: Is your child missing right now?',
      'Select if your child is in danger right now',
    ]);
  });

  test('the Back link sits above the step, and Continue stands alone', async () => {
    await renderStarted();
    const form = screen.getByRole('heading', { level: 1 }).closest('form');
    const buttons = within(form as HTMLElement).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([
      'Back',
      'Continue',
    ]);
  });

  test('answering the required questions and continuing clears the error and moves to the next step', async () => {
    const { user } = await renderStarted();
    await clickButton(user, 'Continue');
    await choose(user, 'Is your child missing right now?', 'No');
    await choose(user, 'Do you think your child is in danger right now?', 'No');
    await clickButton(user, 'Continue');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByText('Step 2 of 3', { ignore: '[role="status"]' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ).toHaveFocus();
    expect(document.title).toBe('Step 2 of 3 – Safe Signs');
  });

  test('optional questions can be left blank and hints describe their question', async () => {
    const { user } = await renderStarted();
    await choose(user, 'Is your child missing right now?', 'No');
    await choose(user, 'Do you think your child is in danger right now?', 'No');
    await clickButton(user, 'Continue');
    expect(
      screen.getByRole('group', {
        name: 'Has your child missed a lot of school lately?',
      }),
    ).toHaveAccessibleDescription('Think about the last few months.');
    await choose(user, 'Has your child missed a lot of school lately?', 'Yes');
    await clickButton(user, 'Continue');
    expect(
      screen.getByRole('heading', {
        level: 1,
        name: 'Good things in their life',
      }),
    ).toBeInTheDocument();
  });

  test('Back keeps the answers of the step left and of the step returned to', async () => {
    const { user } = await renderStarted();
    await choose(user, 'Is your child missing right now?', 'No');
    await choose(
      user,
      'Do you think your child is in danger right now?',
      'Not sure',
    );
    await clickButton(user, 'Continue');
    await clickButton(user, 'Continue with the questions');
    await choose(user, 'Has your child run away from home?', 'Yes');
    await clickButton(user, 'Back');
    const danger = screen.getByRole('group', {
      name: 'Do you think your child is in danger right now?',
    });
    expect(
      within(danger).getByRole('radio', { name: 'Not sure' }),
    ).toBeChecked();
    await clickButton(user, 'Continue');
    await clickButton(user, 'Continue with the questions');
    const runaway = screen.getByRole('group', {
      name: 'Has your child run away from home?',
    });
    expect(within(runaway).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  test('Continue leaves one heading on the page, the new one, focused, and no question of the step before', async () => {
    const { user } = await renderStarted();
    await answerRightNow(user);
    await clickButton(user, 'Continue');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([
      screen.getByRole('heading', { level: 1, name: 'School and routine' }),
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(
      screen.queryByRole('group', { name: 'Is your child missing right now?' }),
    ).not.toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Continue' })).toHaveLength(1);
  });

  test('Back focuses the heading of the step before and shows no question of the step left', async () => {
    const { user } = await renderStarted();
    await answerRightNow(user);
    await clickButton(user, 'Continue');
    await choose(user, 'Has your child missed a lot of school lately?', 'Yes');
    await clickButton(user, 'Back');
    expect(screen.getAllByRole('heading', { level: 1 })).toEqual([
      screen.getByRole('heading', { level: 1, name: 'Right now' }),
    ]);
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    expect(document.title).toBe('Step 1 of 3 – Safe Signs');
    expect(screen.getByRole('status')).toHaveTextContent('Step 1 of 3');
    expect(
      screen.queryByRole('group', {
        name: 'Has your child missed a lot of school lately?',
      }),
    ).not.toBeInTheDocument();
    await clickButton(user, 'Continue');
    const school = screen.getByRole('group', {
      name: 'Has your child missed a lot of school lately?',
    });
    expect(within(school).getByRole('radio', { name: 'Yes' })).toBeChecked();
  });

  test('an error on one step is gone after Back and Continue, and a new one is focused again', async () => {
    const { user } = await renderStarted();
    await answerRightNow(user);
    await clickButton(user, 'Continue');
    await clickButton(user, 'Continue');
    expect(screen.getByRole('alert')).toHaveFocus();
    await clickButton(user, 'Back');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(document.title).toBe('Step 1 of 3 – Safe Signs');
    await clickButton(user, 'Continue');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(
      screen.getByRole('group', {
        name: 'Has your child missed a lot of school lately?',
      }),
    ).not.toHaveAttribute('aria-invalid');
    await clickButton(user, 'Continue');
    expect(screen.getByRole('alert')).toHaveFocus();
    expect(document.title).toBe('Error: Step 2 of 3 – Safe Signs');
  });

  test('Back on the first step returns to the start choices and keeps the answers', async () => {
    const { user } = await renderStarted();
    await choose(user, 'Is your child missing right now?', 'No');
    await clickButton(user, 'Back');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Before you start' }),
    ).toHaveFocus();
    expect(document.title).toBe('Start – Safe Signs');
    await clickButton(user, 'Start');
    const group = screen.getByRole('group', {
      name: 'Is your child missing right now?',
    });
    expect(within(group).getByRole('radio', { name: 'No' })).toBeChecked();
  });
});
