import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { loadBank } from '../bank/load-bank';
import { answerValues } from '../bank/schema';
import type { AnswerValue, Bank } from '../bank/schema';
import { score } from '../scoring/score';
import type { Answers } from '../scoring/score';

const bankFile = fileURLToPath(
  new URL('../../questions/bank.json', import.meta.url),
);
const scales = [1, 2, 5, 10] as const;
const answerSets = 5000;
const budgetMs = 1500;
const rounds = 5;
const seed = 20261123;

/** mulberry32: a small seeded PRNG, so every run scores the same answer sets. */
const prng = (start: number) => {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

/** The bank with each question cloned `times` times under new ids; the rest unchanged. */
const scaleBank = (bank: Bank, times: number): Bank => ({
  ...bank,
  questions: Array.from({ length: times }, (_, copy) =>
    bank.questions.map((question) => ({
      ...question,
      id: copy === 0 ? question.id : `${question.id}-copy-${copy}`,
    })),
  ).flat(),
});

const choices: readonly (AnswerValue | undefined)[] = [
  ...answerValues,
  undefined,
];

/** Each question answered yes, no or unsure, or skipped, with equal chances. */
const randomAnswers = (bank: Bank, random: () => number): Answers => {
  const answers: Record<string, AnswerValue> = {};
  for (const { id } of bank.questions) {
    const answer = choices[Math.floor(random() * choices.length)];
    if (answer !== undefined) answers[id] = answer;
  }
  return answers;
};

/** Microseconds per outcome in the fastest of a few timed rounds (the least disturbed by other work on the machine), after one untimed pass over every answer set. */
const measure = (bank: Bank) => {
  const random = prng(seed);
  const sets = Array.from({ length: answerSets }, () =>
    randomAnswers(bank, random),
  );
  const regions = bank.regions.map(({ id }) => id);
  const run = (index: number) =>
    score(bank, sets[index % sets.length] ?? {}, {
      region: regions[index % regions.length] ?? bank.defaultRegion,
    });
  for (let index = 0; index < sets.length; index += 1) run(index);
  const perRound = Array.from({ length: rounds }, () => {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < budgetMs / rounds) {
      for (let batch = 0; batch < 1000; batch += 1) run(count + batch);
      count += 1000;
      elapsed = performance.now() - start;
    }
    return (elapsed * 1000) / count;
  }).sort((a, b) => a - b);
  return perRound[0] ?? 0;
};

export type ScoringSize = {
  times: number;
  questions: number;
  outcomesPerSecond: number;
  microsPerOutcome: number;
  nanosPerQuestion: number;
  vsBase: number;
};

export type ScoringFigures = {
  bankVersion: string;
  questions: number;
  answerSets: number;
  rounds: number;
  budgetMs: number;
  sizes: ScoringSize[];
};

/** Times scoring on the real bank and on copies of it grown to 10x. */
export const measureScoring = (): ScoringFigures => {
  const bank = loadBank(
    JSON.parse(readFileSync(bankFile, 'utf8')) as unknown,
    bankFile,
  );
  let base = 0;
  const sizes = scales.map((times) => {
    const scaled = scaleBank(bank, times);
    const micros = measure(scaled);
    if (times === 1) base = micros;
    return {
      times,
      questions: scaled.questions.length,
      outcomesPerSecond: Math.round(1e6 / micros),
      microsPerOutcome: micros,
      nanosPerQuestion: (micros * 1000) / scaled.questions.length,
      vsBase: micros / base,
    };
  });
  return {
    bankVersion: bank.version,
    questions: bank.questions.length,
    answerSets,
    rounds,
    budgetMs,
    sizes,
  };
};

const pad = (text: string | number, width: number) =>
  String(text).padStart(width);

/** Prints the figures as the table `npm run bench:score` shows. */
export const formatScoring = (figures: ScoringFigures): string =>
  [
    `bank ${figures.bankVersion}: ${figures.questions} questions; ${figures.answerSets} seeded random answer sets per size; fastest of ${figures.rounds} timed rounds, ${figures.budgetMs} ms in all per size\n`,
    `${pad('size', 5)} ${pad('questions', 9)} ${pad('outcomes/s', 11)} ${pad('µs/outcome', 11)} ${pad('ns/question', 12)} ${pad('vs 1x', 6)}`,
    ...figures.sizes.map(
      (size) =>
        `${pad(`${size.times}x`, 5)} ${pad(size.questions, 9)} ${pad(size.outcomesPerSecond, 11)} ${pad(size.microsPerOutcome.toFixed(2), 11)} ${pad(size.nanosPerQuestion.toFixed(1), 12)} ${pad(`${size.vsBase.toFixed(1)}x`, 6)}`,
    ),
    '',
  ].join('\n');

// npm run bench imports this module; only a direct run prints.
if (resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  process.stdout.write(formatScoring(measureScoring()));
}
