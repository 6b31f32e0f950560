/** Counts syllables in one English word by vowel groups, with the usual silent-e and -ed/-es fixes. */
export const countSyllables = (word: string): number => {
  const letters = word.toLowerCase().replace(/[^a-z]/g, '');
  if (letters === '') return 0;
  if (letters.length <= 3) return 1;
  const trimmed = letters
    .replace(/(?:[^aeiouytd]ed|[^aeiouysxzcg]es|[^aeiouyl]e)$/, (end) =>
      end.slice(0, 1),
    )
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  const split = [/[^ct]ia/g, /i(?!on)o/g, /[^gq]ua/g, /[aeiouy]ing/g].reduce(
    (sum, pattern) => sum + (trimmed.match(pattern)?.length ?? 0),
    0,
  );
  return Math.max(1, groups + split);
};

type ReadingStats = {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
};

const sentencesOf = (text: string): string[] =>
  text
    .split(/[.!?]+(?:\s+|$)|:\s+|\s*\n+\s*/)
    .map((part) => part.trim())
    .filter((part) => /[a-z0-9]/i.test(part));

const wordsOf = (sentence: string): string[] =>
  sentence.split(/[\s/]+/).filter((word) => /[a-z]/i.test(word));

/** Flesch-Kincaid grade level: 0.39 x words per sentence + 11.8 x syllables per word - 15.59, over all texts together. */
export const readingGrade = (texts: readonly string[]): ReadingStats => {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const text of texts) {
    for (const sentence of sentencesOf(text)) {
      const list = wordsOf(sentence);
      if (list.length === 0) continue;
      sentences += 1;
      words += list.length;
      syllables += list.reduce((sum, word) => sum + countSyllables(word), 0);
    }
  }
  const grade =
    words === 0
      ? 0
      : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { words, sentences, syllables, grade: Math.round(grade * 10) / 10 };
};
