import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { bankFixture } from '../../fixtures/ui/bank-fixture';
import {
  answerAll,
  choose,
  clickButton,
  start,
} from '../../fixtures/ui/flow-actions';
import { renderWithI18n } from '../../fixtures/ui/render-with-i18n';

const renderAtCheck = async () => {
  const rendered = await renderWithI18n(<Questionnaire bank={bankFixture} />);
  await start(rendered.user, 'A parent or caregiver');
  await answerAll(rendered.user, { school: 'Yes', runaway: 'Yes' });
  return rendered;
};

const rowFor = (question: string) => {
  const term = screen.getByText(question, { selector: 'dt' });
  const row = term.parentElement;
  if (!row) throw new Error(`No summary row for ${question}`);
  return row;
};

describe('check your answers', () => {
  test('lists every answer by topic, with unanswered questions marked', async () => {
    await renderAtCheck();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toHaveFocus();
    expect(document.title).toBe('Check your answers – Safe Signs');
    expect(
      screen
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual([
      'Your choices',
      'Right now',
      'School and routine',
      'Good things in their life',
    ]);
    expect(
      within(rowFor('Has your child run away from home?')).getByText('Yes'),
    ).toBeInTheDocument();
    expect(
      within(rowFor('Is your child missing right now?')).getByText('No'),
    ).toBeInTheDocument();
    expect(
      within(rowFor('Does your child have an adult they trust?')).getByText(
        'Not answered',
      ),
    ).toBeInTheDocument();
  });

  test('each Change button names the question it changes', async () => {
    await renderAtCheck();
    expect(
      screen.getByRole('button', {
        name: 'Change your answer to: Has your child run away from home?',
      }),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('button', { name: /^Change your answer to:/ }),
    ).toHaveLength(5);
  });

  test('Change goes to the question, focuses it and returns to the summary after Continue', async () => {
    const { user } = await renderAtCheck();
    await clickButton(
      user,
      'Change your answer to: Has your child run away from home?',
    );
    const group = screen.getByRole('group', {
      name: 'Has your child run away from home?',
    });
    expect(within(group).getByRole('radio', { name: 'Yes' })).toHaveFocus();
    await choose(user, 'Has your child run away from home?', 'No');
    await clickButton(user, 'Continue');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toHaveFocus();
    expect(
      within(rowFor('Has your child run away from home?')).getByText('No'),
    ).toBeInTheDocument();
  });

  test('Back from a changed question returns to the summary', async () => {
    const { user } = await renderAtCheck();
    await clickButton(
      user,
      'Change your answer to: Is your child missing right now?',
    );
    await clickButton(user, 'Back');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
  });

  // Two passes through the flow, slow under jsdom on a busy machine: a longer timeout.
  test('changing an answer changes the result level', async () => {
    const { user } = await renderAtCheck();
    await clickButton(user, 'See results');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Many signs noted' }),
    ).toHaveFocus();
    await clickButton(user, 'Change your answers');
    await clickButton(
      user,
      'Change your answer to: Has your child run away from home?',
    );
    await choose(user, 'Has your child run away from home?', 'No');
    await clickButton(user, 'Continue');
    await clickButton(user, 'See results');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Some signs noted' }),
    ).toBeInTheDocument();
  }, 15_000);

  test('changing an urgent answer to yes shows the emergency panel, then returns to the summary', async () => {
    const { user } = await renderAtCheck();
    await clickButton(
      user,
      'Change your answer to: Is your child missing right now?',
    );
    await choose(user, 'Is your child missing right now?', 'Yes');
    await clickButton(user, 'Continue');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Get help now' }),
    ).toHaveFocus();
    await clickButton(user, 'Continue with the questions');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Check your answers' }),
    ).toBeInTheDocument();
  });

  test('switching who is filling this in through its Change link changes the wording and keeps the answers', async () => {
    const { user } = await renderAtCheck();
    expect(
      within(rowFor('Filling this in')).getByText('A parent or caregiver'),
    ).toBeInTheDocument();
    await clickButton(user, 'Change Filling this in');
    const select = screen.getByRole('combobox', {
      name: 'Who is filling this in?',
    });
    expect(select).toHaveFocus();
    await user.selectOptions(
      select,
      'A professional, such as a teacher or youth worker',
    );
    expect(screen.queryByText(/your child/)).not.toBeInTheDocument();
    expect(
      within(rowFor('Has the young person run away from home?')).getByText(
        'Yes',
      ),
    ).toBeInTheDocument();
  });

  test('the region shows with a Change link, and changing it keeps the answers', async () => {
    const { user } = await renderAtCheck();
    expect(
      within(rowFor('Helplines for')).getByText('United States'),
    ).toBeInTheDocument();
    await clickButton(user, 'Change Helplines for');
    const select = screen.getByRole('combobox', {
      name: 'Show helplines for',
    });
    expect(select).toHaveFocus();
    await user.selectOptions(select, 'Canada');
    expect(
      within(rowFor('Has your child run away from home?')).getByText('Yes'),
    ).toBeInTheDocument();
    await clickButton(user, 'See results');
    expect(
      screen.getByRole('article', {
        name: 'Canadian Human Trafficking Hotline',
      }),
    ).toBeInTheDocument();
  });

  test('yes and not sure stand out in bold boxes; no and not answered stay plain', async () => {
    const { user } = await renderAtCheck();
    await clickButton(
      user,
      'Change your answer to: Has your child run away from home?',
    );
    await choose(user, 'Has your child run away from home?', 'Not sure');
    await clickButton(user, 'Continue');
    const shown = (question: string) =>
      (
        rowFor(question).querySelector('.summary-list__value')
          ?.firstElementChild?.tagName ?? ''
      ).toLowerCase();
    expect({
      yes: shown('Has your child missed a lot of school lately?'),
      unsure: shown('Has your child run away from home?'),
      no: shown('Is your child missing right now?'),
      none: shown('Does your child have an adult they trust?'),
    }).toEqual({ yes: 'strong', unsure: 'strong', no: 'span', none: 'span' });
  });

  test('a question with a short label is listed by it', async () => {
    await renderAtCheck();
    expect(
      within(rowFor('In danger right now')).getByText('No'),
    ).toBeInTheDocument();
  });
});
