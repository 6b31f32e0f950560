import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, test } from 'vitest';
import bankData from '../../../questions/bank.json';
import { loadBank } from '../../../src/bank/load-bank';
import type { Perspective, Region } from '../../../src/bank/schema';
import { addEnglishBank } from '../../../src/i18n/english-bank';
import { createI18n } from '../../../src/i18n/i18n';
import { ResultsPage } from '../../../src/screens/results/results-page';
import { score, type Answers } from '../../../src/scoring/score';
import bankLocale from '../../../locales/en/bank.json';

const bank = loadBank(bankData, 'questions/bank.json');

const renderResults = async (
  answers: Answers,
  region: Region = 'us',
  perspective: Perspective = 'parent',
) => {
  const i18n = await createI18n('en');
  await addEnglishBank(i18n);
  const user = userEvent.setup();
  const noop = () => undefined;
  render(
    <I18nextProvider i18n={i18n}>
      <ResultsPage
        bank={bank}
        answers={answers}
        region={region}
        perspective={perspective}
        onRegionChange={noop}
        onPerspectiveChange={noop}
        onChangeAnswers={noop}
        onStartOver={noop}
      />
    </I18nextProvider>,
  );
  return {
    user,
    outcome: score(bank, answers, { region, perspective }),
  };
};

const urgent: Answers = { 'missing-now': 'yes' };
const high: Answers = { injuries: 'yes' };
type Titled = { title: string; title_parent?: string };
const guidanceTitle = (id: string) => {
  const item = (bankLocale.guidance as Record<string, Titled>)[id];
  return item?.title_parent ?? item?.title;
};
const section = (name: string) => screen.getByRole('region', { name });
const follows = (first: Element, second: Element) =>
  Boolean(
    first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING,
  );

describe('results put help first', () => {
  test.each([
    ['us', '911'],
    ['gb', '999'],
    ['au', '000'],
  ] as const)(
    'at urgent in %s the first link calls %s, right under the meaning and before What to do now',
    async (region, number) => {
      await renderResults(urgent, region);
      const [first] = screen.getAllByRole('link');
      expect(first).toHaveAttribute('href', `tel:${number}`);
      expect(first).toHaveTextContent(`Call ${number}`);
      expect(follows(first as Element, section('What to do now'))).toBeTruthy();
    },
  );

  test('at high the main hotline comes first as a call button, with emergency services beside it', async () => {
    await renderResults(high);
    const [hotline, emergency] = screen.getAllByRole('link');
    expect(hotline).toHaveAttribute('href', 'tel:+18008435678');
    expect(hotline).toHaveTextContent(
      'Call 1-800-843-5678National Center for Missing & Exploited Children (NCMEC)',
    );
    expect(emergency).toHaveAttribute('href', 'tel:911');
    expect(emergency).toHaveTextContent('Call 911If a child is in danger now');
  });

  test.each([{}, { 'school-absences': 'yes' }] as Answers[])(
    'below high no call button comes before What to do now',
    async (answers) => {
      await renderResults(answers);
      const [first] = screen.getAllByRole('link');
      expect(follows(section('What to do now'), first as Element)).toBeTruthy();
    },
  );

  test('What to do now shows at most three actions; More guidance holds the rest, closed until opened', async () => {
    const { user, outcome } = await renderResults(high);
    const titles = (name: string) =>
      within(section(name))
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent);
    const now = titles('What to do now');
    expect(now).toHaveLength(3);
    const [firstMore] = within(section('More guidance')).getAllByRole(
      'heading',
      { level: 3 },
    );
    expect(firstMore).not.toBeVisible();
    await user.click(screen.getByText('More guidance'));
    expect(firstMore).toBeVisible();
    expect([...now, ...titles('More guidance')]).toEqual(
      outcome.guidance.map(({ id }) => guidanceTitle(id)),
    );
  });

  test('why you are seeing this and the signs stay closed until opened, and then show', async () => {
    const { user } = await renderResults(high);
    const why = within(section('Why you are seeing this')).getByText(
      /injuries that may come from someone hurting/,
    );
    const signs = within(section('Learn about the signs')).getAllByRole(
      'heading',
      { level: 3 },
    )[0];
    expect(why).not.toBeVisible();
    expect(signs).not.toBeVisible();
    await user.click(screen.getByText('Why you are seeing this'));
    await user.click(screen.getByText('Learn about the signs'));
    expect(why).toBeVisible();
    expect(signs).toBeVisible();
  });

  test('the phone-safety reminder shows once, above the contact cards, and covers texts, chats and emails', async () => {
    await renderResults(high, 'gb');
    const contacts = section('Who can help');
    const reminders = within(contacts).getAllByText(
      /think about whether this phone is safe/,
    );
    expect(reminders).toHaveLength(1);
    expect(reminders[0]).toHaveTextContent(/texts, chats and emails/);
    const [firstCard] = within(contacts).getAllByRole('article');
    expect(follows(reminders[0] as Element, firstCard as Element)).toBe(true);
  });

  test.each(bank.regions.map(({ id }) => id))(
    'the help card for %s says it is never your fault and has no word about what this page is about',
    async (region) => {
      await renderResults(high, region);
      const card = screen.getByText('It is never your fault.').parentElement;
      expect(card).toHaveAttribute('hidden');
      expect(card?.textContent).not.toMatch(/traffick|sex|abuse|exploit/i);
      const emergency = bank.referrals.find(
        (referral) =>
          referral.region === region && referral.kind === 'emergency',
      );
      expect(card).toHaveTextContent(
        `If you are in danger now, call ${emergency?.phone?.display}.`,
      );
    },
  );

  test('the help sheet names Safe Signs, the date in the region style, the region and the bank version on top', async () => {
    await renderResults(high, 'gb');
    const today = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'long',
    }).format(new Date());
    const meta = screen.getByText(
      `${today} · United Kingdom · Question bank version ${bank.version}`,
    );
    expect(meta.previousElementSibling).toHaveTextContent('Safe Signs');
  });
  test("a professional's own next steps come in What to do now, before the general guidance, and parent-only tips do not show", async () => {
    const { outcome } = await renderResults(high, 'us', 'professional');
    const now = within(section('What to do now'))
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    const titleFor = (id: string) =>
      (bankLocale.guidance as Record<string, Titled>)[id]?.title;
    expect(now).toEqual(
      expect.arrayContaining([
        titleFor('disclosure-respond'),
        titleFor('pro-procedures'),
      ]),
    );
    const ids = outcome.guidance.map(({ id }) => id);
    expect(ids.indexOf('pro-us')).toBeLessThan(ids.indexOf('no-confront'));
    expect(ids.indexOf('pro-us')).toBeLessThan(ids.indexOf('how-to-report'));
    expect(ids).not.toContain('online-safety-talk');
    expect(ids).not.toContain('know-who-they-are-with');
  });

  test('a parent does not get the professional next steps', async () => {
    const { outcome } = await renderResults(high, 'us', 'parent');
    expect(
      outcome.guidance
        .map(({ id }) => id)
        .filter((id) => id.startsWith('pro-')),
    ).toEqual([]);
  });
});
