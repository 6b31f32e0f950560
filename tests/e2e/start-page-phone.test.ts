import { describe, expect, test } from 'vitest';
import { flowText } from './harness/drive-flow.ts';
import { setUpHarness } from './harness/set-up-harness.ts';

const harness = setUpHarness();

const phone = { width: 375, height: 740 };

const locales = [
  { locale: 'en-US', tel: 'tel:911', name: 'call 911' },
  { locale: 'en-GB', tel: 'tel:999', name: 'call 999' },
];

describe('the start page on a 375 x 740 phone, help first', () => {
  test.each(locales)(
    'in $locale the first screen holds the call link to $tel, at least 44 px tall, and the first choice starts within two screens',
    async ({ locale, tel, name }) => {
      const session = await harness.openContext({ locale, viewport: phone });
      const { page } = session;
      await page.goto(session.appUrl);
      const start = page.getByRole('button', { name: flowText.start.submit });
      await start.waitFor({ state: 'visible' });
      const call = page.getByRole('link', { name });
      await expect(call.getAttribute('href')).resolves.toBe(tel);
      const callBox = await call.boundingBox();
      expect(callBox?.height).toBeGreaterThanOrEqual(44);
      expect((callBox?.y ?? Infinity) + (callBox?.height ?? 0)).toBeLessThan(
        phone.height,
      );
      const firstChoice = await page
        .getByRole('group', { name: flowText.start.perspective.legend })
        .boundingBox();
      expect(firstChoice?.y ?? Infinity).toBeLessThan(2 * phone.height);
      await expect(session.problems()).resolves.toEqual([]);
    },
  );
});
