import { expect, test } from 'vitest';
import { stepsOf } from '../../src/scoring/steps-of';
import { fixtureBank } from '../fixtures/scoring/fixture-bank';

test('each topic with questions is one step, in topic order, with its questions in bank order', () => {
  const bank = {
    ...fixtureBank,
    topics: [{ id: 'empty' }, ...fixtureBank.topics],
  };
  expect(
    stepsOf(bank).map(({ topicId, questions }) => [
      topicId,
      questions.map(({ id }) => id),
    ]),
  ).toEqual([
    ['urgent-check', ['missing-now', 'sextortion-now']],
    ['school-routine', ['school-absences', 'runaway']],
    ['friends-relationships', ['told-exploited', 'older-partner']],
    ['online', ['online-stranger']],
    ['home-background', ['care-system']],
    ['strengths', ['trusted-adult']],
  ]);
});
