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

it('draws every example with its role marks and edge kinds, without console errors', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await page.getByText('Legend', { exact: true }).click();
  for (const [title, file] of [
    ['Front-door', 'front-door'],
    ['Instrumental variable', 'instrument'],
    ['Collider and selection bias', 'selection'],
    ['Mediator over-control', 'mediator'],
    ['Napkin', 'napkin'],
    ['Butterfly bias', 'butterfly'],
  ] as const) {
    await page.getByRole('button', { name: 'Examples' }).click();
    await page.getByRole('menuitem', { name: new RegExp(`^${title}\\.`) }).click();
    await page.waitForTimeout(700);
    await page.locator('.canvas-wrap').screenshot({ path: `${SCREENSHOT_DIR}/example-${file}.png` });
    if (file === 'napkin') expect(await page.locator('.cw-edge.kind-bidirected').count()).toBe(2);
  }
  // The last example (butterfly) has only directed edges.
  expect(await page.locator('.cw-edge.kind-bidirected').count()).toBe(0);
  expect(await page.locator('.cw-edge.kind-directed').count()).toBe(7);
  expect(problems).toEqual([]);
  await context.close();
});

it('opens the help dialog and a context menu on a phone-sized screen, all reachable by keyboard', async () => {
  const { page, problems, context } = await openPage(browser, '/', { width: 390, height: 844 });
  await page.waitForSelector('.react-flow__node');
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-help-390.png` });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  // Keyboard: focus a variable, open its menu with Shift+F10, mark it latent from the menu.
  await page.locator('.react-flow__node[data-id="prior_activity"]').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Context menu' });
  await menu.waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-context-menu-390.png` });
  await menu.getByRole('menuitemcheckbox', { name: /Latent/ }).press('Enter');
  await menu.waitFor({ state: 'detached' });
  expect(await page.getByRole('textbox', { name: 'Model code' }).inputValue()).toContain('prior_activity [latent');
  expect(problems).toEqual([]);
  await context.close();
});
