import { expect, test } from 'vitest';
import { countSyllables, readingGrade } from '../../src/cli/reading-grade';

test.each([
  ['the', 1],
  ['child', 1],
  ['person', 2],
  ['hotline', 2],
  ['someone', 2],
  ['people', 2],
  ['images', 3],
  ['services', 3],
  ['targeted', 3],
  ['tricked', 1],
  ['being', 2],
  ['sexual', 3],
  ['emergency', 4],
  ['activities', 4],
  ['trafficking', 3],
  ["child's", 1],
  ['', 0],
])('%s has %i syllables', (word, syllables) => {
  expect(countSyllables(word)).toBe(syllables);
});

test('the Flesch-Kincaid grade is computed over words, sentences and syllables', () => {
  expect(readingGrade(['Call emergency services now.'])).toEqual({
    words: 4,
    sentences: 1,
    syllables: 9,
    grade: 12.5,
  });
});

test('each list item without a full stop counts as one sentence', () => {
  expect(readingGrade(['Listen without judging', 'Keep checking in.'])).toEqual(
    {
      words: 6,
      sentences: 2,
      syllables: 10,
      grade: Math.round((0.39 * 3 + (11.8 * 10) / 6 - 15.59) * 10) / 10,
    },
  );
});

test('no text has grade 0', () => {
  expect(readingGrade([])).toEqual({
    words: 0,
    sentences: 0,
    syllables: 0,
    grade: 0,
  });
});
