import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '../../src/bank/schema.ts';
import { score } from '../../src/scoring/score.ts';
import {
  bank,
  flowText,
  headingIsFocused,
  headingText,
  levelTitle,
  planAnswers,
  steps,
  titles,
  waitForTitle,
  questionLabel,
  stepOf,
} from './harness/drive-flow.ts';
import {
  answerByKeyboard,
  focused,
  isButton,
  pressButtonByKeyboard,
  tabUntil,
} from './harness/drive-keyboard.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const announcement = (page: Page) =>
  page.locator('main [role="status"][aria-live="polite"]').textContent();

/** Asserts a page change by keyboard: the title, focus on the h1, and the polite announcement. */
const expectArrived = async (page: Page, title: string, announced: string) => {
  await waitForTitle(page, title);
  await expect(headingIsFocused(page)).resolves.toBe(true);
  // The live region is filled in the render after focus moves, so wait for it.
  await expect.poll(() => announcement(page)).toBe(announced);
};

const stepName = (current: number) => `Step ${current} of ${steps.length}`;

/** One answer per later step, by keyboard: the value changes from step to step. */
const laterAnswers: Record<string, AnswerValue> = {
  'school-absences': 'unsure',
  'older-partner': 'no',
  'online-stranger': 'yes',
  gifts: 'unsure',
  injuries: 'no',
  'care-system': 'yes',
  'trusted-adult': 'no',
};

describe('the whole flow by keyboard alone', () => {
  test('start choices, an error summary, every step, the emergency panel, a change, results and Start over', async () => {
    const session = await harness.openApp();
    const { page } = session;
    const perspective = 'parent';

    await tabUntil(
      page,
      (element) => element.type === 'radio' && element.name === 'perspective',
    );
    await page.keyboard.press('Space');
    await expect(focused(page)).resolves.toMatchObject({
      value: 'parent',
      checked: true,
    });
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toMatchObject({ tag: 'select' });
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(focused(page)).resolves.toMatchObject({ value: 'gb' });
    await pressButtonByKeyboard(page, flowText.start.submit);
    await expectArrived(page, titles.step(1), stepName(1));

    await pressButtonByKeyboard(page, flowText.step.continue);
    await waitForTitle(page, `Error: ${titles.step(1)}`);
    await expect(
      page.evaluate(() =>
        document.activeElement?.classList.contains('error-summary'),
      ),
    ).resolves.toBe(true);
    const link = await tabUntil(page, (element) => element.tag === 'a');
    expect(link.href).toBe('#missing-now');
    await page.keyboard.press('Enter');
    await expect(focused(page)).resolves.toMatchObject({
      id: 'missing-now',
      type: 'radio',
    });
    expect(page.url()).toBe(session.appUrl);
    await page.keyboard.press('Space');
    await answerByKeyboard(page, 'in-danger-now', 'no');
    await answerByKeyboard(page, 'sextortion-now', 'unsure');
    await pressButtonByKeyboard(page, flowText.step.continue);

    await expectArrived(page, titles.emergency, flowText.title.emergency);
    const call = await tabUntil(page, (element) =>
      element.href.startsWith('tel:'),
    );
    expect(call.href).toBe('tel:999');
    await pressButtonByKeyboard(page, flowText.emergency.continue);

    for (let index = 1; index < steps.length; index += 1) {
      await expectArrived(page, titles.step(index + 1), stepName(index + 1));
      for (const { id } of steps[index]?.questions ?? []) {
        const value = laterAnswers[id];
        if (value) await answerByKeyboard(page, id, value);
      }
      if (index === 3) {
        // Back is a link at the top left: going backwards from Continue reaches it, then forwards again.
        await tabUntil(page, isButton(flowText.step.continue));
        await tabUntil(page, isButton(flowText.step.back), { backwards: true });
        await tabUntil(page, isButton(flowText.step.continue));
        await expect(focused(page)).resolves.toMatchObject({
          text: flowText.step.continue,
        });
        await page.keyboard.press('Enter');
      } else {
        await pressButtonByKeyboard(page, flowText.step.continue);
      }
    }

    await expectArrived(page, titles.check, flowText.title.check);
    const changed = 'gifts';
    await tabUntil(
      page,
      (element) =>
        element.tag === 'button' &&
        element.text.endsWith(questionLabel(changed)),
    );
    await page.keyboard.press('Enter');
    await waitForTitle(page, titles.step(stepOf(changed)));
    await expect(focused(page)).resolves.toMatchObject({
      name: changed,
      type: 'radio',
      value: 'yes',
    });
    await page.keyboard.press('Space');
    await pressButtonByKeyboard(page, flowText.step.continue);
    await expectArrived(page, titles.check, flowText.title.check);
    const row = page
      .locator('.summary-list__row')
      .filter({ hasText: questionLabel(changed) });
    await expect(
      row.locator('.summary-list__value').textContent(),
    ).resolves.toBe(flowText.answers.yes);

    await pressButtonByKeyboard(page, flowText.check.submit);
    await expectArrived(page, titles.results, flowText.title.results);
    const answers = planAnswers({
      'missing-now': 'yes',
      'in-danger-now': 'no',
      'sextortion-now': 'unsure',
      ...laterAnswers,
      [changed]: 'yes',
    });
    const { level } = score(bank, answers, { region: 'gb' });
    await expect(headingText(page)).resolves.toBe(
      levelTitle(level, perspective),
    );

    await pressButtonByKeyboard(page, flowText.results.startOver);
    await waitForTitle(page, titles.start);
    await expect(
      page.evaluate(() => document.activeElement?.textContent),
    ).resolves.toBe(flowText.start.heading);
    await expect.poll(() => announcement(page)).toBe(flowText.title.start);
    await expect(
      page.locator('input[name="perspective"]:checked').count(),
    ).resolves.toBe(0);
    expect(page.url()).toBe(session.appUrl);
    await expect(session.problems()).resolves.toEqual([]);
  });
});
