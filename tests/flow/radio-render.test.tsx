import { Profiler } from 'react';
import { describe, expect, test } from 'vitest';
import { Questionnaire } from '../../src/flow/questionnaire';
import { bankFixture } from '../fixtures/ui/bank-fixture';
import { choose, start } from '../fixtures/ui/flow-actions';
import { renderWithI18n } from '../fixtures/ui/render-with-i18n';

// Issue 12: on a slow phone a click that renders the whole session again shows as lag.
describe('answering a question', () => {
  test('a radio click renders nothing of the questionnaire again', async () => {
    let commits = 0;
    const { user } = await renderWithI18n(
      <Profiler id="questionnaire" onRender={() => (commits += 1)}>
        <Questionnaire bank={bankFixture} />
      </Profiler>,
    );
    await start(user);
    const afterStart = commits;
    await choose(user, 'Is your child missing right now?', 'Not sure');
    await choose(user, 'Is your child missing right now?', 'No');
    expect(commits).toBe(afterStart);
  });
});
