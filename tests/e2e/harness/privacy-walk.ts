import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AnswerValue } from '../../../src/bank/schema.ts';
import { score, type Answers } from '../../../src/scoring/score.ts';
import type { AppSession } from './app-session.ts';
import {
  answerRadio,
  answerStep,
  bank,
  flowText,
  headingText,
  levelTitle,
  planAnswers,
  pressBack,
  pressContinue,
  questionText,
  startAs,
  steps,
  titles,
  waitForTitle,
  questionLabel,
} from './drive-flow.ts';
import { emptyStoredState, readStoredState } from './stored-state.ts';

/** Keys a user might press while reading, from a focused heading: typing, Tab, a lone Shift, Escape. */
export const pressEverydayKeys = async (page: Page): Promise<void> => {
  await page.keyboard.type('my notes 123');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
};

/** Every title the app may set: the page's name and the app's, never an answer or question. */
export const neutralTitle =
  /^((Error: )?(Start|Step \d+ of \d+|Get help now|Check your answers|Results) – )?Safe Signs$/;

export const sensitiveWords = /trafficking|abuse|sex|exploit/i;

/** The answers the walk gives: every value on the urgent step, a mix elsewhere, some left blank. */
export const walkAnswers: Answers = {
  'missing-now': 'no',
  'in-danger-now': 'yes',
  'sextortion-now': 'unsure',
  'school-absences': 'yes',
  runaway: 'no',
  hunger: 'unsure',
  'older-partner': 'unsure',
  isolation: 'no',
  'online-stranger': 'yes',
  'adult-asked-images': 'no',
  gifts: 'yes',
  phones: 'unsure',
  injuries: 'no',
  substances: 'unsure',
  'prior-sexual-abuse': 'no',
  'trusted-adult': 'yes',
};

/** The answer the walk changes from Check your answers. */
export const changedAnswer: { id: string; to: AnswerValue } = {
  id: 'gifts',
  to: 'no',
};

const perspective = 'parent';

const answersOnStep = (index: number): Answers =>
  Object.fromEntries(
    (steps[index]?.questions ?? []).flatMap(({ id }) =>
      walkAnswers[id] ? [[id, walkAnswers[id]]] : [],
    ),
  );

/** Walks the whole questionnaire: errors, Back, the emergency panel, a change, results, print choice and Start over. */
export const walkQuestionnaire = async (page: Page): Promise<void> => {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.getByRole('link', { name: 'Skip to main content' }).focus();
  await page.keyboard.press('Enter');
  await pressEverydayKeys(page);

  await page.getByRole('button', { name: flowText.start.submit }).click();
  await waitForTitle(page, `Error: ${titles.start}`);
  await startAs(page, perspective, 'gb');
  await pressEverydayKeys(page);

  await pressContinue(page);
  await waitForTitle(page, `Error: ${titles.step(1)}`);
  await answerStep(page, answersOnStep(0), perspective);
  await pressContinue(page);
  await waitForTitle(page, titles.emergency);
  await pressEverydayKeys(page);
  await page
    .getByRole('button', { name: flowText.emergency.back, exact: true })
    .click();
  await waitForTitle(page, titles.step(1));
  await pressContinue(page);
  await waitForTitle(page, titles.emergency);
  await page.getByRole('button', { name: flowText.emergency.continue }).click();

  for (let index = 1; index < steps.length; index += 1) {
    await waitForTitle(page, titles.step(index + 1));
    await answerStep(page, answersOnStep(index), perspective);
    if (index === 2) {
      await pressBack(page);
      await waitForTitle(page, titles.step(index));
      await pressEverydayKeys(page);
      await pressContinue(page);
      await waitForTitle(page, titles.step(index + 1));
    }
    await pressContinue(page);
  }
  await waitForTitle(page, titles.check);
  await pressEverydayKeys(page);

  const changed = questionLabel(changedAnswer.id);
  await page
    .getByRole('button', {
      name: `${flowText.check.change} your answer to: ${changed}`,
    })
    .click();
  await answerRadio(
    page,
    changedAnswer.id,
    changedAnswer.to,
    perspective,
  ).check();
  await pressContinue(page);
  await waitForTitle(page, titles.check);
  await page.getByRole('button', { name: flowText.check.submit }).click();
  await waitForTitle(page, titles.results);
  const { level } = score(bank, finalWalkAnswers(), { region: 'gb' });
  await expect(headingText(page)).resolves.toBe(levelTitle(level, perspective));
  await pressEverydayKeys(page);

  await page
    .getByRole('combobox', { name: flowText.settings.region })
    .selectOption('au');
  await page.getByRole('checkbox', { name: flowText.print.include }).check();
  await page
    .getByRole('heading', { name: flowText.print.answersHeading })
    .waitFor();
  await page.getByRole('button', { name: flowText.results.startOver }).click();
  await waitForTitle(page, titles.start);
  await pressEverydayKeys(page);
};

/** The final answers of the walk, after the change. */
export const finalWalkAnswers = (): Answers =>
  planAnswers({ ...walkAnswers, [changedAnswer.id]: changedAnswer.to });

/** Asserts the start page is back with nothing of the last session in it. */
export const expectFreshStart = async (page: Page): Promise<void> => {
  await expect(
    page.getByRole('heading', { name: flowText.start.heading }).isVisible(),
  ).resolves.toBe(true);
  for (const value of ['parent', 'professional', 'other'] as const) {
    await expect(
      page
        .getByRole('radio', { name: flowText.start.perspective[value] })
        .isChecked(),
    ).resolves.toBe(false);
  }
  const text = (await page.locator('body').innerText()).toString();
  for (const level of ['none', 'some', 'high', 'urgent'] as const) {
    expect(text).not.toContain(levelTitle(level, perspective));
  }
  for (const name of [
    flowText.print.answersHeading,
    flowText.check.heading,
    flowText.results.contacts,
  ]) {
    await expect(
      page.getByRole('heading', { name, exact: true }).count(),
    ).resolves.toBe(0);
  }
  for (const { id } of bank.questions) {
    expect(text).not.toContain(questionText(id, perspective));
  }
  await expect(page.locator('input:checked').count()).resolves.toBe(0);
  await expect(page.locator('.summary-list, .referral').count()).resolves.toBe(
    0,
  );
  await expect(headingText(page)).resolves.not.toBe('');
};

/** Asserts every title the page held was neutral and named no answer or question. */
export const expectNeutralTitles = async (
  session: AppSession,
): Promise<string[]> => {
  const seen = await session.titles();
  const questionTexts = bank.questions.flatMap(({ id }) => [
    questionText(id),
    questionText(id, 'parent'),
  ]);
  for (const title of seen) {
    expect(title).toMatch(neutralTitle);
    expect(title).not.toMatch(sensitiveWords);
    for (const answer of Object.values(flowText.answers)) {
      expect(title).not.toContain(answer);
    }
    for (const question of questionTexts) expect(title).not.toContain(question);
  }
  return seen;
};

/** Asserts every privacy property DESIGN.md 6 promises, after a walk. */
export const expectPrivateAfterWalk = async (
  session: AppSession,
): Promise<void> => {
  const { page, context } = session;
  await expect(readStoredState(context, page)).resolves.toEqual(
    emptyStoredState,
  );
  expect(session.requests.filter((request) => request.afterReady)).toEqual([]);
  expect(
    session.requests.filter(
      (request) => !request.url.startsWith(`${session.origin}/`),
    ),
  ).toEqual([]);
  expect(session.blocked).toEqual([]);
  await expect(page.evaluate(() => history.length)).resolves.toBe(
    session.historyLengthAtLoad,
  );
  expect(page.url()).toBe(session.appUrl);
  await expectNeutralTitles(session);
  await expect(session.problems()).resolves.toEqual([]);
};
