import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Region } from '../../src/bank/schema.ts';
import { maxErrorLength } from '../../src/flow/required-message.ts';
import {
  answerStep,
  bank,
  completeFlow,
  type FlowPlan,
  pressContinue,
  startAs,
  steps,
  titles,
  waitForTitle,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const phone = { width: 375, height: 740 };

const openOnPhone = async () => {
  const session = await harness.openApp();
  await session.page.setViewportSize(phone);
  return session;
};

const plans = {
  urgent: { perspective: 'parent', answers: { 'missing-now': 'yes' } },
  high: { perspective: 'parent', answers: { injuries: 'yes' } },
} as const satisfies Record<string, Omit<FlowPlan, 'region'>>;

const emergencyNumbers = { us: '911', gb: '999', au: '000' } as const;

/** Where the first tel: link on the page is, as the page was first shown (scrolled to the top). */
const firstCall = (page: Page) =>
  page.evaluate(() => {
    window.scrollTo(0, 0);
    const link = document.querySelector('main a[href^="tel:"]');
    const box = link?.getBoundingClientRect();
    return {
      href: link?.getAttribute('href'),
      top: Math.round(box?.top ?? -1),
      bottom: Math.round(box?.bottom ?? 1e6),
      width: Math.round(box?.width ?? 0),
      height: Math.round(box?.height ?? 0),
      viewport: window.innerHeight,
    };
  });

describe('help first on a 375 x 740 phone', () => {
  test.each(
    (['us', 'gb', 'au'] as const).flatMap((region) =>
      (['urgent', 'high'] as const).map((level) => ({ level, region })),
    ),
  )(
    'at $level in $region the first call link is on the first screen and at least 44 x 44 px',
    async ({ level, region }) => {
      const { page } = await openOnPhone();
      const outcome = await completeFlow(page, { ...plans[level], region });
      expect(outcome.level).toBe(level);
      const call = await firstCall(page);
      expect({
        onFirstScreen: call.top >= 0 && call.bottom <= call.viewport,
        bigEnough: call.width >= 44 && call.height >= 44,
      }).toEqual({ onFirstScreen: true, bigEnough: true });
      if (level === 'urgent') {
        expect(call.href).toBe(`tel:${emergencyNumbers[region]}`);
      }
    },
  );

  test.each(steps[0]?.questions.map(({ id }) => id) ?? [])(
    'a Not sure on %s alone brings the emergency panel before step 2',
    async (id) => {
      const { page } = await openOnPhone();
      await startAs(page, 'parent', 'us');
      const urgentStep = steps[0]?.questions ?? [];
      await answerStep(
        page,
        Object.fromEntries(
          urgentStep.map((question) => [
            question.id,
            question.id === id ? 'unsure' : 'no',
          ]),
        ),
        'parent',
      );
      await pressContinue(page);
      await waitForTitle(page, titles.emergency);
      await expect(
        page
          .getByText('If you are not sure, it is still right to call.', {
            exact: false,
          })
          .isVisible(),
      ).resolves.toBe(true);
      await expect(firstCall(page)).resolves.toMatchObject({
        href: 'tel:911',
      });
    },
  );

  test('the strong-signs results are at most six screens tall as first shown, and opening every section shows all there is', async () => {
    const { page } = await openOnPhone();
    const outcome = await completeFlow(page, { ...plans.high, region: 'us' });
    const height = await page.evaluate(
      () => document.documentElement.scrollHeight,
    );
    expect(height).toBeLessThanOrEqual(6 * phone.height);
    const main = page.getByRole('main');
    const closed = await main.locator('details:not([open])').count();
    expect(closed).toBe(3);
    for (const summary of await main.locator('details > summary').all()) {
      await summary.click();
    }
    await expect(main.locator('details:not([open])').count()).resolves.toBe(0);
    const shownText = await main.innerText();
    const bankStrings = (await import('../../locales/en/bank.json')).default;
    const titleOf = (
      group: Record<string, { title: string; title_parent?: string }>,
      id: string,
    ) => group[id]?.title_parent ?? group[id]?.title ?? id;
    const expected = [
      ...outcome.guidance.map(({ id }) => titleOf(bankStrings.guidance, id)),
      ...outcome.education.map((id) => titleOf(bankStrings.education, id)),
      ...outcome.referrals.map(
        (id) =>
          (bankStrings.referrals as Record<string, { name: string }>)[id]
            ?.name ?? id,
      ),
      bankStrings.caveat,
    ];
    expect(expected.filter((text) => !shownText.includes(text))).toEqual([]);
    for (const { answers } of outcome.drivers) {
      for (const { questionId } of answers) {
        expect(shownText).toContain(
          (
            bankStrings.questions as Record<
              string,
              { text: string; text_parent?: string }
            >
          )[questionId]?.text_parent,
        );
      }
    }
  });

  test('every error message is at most 70 characters, on every step left unanswered', async () => {
    const { page } = await openOnPhone();
    await startAs(page, 'parent', 'us');
    const messages: string[] = [];
    for (const [index, { questions }] of steps.entries()) {
      await waitForTitle(page, titles.step(index + 1));
      await pressContinue(page);
      if (questions.some(({ required }) => required)) {
        await page.getByRole('alert').waitFor({ state: 'visible' });
        messages.push(
          ...(await page.getByRole('alert').getByRole('link').allInnerTexts()),
        );
        await answerStep(
          page,
          Object.fromEntries(
            questions
              .filter(({ required }) => required)
              .map(({ id }) => [id, 'no']),
          ),
          'parent',
        );
        await pressContinue(page);
      }
    }
    await waitForTitle(page, titles.check);
    const required = bank.questions.filter(({ required }) => required);
    expect(messages).toHaveLength(required.length);
    expect(
      messages.filter((message) => message.length > maxErrorLength),
    ).toEqual([]);
  });

  test('Step N of M shows below the sticky header after moving on from a long step', async () => {
    const { page } = await openOnPhone();
    await startAs(page, 'parent', 'us' satisfies Region);
    await answerStep(
      page,
      { 'missing-now': 'no', 'in-danger-now': 'no', 'sextortion-now': 'no' },
      'parent',
    );
    await page.evaluate(() =>
      window.scrollTo(0, document.documentElement.scrollHeight),
    );
    await pressContinue(page);
    await waitForTitle(page, titles.step(2));
    const boxes = await page.evaluate(() => {
      const header = document.querySelector('.site-header');
      const caption = [...document.querySelectorAll('main p')].find(
        (p) =>
          /^Step \d+ of \d+$/.test(p.textContent ?? '') && p.checkVisibility(),
      );
      return {
        headerBottom: header?.getBoundingClientRect().bottom ?? 0,
        captionTop: caption?.getBoundingClientRect().top ?? -1,
      };
    });
    expect(boxes.captionTop).toBeGreaterThanOrEqual(boxes.headerBottom);
  });
});
