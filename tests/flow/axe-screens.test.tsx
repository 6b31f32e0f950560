import { screen } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../src/flow/questionnaire';
import { bankFixture } from '../fixtures/ui/bank-fixture';
import {
  answerAll,
  choose,
  clickButton,
  start,
} from '../fixtures/ui/flow-actions';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

// jsdom has no layout, so contrast and target size wait for the Chromium run.
const violations = async () => {
  const results = await axe.run(document.body, {
    runOnly: {
      type: 'tag',
      values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'],
    },
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map(({ id, nodes }) => ({
    id,
    targets: nodes.map(({ target }) => target.join(' ')),
  }));
};

const renderFlow = () =>
  renderWithI18n(
    <main>
      <Questionnaire bank={bankFixture} />
    </main>,
  );

describe('axe in jsdom', () => {
  test('the start page and its error state have no violations', async () => {
    const { user } = await renderFlow();
    expect(await violations()).toEqual([]);
    await clickButton(user, 'Start');
    expect(await violations()).toEqual([]);
  });

  test('a question step and its error state have no violations', async () => {
    const { user } = await renderFlow();
    await start(user);
    expect(await violations()).toEqual([]);
    await clickButton(user, 'Continue');
    expect(await violations()).toEqual([]);
  });

  test('the emergency panel has no violations', async () => {
    const { user } = await renderFlow();
    await start(user);
    await choose(user, /missing right now/, 'Yes');
    await choose(user, /in danger right now/, 'No');
    await clickButton(user, 'Continue');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Get help now' }),
    ).toBeInTheDocument();
    expect(await violations()).toEqual([]);
  });

  test('check your answers and the results with answers included have no violations', async () => {
    const { user } = await renderFlow();
    await start(user);
    await answerAll(user, { school: 'Yes' });
    expect(await violations()).toEqual([]);
    await clickButton(user, 'See results');
    await user.click(
      screen.getByRole('checkbox', {
        name: 'Include my answers in the printout',
      }),
    );
    expect(await violations()).toEqual([]);
  });
});
