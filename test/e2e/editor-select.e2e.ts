/**
 * Selection, moving and the clipboard in the browser: Shift-click and box selection, role keys on
 * a multi-selection, a drag that is one undo step, copy and paste.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openPage } from './support/browser';
import { centreOf, chooseExample, codeText, modelCode, nodeLocator, waitForCode } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

it('selects with Shift-click and with a box, and role keys act on the whole selection', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await chooseExample(page, /^M-bias\./);
  await nodeLocator(page, 'A').waitFor();
  await page.waitForTimeout(500);
  await nodeLocator(page, 'A').click();
  await nodeLocator(page, 'B').click({ modifiers: ['Shift'] });
  await page.keyboard.press('l');
  await waitForCode(page, (c) => c.includes('A [latent') && c.includes('B [latent'));
  // Box: Shift-drag around X and M (the lower-left part of the diagram).
  const x = await centreOf(page, '.react-flow__node[data-id="X"]');
  const m = await centreOf(page, '.react-flow__node[data-id="M"]');
  await page.mouse.click(x.x - 80, x.y + 60); // empty canvas: clears the selection
  await page.keyboard.down('Shift');
  await page.mouse.move(x.x - 60, m.y - 40);
  await page.mouse.down();
  await page.mouse.move(m.x + 50, x.y + 40, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  expect(await page.locator('.react-flow__node.selected').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort())).toEqual(['M', 'X']);
  await page.keyboard.press('a');
  await waitForCode(page, (c) => c.includes('M [adjusted') && c.includes('X [exposure,adjusted'));
  expect(problems).toEqual([]);
  await context.close();
});

it('records a drag as one undo step, and copies and pastes a selection', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await chooseExample(page, /^Confounding triangle\./);
  await nodeLocator(page, 'Z').waitFor();
  await page.waitForTimeout(500);
  const before = await codeText(page);
  const from = await centreOf(page, '.react-flow__node[data-id="Z"]');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 15; i++) await page.mouse.move(from.x + i * 6, from.y + i * 3);
  await page.mouse.up();
  const moved = await waitForCode(page, (c) => c !== before);
  expect(moved.replace(/Z \[pos="[^"]*"\]/, '')).toBe(before.replace(/Z \[pos="[^"]*"\]/, ''));
  await page.keyboard.press('Control+z');
  await waitForCode(page, (c) => c === before);
  await page.keyboard.press('Control+Shift+z');
  await waitForCode(page, (c) => c === moved);
  // Copy X and Y, paste: X2 and Y2 appear with the edge between them, as one undo step.
  await nodeLocator(page, 'X').click();
  await nodeLocator(page, 'Y').click({ modifiers: ['Control'] });
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  const pasted = await waitForCode(page, (c) => c.includes('X2 -> Y2'));
  expect(pasted).toContain('X2 [exposure');
  expect(await page.locator('.react-flow__node').count()).toBe(5);
  await page.keyboard.press('Control+z');
  await waitForCode(page, (c) => c === moved);
  expect(await modelCode(page).inputValue()).toBe(moved);
  expect(problems).toEqual([]);
  await context.close();
});

it('zooms on the wheel only once the canvas is in use, so scrolling past it changes nothing', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await page.waitForTimeout(500);
  const viewport = () => page.evaluate(() => (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform);
  const before = await viewport();
  const pane = await page.locator('.react-flow__pane').boundingBox();
  await page.mouse.move(pane!.x + 40, pane!.y + 40);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
  expect(await viewport()).toBe(before);
  await page.mouse.click(pane!.x + 40, pane!.y + 40);
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(400);
  expect(await viewport()).not.toBe(before);
  expect(problems).toEqual([]);
  await context.close();
});

it('refuses a rename to a taken name with a visible message, and keeps the old name', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await chooseExample(page, /^Confounding triangle\./);
  await nodeLocator(page, 'X').waitFor();
  await page.waitForTimeout(400);
  await nodeLocator(page, 'X').dblclick();
  const input = page.getByRole('textbox', { name: 'Rename X' });
  await input.fill('Y');
  await input.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'already exists' });
  await alert.waitFor();
  await input.press('Escape');
  await alert.waitFor({ state: 'detached' });
  expect(await nodeLocator(page, 'X').count()).toBe(1);
  expect(await codeText(page)).toContain('X -> Y');
  expect(problems).toEqual([]);
  await context.close();
});

it('shows hostile labels as plain text', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill('dag {\n  a [label="<img src=x onerror=alert(1)>", exposure]\n  a -> b\n}\n');
  await nodeLocator(page, 'a').waitFor();
  await page.waitForTimeout(400);
  expect(await nodeLocator(page, 'a').textContent()).toContain('<img src=x onerror=alert(1)>');
  expect(await page.locator('.react-flow img').count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
