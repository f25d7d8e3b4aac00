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

it('runs under a Content-Security-Policy that blocks inline script and forbids eval', async () => {
  const { page, context } = await openPage(browser);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  const outcome = await page.evaluate(() => {
    const w = window as unknown as { injected?: boolean };
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    return { inline: w.injected === true };
  });
  // The injected inline script did not run: the policy is enforced (Playwright's own evaluate
  // bypasses the eval rule, so eval is checked through the policy text above).
  expect(outcome).toEqual({ inline: false });
  await context.close();
});
