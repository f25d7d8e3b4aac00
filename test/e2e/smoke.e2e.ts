import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('opens on the recommendation example with no console errors', async () => {
  const { page, problems, context } = await openPage(browser);
  for (const label of ['Prior activity', 'Recommendation exposure', 'Engagement']) {
    await expect(page.getByText(label, { exact: true }).first().isVisible()).resolves.toBe(true);
  }
  await page.waitForSelector('.react-flow__edge', { state: 'attached' });
  expect(await page.locator('.react-flow__edge').count()).toBe(3);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/smoke-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});
