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

for (const [name, viewport] of [
  ['1280', { width: 1280, height: 800 }],
  ['390', { width: 390, height: 844 }],
] as const) {
  it(`renders the editor at ${name} px wide without console errors`, async () => {
    const { page, problems, context } = await openPage(browser, '/', viewport);
    await page.waitForSelector('.react-flow__edge', { state: 'attached' });
    await expect(page.getByRole('textbox', { name: 'Model code' }).isVisible()).resolves.toBe(true);
    await page.waitForTimeout(800);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-${name}.png`, fullPage: true });
    expect(problems).toEqual([]);
    await context.close();
  });
}
