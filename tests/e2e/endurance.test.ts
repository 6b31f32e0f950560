import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { answerValues, type AnswerValue } from '../../src/bank/schema.ts';
import { score, type Answers } from '../../src/scoring/score.ts';
import {
  answerLabel,
  bank,
  flowText,
  headingText,
  levelTitle,
  type Perspective,
  planAnswers,
  questionLabel,
  questionText,
  startAs,
  stepAnswers,
  stepIsUrgent,
  steps,
  titles,
  waitForTitle,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

// A youth worker may run twenty sessions a day in one tab (issue 12); this runs five days' worth.
const sessionCount = 100;

const harness = setUpHarness();

const perspectives: readonly Perspective[] = [
  'parent',
  'professional',
  'other',
];
const choices: readonly (AnswerValue | undefined)[] = [
  ...answerValues,
  undefined,
];

/** Session n's own pattern: each question's answer shifts by one from the session before, some left out. */
const sessionPlan = (n: number) => ({
  perspective: perspectives[n % perspectives.length] ?? 'other',
  region: bank.regions[n % bank.regions.length]?.id ?? bank.defaultRegion,
  answers: Object.fromEntries(
    bank.questions.flatMap(({ id }, q) => {
      const value = choices[(n + q) % choices.length];
      return value ? [[id, value]] : [];
    }),
  ) as Answers,
});

const everyQuestionText = bank.questions.flatMap(({ id }) =>
  perspectives.map((perspective) => questionText(id, perspective)),
);
const everyLevelTitle = (['none', 'some', 'high', 'urgent'] as const).flatMap(
  (level) => perspectives.map((perspective) => levelTitle(level, perspective)),
);

/**
 * The page as markup, with React's generated ids made alike and live regions
 * emptied (after Start over the polite one names the page); the text of the
 * page and its attributes as shown; and the live state of every form control,
 * hidden ones included.
 */
const readPage = (page: Page) =>
  page.evaluate(async () => {
    // The start page builds the first step ahead, hidden and unanswered, in a background render: read the page once it is there.
    while (!document.querySelector('[hidden] form')) {
      await new Promise(requestAnimationFrame);
    }
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const live of body.querySelectorAll('[aria-live]')) {
      live.replaceChildren();
    }
    const shown = body.cloneNode(true) as HTMLElement;
    for (const hidden of shown.querySelectorAll('[hidden]')) hidden.remove();
    return {
      html: body.outerHTML.replace(
        /_r_[\da-z]+_|«r[\da-z]+»|:r[\da-z]+:/g,
        'ID',
      ),
      text: [
        shown.textContent ?? '',
        ...[...shown.querySelectorAll('*')].flatMap((element) =>
          [...element.attributes].map(({ value }) => value),
        ),
      ].join('\n'),
      controls: [...document.querySelectorAll('input, select, textarea')].map(
        (control) => {
          const input = control as HTMLInputElement;
          return `${control.tagName} ${input.type} ${input.name} ${input.value} ${String(input.checked)}`;
        },
      ),
      checked: document.querySelectorAll(':checked:not(option)').length,
    };
  });

/** Check your answers lists every question with this session's answer or "Not answered". */
const readCheckAnswers = (page: Page) =>
  page
    .getByRole('main')
    .evaluate((main) =>
      [...main.querySelectorAll('.summary dt')].map(
        (term) =>
          `${term.textContent ?? ''} = ${term.nextElementSibling?.textContent ?? ''}`,
      ),
    );

type Point = { x: number; y: number };
type Step = { ticked: number; answers: Point[]; next: Point };

/**
 * Waits in the page until the step with this title has its heading focused,
 * then reads how many radios it opened with ticked and where to click for
 * each answer and for Continue: one round trip a step, so a hundred sessions
 * stay quick. The viewport is tall enough that nothing needs scrolling.
 */
const arriveAtStep = (
  page: Page,
  title: string,
  answers: Answers,
): Promise<Step> =>
  page.evaluate(
    async ({ expected, wanted, next }) => {
      const started = performance.now();
      // The steps next to this one stay mounted, hidden: only what shows counts.
      const shown = <T extends Element>(elements: Iterable<T>) =>
        [...elements].filter((element) => element.checkVisibility());
      while (
        document.title !== expected ||
        document.activeElement !== shown(document.querySelectorAll('h1'))[0]
      ) {
        if (performance.now() - started > 10_000) {
          throw new Error(`Waited for "${expected}", saw "${document.title}".`);
        }
        await new Promise(requestAnimationFrame);
      }
      const pointOf = (element: Element | undefined, name: string) => {
        const box = element?.getBoundingClientRect();
        if (!box || box.bottom > innerHeight) throw new Error(`No ${name}.`);
        return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
      };
      const radios = shown(
        document.querySelectorAll<HTMLInputElement>('main input'),
      );
      return {
        ticked: radios.filter(({ checked }) => checked).length,
        answers: wanted.map(([name, value]) => {
          const radio = radios.find(
            (input) => input.name === name && input.value === value,
          );
          return pointOf(radio?.labels?.[0] ?? radio, `${name} = ${value}`);
        }),
        next: pointOf(
          shown(document.querySelectorAll('main button')).find(
            (button) => button.textContent?.trim() === next,
          ),
          next,
        ),
      };
    },
    {
      expected: title,
      wanted: Object.entries(answers).map(
        ([name, value]) => [name, value ?? ''] as const,
      ),
      next: flowText.step.continue,
    },
  );

const runSession = async (page: Page, n: number) => {
  const plan = sessionPlan(n);
  await startAs(page, plan.perspective, plan.region);
  for (const [index, { questions }] of steps.entries()) {
    const given = stepAnswers(questions, plan.answers);
    const step = await arriveAtStep(page, titles.step(index + 1), given);
    expect(
      step.ticked,
      `session ${n + 1}, step ${index + 1} opened with an answer already ticked`,
    ).toBe(0);
    for (const { x, y } of [...step.answers, step.next]) {
      await page.mouse.click(x, y);
    }
    if (stepIsUrgent(given, plan.region)) {
      await waitForTitle(page, titles.emergency);
      await page
        .getByRole('button', { name: flowText.emergency.continue })
        .click();
    }
  }
  await waitForTitle(page, titles.check);
  const answers = planAnswers(plan.answers);
  await expect(readCheckAnswers(page)).resolves.toEqual(
    bank.questions.map(({ id }) => {
      const value = answers[id];
      const label = questionLabel(id);
      return `${label.charAt(0).toLocaleUpperCase()}${label.slice(1)} = ${value ? answerLabel(value) : flowText.answers.none}`;
    }),
  );
  await page.getByRole('button', { name: flowText.check.submit }).click();
  await waitForTitle(page, titles.results);
  const { level } = score(bank, answers, { region: plan.region });
  await expect(headingText(page)).resolves.toBe(
    levelTitle(level, plan.perspective),
  );
  await page.getByRole('button', { name: flowText.results.startOver }).click();
  await waitForTitle(page, titles.start);
};

describe('endurance', () => {
  test(`${sessionCount} sessions in one tab with Start over leave nothing of an earlier session in the page`, async () => {
    const { page } = await harness.openApp();
    await page.setViewportSize({ width: 1280, height: 4000 });
    const firstLoad = await readPage(page);
    expect(firstLoad.checked).toBe(0);
    for (let n = 0; n < sessionCount; n += 1) {
      await runSession(page, n);
      const state = await readPage(page);
      const where = `after session ${n + 1}`;
      expect(state.checked, where).toBe(0);
      expect(state.controls, where).toEqual(firstLoad.controls);
      for (const text of [...everyQuestionText, ...everyLevelTitle]) {
        expect(state.text.includes(text), `${where}: ${text}`).toBe(false);
      }
      // The start page after Start over is the freshly loaded one, to the byte.
      expect(state.html, where).toBe(firstLoad.html);
    }
  }, 240_000);
});
