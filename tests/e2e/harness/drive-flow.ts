import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import bankData from '../../../questions/bank.json';
import bankLocale from '../../../locales/en/bank.json';
import flowLocale from '../../../locales/en/flow.json';
import { loadBank } from '../../../src/bank/load-bank.ts';
import type {
  AnswerValue,
  Level,
  Question,
  Region,
} from '../../../src/bank/schema.ts';
import { callsForEmergency } from '../../../src/scoring/calls.ts';
import { score, type Answers } from '../../../src/scoring/score.ts';

export type Perspective = 'parent' | 'professional' | 'other';

/** The real bank, parsed as the app parses it. */
export const bank = loadBank(bankData, 'questions/bank.json');
export const flowText = flowLocale;

type Texts = Readonly<Record<string, unknown>>;

const lookUp = (path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (node, part) =>
        node && typeof node === 'object' ? (node as Texts)[part] : undefined,
      bankLocale,
    );

/** A bank string as the app shows it: the `_parent` variant for parents when there is one. */
export const bankString = (key: string, perspective?: Perspective): string => {
  const parentText =
    perspective === 'parent' ? lookUp(`${key}_parent`) : undefined;
  const text = typeof parentText === 'string' ? parentText : lookUp(key);
  if (typeof text !== 'string')
    throw new Error(`locales/en/bank.json has no string at ${key}.`);
  return text;
};

export const questionText = (id: string, perspective?: Perspective) =>
  bankString(`questions.${id}.text`, perspective);
/** How Check your answers names a question: its short label. */
export const questionLabel = (id: string) =>
  bankString(`questions.${id}.label`);
/** The error for a question left unanswered: the bank's own message. */
export const questionError = (id: string, perspective?: Perspective) =>
  bankString(`questions.${id}.error`, perspective);
export const levelTitle = (level: Level, perspective?: Perspective) =>
  bankString(`levels.${level}.title`, perspective);
export const referralName = (id: string) => bankString(`referrals.${id}.name`);
export const regionName = (region: Region) => bankString(`regions.${region}`);

/** The steps the app shows, in order: every topic that has questions. */
export const steps: { topicId: string; questions: Question[] }[] =
  bank.topics.flatMap(({ id }) => {
    const questions = bank.questions.filter(({ topic }) => topic === id);
    return questions.length > 0 ? [{ topicId: id, questions }] : [];
  });

/** The step number (from 1) a question is asked on. */
export const stepOf = (questionId: string): number =>
  steps.findIndex(({ questions }) =>
    questions.some(({ id }) => id === questionId),
  ) + 1;

export const answerLabel = (value: AnswerValue): string =>
  flowText.answers[value];

const pageTitle = (page: string) => `${page} – ${flowText.title.app}`;
export const titles = {
  start: pageTitle(flowText.title.start),
  step: (current: number) => pageTitle(`Step ${current} of ${steps.length}`),
  emergency: pageTitle(flowText.title.emergency),
  check: pageTitle(flowText.title.check),
  results: pageTitle(flowText.title.results),
};

export const waitForTitle = (page: Page, title: string) =>
  page.waitForFunction((expected) => document.title === expected, title);

/** Whether the answers on one step make the app show the emergency panel next: a yes that makes it urgent, or a not sure on an urgent question. */
export const stepIsUrgent = (stepAnswers: Answers, region: Region): boolean =>
  callsForEmergency(bank, stepAnswers, region);

export const heading = (page: Page): Locator =>
  page.getByRole('heading', { level: 1 });

/** The text of the page's only h1, once there is one. */
export const headingText = async (page: Page): Promise<string> =>
  (await heading(page).textContent()) ?? '';

/** Chooses who is filling it in and the region on the start page, then presses Start. */
export const startAs = async (
  page: Page,
  perspective: Perspective,
  region: Region,
): Promise<void> => {
  await page
    .getByRole('radio', { name: flowText.start.perspective[perspective] })
    .check();
  await page
    .getByRole('combobox', { name: flowText.start.region.label })
    .selectOption(region);
  await page.getByRole('button', { name: flowText.start.submit }).click();
  await waitForTitle(page, titles.step(1));
};

/** The radio for one answer to one question, found by the question's text. */
export const answerRadio = (
  page: Page,
  questionId: string,
  value: AnswerValue,
  perspective?: Perspective,
): Locator =>
  page
    .getByRole('group', { name: questionText(questionId, perspective) })
    .getByRole('radio', { name: answerLabel(value), exact: true });

/** Ticks the given answers on the current step; questions left out stay unanswered. */
export const answerStep = async (
  page: Page,
  answers: Answers,
  perspective?: Perspective,
): Promise<void> => {
  for (const [id, value] of Object.entries(answers)) {
    if (value) await answerRadio(page, id, value, perspective).check();
  }
};

export const pressContinue = (page: Page) =>
  page
    .getByRole('button', { name: flowText.step.continue, exact: true })
    .click();

export const pressBack = (page: Page) =>
  page.getByRole('button', { name: flowText.step.back, exact: true }).click();

export type FlowPlan = {
  perspective: Perspective;
  region: Region;
  /** Answers by question id; a required question left out is answered No. */
  answers: Answers;
};

/** The answers a plan gives on one step, with required questions defaulting to No. */
export const stepAnswers = (
  questions: readonly Question[],
  answers: Answers,
): Answers =>
  Object.fromEntries(
    questions.flatMap(({ id, required }) => {
      const value = answers[id] ?? (required ? 'no' : undefined);
      return value ? [[id, value]] : [];
    }),
  );

/** Every answer a plan gives across the steps, as scoring sees it. */
export const planAnswers = (answers: Answers): Answers =>
  Object.assign(
    {},
    ...steps.map(({ questions }) => stepAnswers(questions, answers)),
  ) as Answers;

/** Answers every step from the first to Check your answers, passing any emergency panel. */
export const answerAllSteps = async (
  page: Page,
  { perspective, region, answers }: FlowPlan,
  onEmergency?: (stepIndex: number) => Promise<void>,
): Promise<void> => {
  for (const [index, { questions }] of steps.entries()) {
    await waitForTitle(page, titles.step(index + 1));
    const given = stepAnswers(questions, answers);
    await answerStep(page, given, perspective);
    await pressContinue(page);
    if (stepIsUrgent(given, region)) {
      await waitForTitle(page, titles.emergency);
      await onEmergency?.(index);
      await page
        .getByRole('button', { name: flowText.emergency.continue })
        .click();
    }
  }
  await waitForTitle(page, titles.check);
};

/** The whole flow by mouse: start choices, every step, check answers, results. Returns the expected outcome. */
export const completeFlow = async (
  page: Page,
  plan: FlowPlan,
  onEmergency?: (stepIndex: number) => Promise<void>,
) => {
  await startAs(page, plan.perspective, plan.region);
  await answerAllSteps(page, plan, onEmergency);
  await page.getByRole('button', { name: flowText.check.submit }).click();
  await waitForTitle(page, titles.results);
  const outcome = score(bank, planAnswers(plan.answers), {
    region: plan.region,
  });
  await expect(headingText(page)).resolves.toBe(
    levelTitle(outcome.level, plan.perspective),
  );
  return outcome;
};

/** Whether the page shows exactly one h1 and it has focus; steps mounted ahead or behind are hidden and do not count. */
export const headingIsFocused = (page: Page): Promise<boolean> =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll('h1')].filter((heading) =>
      heading.checkVisibility(),
    );
    return shown.length === 1 && document.activeElement === shown[0];
  });

/** The polite live region the questionnaire announces each page in. */
export const stepAnnouncement = (page: Page) =>
  page.locator('main [role="status"][aria-live="polite"]').textContent();
