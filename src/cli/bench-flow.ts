import type { Browser, Page } from 'playwright-core';
import {
  answerLabel,
  answerStep,
  bank,
  completeFlow,
  flowText,
  pressContinue,
  questionText,
  steps,
  titles,
  waitForTitle,
  type Perspective,
} from '../../tests/e2e/harness/drive-flow.ts';
import {
  type FirstQuestion,
  type FirstQuestionFigures,
  blockingTime,
  firstQuestionFigures,
  heapAfterGc,
  onPage,
  reachFirstQuestion,
  readRecord,
} from './bench-page.ts';

const perspective: Perspective = 'parent';

/** The app's first question and the controls before it, named from locales/en. */
export const appFirstQuestion = (): FirstQuestion => {
  const first = steps[0]?.questions[0];
  if (!first) throw new Error('The bank has no question to start with.');
  return {
    perspective: flowText.start.perspective[perspective],
    start: flowText.start.submit,
    question: questionText(first.id, perspective),
    answer: answerLabel('no'),
  };
};

export type FlowFigures = FirstQuestionFigures & {
  /** From each press of Continue to the focus of the next page's heading. */
  continueMs: number[];
  /** The same, to the animation frame after that focus. */
  continueFrameMs: number[];
  /** continueMs without its last press, the one into Check your answers, which builds a new long page. */
  continueBetweenStepsMs: number[];
  continueToCheckMs: number;
  seeResultsMs: number;
  /** From navigation to results, with the bench's own clicks and queries included. */
  tbtFlowMs: number;
  heapBytes: number;
};

const headingCount = async (page: Page) =>
  (await readRecord(page)).headings.length;

const waitForNewHeading = (page: Page, count: number) =>
  page.waitForFunction(
    (seen) => (window.safeSignsBench?.headings.length ?? 0) > seen,
    count,
    { timeout: 30_000 },
  );

/** Answers every question No, step by step, then opens the results; the time from each press to the next heading. */
export const measureFlow = (
  browser: Browser,
  url: string,
): Promise<FlowFigures> => {
  const target = appFirstQuestion();
  return onPage(
    browser,
    { url, target, waitUntil: 'commit' },
    async (page, cdp) => {
      const first = firstQuestionFigures(
        await reachFirstQuestion(page, target),
        target,
      );
      for (const { questions } of steps) {
        const seen = await headingCount(page);
        await answerStep(
          page,
          Object.fromEntries(questions.map(({ id }) => [id, 'no'])),
          perspective,
        );
        await pressContinue(page);
        await waitForNewHeading(page, seen);
      }
      const seen = await headingCount(page);
      await page.getByRole('button', { name: flowText.check.submit }).click();
      await waitForNewHeading(page, seen);
      await waitForTitle(page, titles.results);
      const record = await readRecord(page);
      const pressed = (
        name: string,
        field: 'at' | 'frameAt',
        keep: (heading: string) => boolean = () => true,
      ) =>
        record.headings.flatMap((heading) => {
          const press = record.clicks
            .filter(({ at }) => at < heading.at)
            .at(-1);
          const shownAt = heading[field];
          return press?.name === name &&
            shownAt !== undefined &&
            keep(heading.text)
            ? [shownAt - press.at]
            : [];
        });
      const isCheck = (heading: string) => heading === flowText.check.heading;
      return {
        ...first,
        continueMs: pressed(flowText.step.continue, 'at'),
        continueFrameMs: pressed(flowText.step.continue, 'frameAt'),
        continueBetweenStepsMs: pressed(
          flowText.step.continue,
          'at',
          (heading) => !isCheck(heading),
        ),
        continueToCheckMs:
          pressed(flowText.step.continue, 'at', isCheck)[0] ?? NaN,
        seeResultsMs: pressed(flowText.check.submit, 'at')[0] ?? NaN,
        tbtFlowMs: blockingTime(record),
        heapBytes: await heapAfterGc(cdp),
      };
    },
  );
};

/** Presses Start, then reads the time to the first question and the heap, for a page with one question. */
export const measureFirstQuestion = (
  browser: Browser,
  url: string,
  target: FirstQuestion,
): Promise<FirstQuestionFigures & { heapBytes: number }> =>
  onPage(browser, { url, target, waitUntil: 'commit' }, async (page, cdp) => ({
    ...firstQuestionFigures(await reachFirstQuestion(page, target), target),
    heapBytes: await heapAfterGc(cdp),
  }));

/** Runs whole sessions with Start over in one tab, without throttling, and reads the heap on the start page after each. */
export const measureSessions = (
  browser: Browser,
  url: string,
  count: number,
): Promise<number[]> =>
  onPage(browser, { url, throttle: false }, async (page, cdp) => {
    const heap: number[] = [];
    for (let session = 0; session < count; session += 1) {
      await completeFlow(page, {
        perspective,
        region: bank.defaultRegion,
        answers: {},
      });
      await page
        .getByRole('button', { name: flowText.results.startOver })
        .click();
      await waitForTitle(page, titles.start);
      heap.push(await heapAfterGc(cdp));
    }
    return heap;
  });
