import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import type { Level, Region } from '../../src/bank/schema.ts';
import { score, type Answers } from '../../src/scoring/score.ts';
import {
  bank,
  completeFlow,
  flowText,
  type FlowPlan,
  headingText,
  levelTitle,
  referralName,
  planAnswers,
} from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const checkedRegions: readonly Region[] = ['us', 'gb', 'au'];
/** Canada too: its Kids Help Phone text link carries a message body. */
const referralRegions: readonly Region[] = [...checkedRegions, 'ca'];
const emergencyNumbers: Readonly<Partial<Record<Region, string>>> = {
  us: '911',
  gb: '999',
  au: '000',
};

const plans: Record<Level, Omit<FlowPlan, 'region'>> = {
  none: { perspective: 'parent', answers: { 'trusted-adult': 'yes' } },
  some: {
    perspective: 'professional',
    answers: { 'school-absences': 'yes', gifts: 'no' },
  },
  high: {
    perspective: 'other',
    answers: { injuries: 'yes', 'prior-sexual-abuse': 'unsure' },
  },
  urgent: { perspective: 'parent', answers: { 'missing-now': 'yes' } },
};

/** Dates follow the region when the language names none: en-GB in the UK. */
const lastChecked = (isoDate: string, region: Region) =>
  flowText.referral.verified.replace(
    '{{date}}',
    new Intl.DateTimeFormat(`en-${region.toUpperCase()}`, {
      dateStyle: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${isoDate}T00:00:00Z`)),
  );

const contactsSection = (page: Page) =>
  page.getByRole('region', { name: flowText.results.contacts });

/** Asserts the results list the region's referrals in scoring order, each with its links and date. */
const expectReferrals = async (
  page: Page,
  answers: Answers,
  region: Region,
) => {
  const expectedIds = score(bank, answers, { region }).referrals;
  expect(expectedIds.length).toBeGreaterThan(0);
  const cards = contactsSection(page).getByRole('article');
  await expect(
    cards.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('aria-label')),
    ),
  ).resolves.toEqual(expectedIds.map(referralName));
  for (const id of expectedIds) {
    const referral = bank.referrals.find((entry) => entry.id === id);
    if (!referral) throw new Error(`No referral ${id} in the bank.`);
    const card = contactsSection(page).getByRole('article', {
      name: referralName(id),
      exact: true,
    });
    const hrefs = await card
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    if (referral.phone) {
      expect(hrefs).toContain(`tel:${referral.phone.tel}`);
      await expect(
        card
          .getByRole('link', {
            name: `Call ${referral.phone.display}`,
            exact: true,
          })
          .getAttribute('href'),
      ).resolves.toBe(`tel:${referral.phone.tel}`);
    }
    if (referral.sms) {
      const { number, body } = referral.sms;
      expect(hrefs).toContain(
        body
          ? `sms:${number.tel}?body=${encodeURIComponent(body)}`
          : `sms:${number.tel}`,
      );
    }
    if (referral.web) expect(hrefs).toContain(referral.web);
    await expect(card.textContent()).resolves.toContain(
      lastChecked(referral.verifiedOn, region),
    );
  }
  return expectedIds;
};

const chooseRegionOnResults = (page: Page, region: Region) =>
  contactsSection(page)
    .getByRole('combobox', { name: flowText.settings.region })
    .selectOption(region);

describe('the flow ends at the right level with the right referrals', () => {
  test.each(['none', 'some', 'high'] as const)(
    'level %s: the results heading, referrals for the US, UK, Australia and Canada, and a perspective change',
    async (level) => {
      const session = await harness.openApp();
      const { page } = session;
      const plan: FlowPlan = { ...plans[level], region: 'us' };
      const answers = planAnswers(plan.answers);
      expect(score(bank, answers, { region: 'us' }).level).toBe(level);
      const outcome = await completeFlow(page, plan, () => {
        throw new Error('The emergency panel showed without an urgent answer.');
      });
      expect(outcome.level).toBe(level);
      for (const region of referralRegions) {
        await chooseRegionOnResults(page, region);
        await expectReferrals(page, answers, region);
      }
      await expect(
        contactsSection(page)
          .locator('a[href^="sms:"][href*="?body="]')
          .count(),
      ).resolves.toBeGreaterThan(0);
      await page
        .getByRole('combobox', { name: flowText.settings.perspective })
        .selectOption('professional');
      await expect(headingText(page)).resolves.toBe(
        levelTitle(level, 'professional'),
      );
      await chooseRegionOnResults(page, 'us');
      await expectReferrals(page, answers, 'us');
      await expect(session.problems()).resolves.toEqual([]);
    },
  );

  test.each(checkedRegions)(
    'level urgent in %s: the emergency panel shows mid-form, and the emergency number leads the results',
    async (region) => {
      const session = await harness.openApp();
      const { page } = session;
      const plan: FlowPlan = { ...plans.urgent, region };
      const answers = planAnswers(plan.answers);
      const emergency = bank.referrals.find(
        (entry) => entry.region === region && entry.kind === 'emergency',
      );
      expect(emergency?.phone?.tel).toBe(emergencyNumbers[region]);
      const panels: number[] = [];
      const outcome = await completeFlow(page, plan, async (stepIndex) => {
        panels.push(stepIndex);
        await expect(
          page.getByRole('heading', { level: 1 }).textContent(),
        ).resolves.toBe(flowText.emergency.heading);
        const firstTel = await page
          .locator('a[href^="tel:"]')
          .first()
          .getAttribute('href');
        expect(firstTel).toBe(`tel:${emergencyNumbers[region]}`);
        const panelRegion = page.getByRole('combobox', {
          name: flowText.settings.region,
        });
        await expect(panelRegion.inputValue()).resolves.toBe(region);
        const other = region === 'au' ? 'gb' : 'au';
        await panelRegion.selectOption(other);
        await expect(
          page.locator('a[href^="tel:"]').first().getAttribute('href'),
        ).resolves.toBe(`tel:${emergencyNumbers[other]}`);
        await panelRegion.selectOption(region);
        await expect(
          page
            .getByRole('link', {
              name: `Call ${emergencyNumbers[region]}`,
              exact: true,
            })
            .isVisible(),
        ).resolves.toBe(true);
      });
      expect(panels).toEqual([0]);
      expect(outcome.level).toBe('urgent');
      const ids = await expectReferrals(page, answers, region);
      expect(ids[0]).toBe(emergency?.id);
      await expect(
        contactsSection(page)
          .locator('a[href^="tel:"]')
          .first()
          .getAttribute('href'),
      ).resolves.toBe(`tel:${emergencyNumbers[region]}`);
      await expect(session.problems()).resolves.toEqual([]);
    },
  );
});
