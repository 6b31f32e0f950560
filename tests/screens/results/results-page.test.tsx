import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { Questionnaire } from '../../../src/flow/questionnaire';
import { bankFixture } from '../../fixtures/ui/bank-fixture';
import { answerAll, clickButton, start } from '../../fixtures/ui/flow-actions';
import { renderWithI18n } from '../../fixtures/ui/render-with-i18n';

type Given = Parameters<typeof answerAll>[1];

const renderResults = async (
  answers: Given,
  initialRegion: 'us' | 'ca' = 'us',
) => {
  const rendered = await renderWithI18n(
    <Questionnaire bank={bankFixture} initialRegion={initialRegion} />,
  );
  await start(rendered.user, 'A parent or caregiver');
  await answerAll(rendered.user, answers);
  await clickButton(rendered.user, 'See results');
  return rendered;
};

const section = (name: string) => screen.getByRole('region', { name });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('results', () => {
  test('shows the level, its meaning and the caveat under a neutral title', async () => {
    await renderResults({ school: 'Yes' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Some signs noted' }),
    ).toHaveFocus();
    expect(
      screen.getByText('Some answers match signs worth watching.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/This is not a diagnosis/)).toBeInTheDocument();
    expect(document.title).toBe('Results – Safe Signs');
  });

  test('no signs noted still shows the caveat that this is not proof of safety', async () => {
    await renderResults({});
    expect(
      screen.getByRole('heading', { level: 1, name: 'No signs noted' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/No signs noted does not prove a young person is safe/),
    ).toBeInTheDocument();
    expect(
      within(section('Why you are seeing this')).getByText(
        'None of your answers matched a warning sign.',
      ),
    ).toBeInTheDocument();
  });

  test('explains why with the answers behind the level, by topic', async () => {
    await renderResults({ school: 'Yes', runaway: 'Not sure' });
    const why = section('Why you are seeing this');
    expect(
      within(why).getByRole('heading', {
        level: 3,
        name: 'School and routine',
      }),
    ).toBeInTheDocument();
    expect(
      within(why)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Has your child missed a lot of school lately? Yes',
      'Has your child run away from home? Not sure',
    ]);
  });

  test('lists guidance in order with the parent wording and its items', async () => {
    await renderResults({ school: 'Yes' });
    const now = section('What to do now');
    expect(
      within(now)
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['Write down what you notice', 'Talk calmly']);
    expect(
      within(now).getByText('Listen to your child without blame.'),
    ).toBeInTheDocument();
    expect(within(now).getByText('When it happened')).toBeInTheDocument();
  });

  test('lists the region referrals with call, text and web links and the date each was checked', async () => {
    await renderResults({ school: 'Yes' });
    const contacts = section('Who can help');
    const card = within(contacts).getByRole('article', {
      name: 'National Human Trafficking Hotline',
    });
    expect(
      within(card).getByRole('link', { name: 'Call 1-888-373-7888' }),
    ).toHaveAttribute('href', 'tel:+18883737888');
    expect(
      within(card).getByRole('link', { name: 'Text 233733' }),
    ).toHaveAttribute('href', 'sms:233733');
    expect(
      within(card).getByRole('link', { name: 'humantraffickinghotline.org' }),
    ).toHaveAttribute('href', 'https://humantraffickinghotline.org');
    expect(
      within(card).getByText('Help, tips and referrals; not law enforcement'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('English, Spanish and more through interpreters'),
    ).toBeInTheDocument();
    expect(
      within(card).getByText('Last checked: November 23, 2026'),
    ).toBeInTheDocument();
    expect(
      within(card).queryByText(/think about whether this phone is safe/),
    ).not.toBeInTheDocument();
    expect(
      within(contacts).queryByRole('article', { name: 'Emergency services' }),
    ).not.toBeInTheDocument();
  });

  test('an urgent result lists emergency services first', async () => {
    await renderResults({ missing: 'Yes' });
    expect(
      screen.getByRole('heading', { level: 1, name: 'Get help now' }),
    ).toBeInTheDocument();
    expect(
      within(section('Who can help'))
        .getAllByRole('article')
        .map((card) => card.getAttribute('aria-label')),
    ).toEqual(['Emergency services', 'National Human Trafficking Hotline']);
  });

  test('switching region re-scores the contacts and keeps the answers', async () => {
    const { user } = await renderResults({ school: 'Yes' });
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Show helplines for' }),
      'Canada',
    );
    const contacts = section('Who can help');
    const card = within(contacts).getByRole('article', {
      name: 'Kids Help Phone',
    });
    expect(
      within(card).getByRole('link', { name: 'Text CONNECT to 686868' }),
    ).toHaveAttribute('href', 'sms:686868?body=CONNECT');
    expect(
      within(card).getByText('Last checked: October 5, 2026'),
    ).toBeInTheDocument();
    expect(
      within(contacts).queryByRole('article', {
        name: 'National Human Trafficking Hotline',
      }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Some signs noted' }),
    ).toBeInTheDocument();
    expect(
      within(section('Why you are seeing this')).getByText(
        'Has your child missed a lot of school lately?',
        { exact: false },
      ),
    ).toBeInTheDocument();
  });

  test('shows the universal education once opened, and the bank version', async () => {
    const { user } = await renderResults({});
    await user.click(screen.getByText('Learn about the signs'));
    expect(
      within(section('Learn about the signs')).getByRole('heading', {
        name: 'How grooming works',
      }),
    ).toBeVisible();
    expect(
      screen.getByText(/^Question bank version 0\.9\.0\./),
    ).toBeInTheDocument();
  });

  test('Print opens the print dialog', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await renderResults({});
    await clickButton(user, 'Print help sheet');
    expect(print).toHaveBeenCalledTimes(1);
    await clickButton(user, 'Print help card for a young person');
    expect(print).toHaveBeenCalledTimes(2);
  });

  test('the answers are added to the printout only when the user ticks the box', async () => {
    const { user } = await renderResults({ school: 'Yes' });
    const include = screen.getByRole('checkbox', {
      name: 'Include my answers in the printout',
    });
    expect(include).not.toBeChecked();
    expect(
      screen.queryByRole('region', { name: 'Your answers' }),
    ).not.toBeInTheDocument();
    await user.click(include);
    const printed = section('Your answers');
    expect(
      within(printed).getByText('Does your child have an adult they trust?'),
    ).toBeInTheDocument();
    await user.click(include);
    expect(
      screen.queryByRole('region', { name: 'Your answers' }),
    ).not.toBeInTheDocument();
  });

  test('Start over removes every answer and returns to a fresh start page', async () => {
    const { user } = await renderResults({
      school: 'Yes',
      runaway: 'Not sure',
    });
    await clickButton(user, 'Start over');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Before you start' }),
    ).toHaveFocus();
    expect(document.title).toBe('Start – Safe Signs');
    expect(
      screen.getByRole('radio', { name: 'A parent or caregiver' }),
    ).not.toBeChecked();
    for (const radio of screen.getAllByRole('radio', { hidden: true }))
      expect(radio).not.toBeChecked();
    // The first steps are built ahead, hidden, with their questions but no answer.
    const shown = document.body.cloneNode(true) as HTMLElement;
    for (const hidden of shown.querySelectorAll('[hidden]')) hidden.remove();
    expect(shown).not.toHaveTextContent(/school|run away|Not sure|Yes/);
    await start(user, 'A parent or caregiver');
    for (const radio of screen.getAllByRole('radio'))
      expect(radio).not.toBeChecked();
    await clickButton(user, 'Back');
    await start(user, 'A parent or caregiver');
    await screen.findByRole('heading', { level: 1, name: 'Right now' });
  });
});
