import type { Page } from 'playwright-core';
import { answerValues, type AnswerValue } from '../../../src/bank/schema.ts';

/** What the focused element is, read from the page. */
export type Focused = {
  tag: string;
  id: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  href: string;
  text: string;
};

export const focused = (page: Page): Promise<Focused> =>
  page.evaluate(() => {
    const element = document.activeElement;
    const input = element instanceof HTMLInputElement ? element : undefined;
    return {
      tag: element?.tagName.toLowerCase() ?? '',
      id: element?.id ?? '',
      type: input?.type ?? '',
      name: element?.getAttribute('name') ?? '',
      value:
        input?.value ??
        (element instanceof HTMLSelectElement ? element.value : ''),
      checked: input?.checked ?? false,
      href: element?.getAttribute('href') ?? '',
      text: (element?.textContent ?? '').trim(),
    };
  });

/** Presses Tab (or Shift+Tab) until the focused element matches, and fails after `limit` presses. */
export const tabUntil = async (
  page: Page,
  matches: (element: Focused) => boolean,
  { backwards = false, limit = 60 } = {},
): Promise<Focused> => {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const element = await focused(page);
    if (matches(element)) return element;
  }
  throw new Error(
    `Pressed ${backwards ? 'Shift+Tab' : 'Tab'} ${limit} times without reaching the element wanted.`,
  );
};

export const isButton = (text: string) => (element: Focused) =>
  element.tag === 'button' && element.text === text;

/** Tabs to a question's radios and picks an answer with Space and the arrow keys. */
export const answerByKeyboard = async (
  page: Page,
  questionId: string,
  value: AnswerValue,
): Promise<void> => {
  const radio = await tabUntil(
    page,
    (element) => element.type === 'radio' && element.name === questionId,
  );
  await page.keyboard.press('Space');
  const from = answerValues.indexOf(radio.value as AnswerValue);
  const to = answerValues.indexOf(value);
  const key = to > from ? 'ArrowRight' : 'ArrowLeft';
  for (let moves = 0; moves < Math.abs(to - from); moves += 1) {
    await page.keyboard.press(key);
  }
  const now = await focused(page);
  if (now.name !== questionId || now.value !== value || !now.checked)
    throw new Error(
      `Could not answer ${questionId} with ${value} by keyboard: focus is on ${JSON.stringify(now)}.`,
    );
};

/** Tabs to a button by its text and presses Enter. */
export const pressButtonByKeyboard = async (
  page: Page,
  text: string,
): Promise<void> => {
  await tabUntil(page, isButton(text));
  await page.keyboard.press('Enter');
};
