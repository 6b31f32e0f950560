import type { Page } from 'playwright-core';

export type AnswerLabel = 'Yes' | 'No' | 'Not sure';

/** How the user reached a screen: a step change must move focus to its heading. */
export type Arrival = 'load' | 'step' | 'error' | 'in-page';

export type Screen = { name: string; arrival: Arrival };

export type Visit = (screen: Screen) => Promise<void>;

/** The urgent answer that leads to each results level (bank: missing-now). */
export const urgentAnswerFor = {
  urgent: 'Yes',
  high: 'Not sure',
  none: 'No',
} as const satisfies Record<string, AnswerLabel>;

export type WalkLevel = keyof typeof urgentAnswerFor;

const topicStepCount = 8;
const stepCount = topicStepCount + 1;

const main = (page: Page) => page.getByRole('main');

const clickButton = (page: Page, name: string) =>
  main(page).getByRole('button', { name, exact: true }).click();

const waitForHeading = (page: Page, name: string, level = 1) =>
  main(page)
    .getByRole('heading', { level, name, exact: true })
    .waitFor({ state: 'visible' });

const waitForStep = (page: Page, step: number) =>
  main(page)
    .getByRole('paragraph')
    .filter({ hasText: new RegExp(`^Step ${step} of ${stepCount}$`) })
    .waitFor({ state: 'visible' });

/** Answers every question group on the current step with the same label, clicking the label as a user would. */
export const answerStep = async (
  page: Page,
  answer: AnswerLabel,
): Promise<void> => {
  const groups = await main(page).getByRole('group').all();
  for (const group of groups) {
    await group.getByText(answer, { exact: true }).click();
  }
};

const answerUrgentStep = async (page: Page, first: AnswerLabel) => {
  const groups = await main(page).getByRole('group').all();
  for (const [index, group] of groups.entries()) {
    await group.getByText(index === 0 ? first : 'No', { exact: true }).click();
  }
};

const levelTitles = {
  urgent: 'Immediate danger: call emergency services now',
  high: 'Strong signs: talk to a hotline now',
  none: 'None of the listed signs were marked',
} as const satisfies Record<WalkLevel, string>;

type WalkOptions = {
  level: WalkLevel;
  /** Only screens whose name passes are visited; the walk passes through the rest, skipping the error and in-page detours. */
  only?: (name: string) => boolean;
  /** The answer to every topic question, or leave those optional questions unanswered. */
  topicAnswer?: AnswerLabel | 'unanswered';
};

/**
 * Walks the whole flow from a freshly loaded start page the way a user would,
 * calling visit on each screen: start, its error, the urgent step and its error,
 * the emergency panel (levels urgent and high), each topic step, check answers, results,
 * results for another region, results with answers included, and the start
 * page after Start over.
 */
export const visitScreens = async (
  page: Page,
  visit: Visit,
  { level, only = () => true, topicAnswer = 'No' }: WalkOptions,
): Promise<void> => {
  const at = async (name: string, arrival: Arrival) => {
    if (only(name)) await visit({ name, arrival });
  };
  await waitForHeading(page, 'Before you start', 2);
  await at('start', 'load');

  if (only('start with errors')) {
    await clickButton(page, 'Start');
    await main(page).getByRole('alert').waitFor({ state: 'visible' });
    await at('start with errors', 'error');
  }

  await main(page).getByText('A parent or caregiver', { exact: true }).click();
  await clickButton(page, 'Start');
  await waitForStep(page, 1);
  await at('urgent step', 'step');

  if (only('urgent step with errors')) {
    await clickButton(page, 'Continue');
    await main(page).getByRole('alert').waitFor({ state: 'visible' });
    await at('urgent step with errors', 'error');
  }

  await answerUrgentStep(page, urgentAnswerFor[level]);
  await clickButton(page, 'Continue');
  // A yes or a not sure on an urgent question brings the emergency panel.
  if (urgentAnswerFor[level] !== 'No') {
    await waitForHeading(page, 'Get help now');
    await at('emergency panel', 'step');
    await clickButton(page, 'Continue with the questions');
  }

  for (let step = 2; step <= stepCount; step += 1) {
    await waitForStep(page, step);
    await at(`topic step ${step} of ${stepCount}`, 'step');
    if (topicAnswer !== 'unanswered') await answerStep(page, topicAnswer);
    await clickButton(page, 'Continue');
  }

  await waitForHeading(page, 'Check your answers');
  await at('check your answers', 'step');

  await clickButton(page, 'See results');
  await waitForHeading(page, levelTitles[level]);
  await at(`results (${level})`, 'step');

  if (only(`results (${level}) for another region`)) {
    const region = main(page).getByLabel('Show helplines for');
    await region.focus();
    await region.selectOption('gb');
    await at(`results (${level}) for another region`, 'in-page');
  }
  if (only(`results (${level}) with answers included`)) {
    await main(page)
      .getByText('Include my answers in the printout', { exact: true })
      .click();
    await waitForHeading(page, 'Your answers', 2);
    await at(`results (${level}) with answers included`, 'in-page');
  }

  if (only('start after start over')) {
    await clickButton(page, 'Start over');
    await waitForHeading(page, 'Before you start', 2);
    await at('start after start over', 'step');
  }
};

/** Goes from a freshly loaded start page straight to results at a level, leaving the topic questions unanswered. */
export const goToResults = (page: Page, level: WalkLevel): Promise<void> =>
  visitScreens(page, async () => undefined, {
    level,
    only: (name) => name === `results (${level})`,
    topicAnswer: 'unanswered',
  });
