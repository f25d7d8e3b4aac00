/**
 * Keyboard focus in the browser: closing an edge's menu, cancelling a connection, deleting,
 * reversing and switching never leave focus on the page body.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launch, openPage } from './support/browser';
import { chooseExample, nodeLocator, waitForCode } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const edgeKey = (from: string, kind: string, to: string) => JSON.stringify([from, kind, to]);
const edgeLocator = (page: Page, key: string) => page.locator(`.react-flow__edge[data-id=${JSON.stringify(key)}]`);

/** What has keyboard focus: `node:<id>`, `edge:<key>`, `canvas`, or the tag name of anything else. */
async function focusedThing(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'none';
    if (el.classList.contains('react-flow__node')) return `node:${el.getAttribute('data-id')}`;
    if (el.classList.contains('react-flow__edge')) return `edge:${el.getAttribute('data-id')}`;
    if (el.getAttribute('data-testid') === 'canvas') return 'canvas';
    return el.tagName.toLowerCase();
  });
}

async function expectFocus(page: Page, thing: string): Promise<void> {
  const start = Date.now();
  while ((await focusedThing(page)) !== thing && Date.now() - start < 2000) await page.waitForTimeout(50);
  expect(await focusedThing(page)).toBe(thing);
}

async function triangle(page: Page): Promise<void> {
  await page.waitForSelector('.react-flow__node');
  await chooseExample(page, /^Confounding triangle\./);
  await nodeLocator(page, 'Z').waitFor();
  await page.waitForTimeout(500);
}

it('closing an edge or canvas menu (keyboard or right-click) and cancelling a connection give focus back', async () => {
  const { page, problems, context } = await openPage(browser);
  await triangle(page);
  const zy = edgeKey('Z', '->', 'Y');
  await edgeLocator(page, zy).focus();
  await page.keyboard.press('Shift+F10');
  await page.getByRole('menu', { name: 'Context menu' }).waitFor();
  await page.keyboard.press('Escape');
  await expectFocus(page, `edge:${zy}`);

  const box = (await edgeLocator(page, zy).locator('.react-flow__edge-interaction').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { button: 'right' });
  await page.getByRole('menu', { name: 'Context menu' }).waitFor();
  await page.keyboard.press('Escape');
  await expectFocus(page, `edge:${zy}`);

  const pane = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.click(pane.x + 30, pane.y + 30, { button: 'right' });
  await page.getByRole('menu', { name: 'Context menu' }).waitFor();
  await page.keyboard.press('Escape');
  await expectFocus(page, 'canvas');

  await nodeLocator(page, 'X').focus();
  await page.keyboard.press('c');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expectFocus(page, 'node:X');
  expect(problems).toEqual([]);
  await context.close();
});

it('deleting, reversing and switching keep focus on the diagram, down to the empty canvas', async () => {
  const { page, problems, context } = await openPage(browser);
  await triangle(page);
  const zx = edgeKey('Z', '->', 'X');
  await edgeLocator(page, zx).focus();
  await page.keyboard.press('r');
  await waitForCode(page, (c) => c.includes('X -> Z'));
  await expectFocus(page, `edge:${edgeKey('X', '->', 'Z')}`);
  await page.keyboard.press('t');
  await waitForCode(page, (c) => c.includes('X <-> Z'));
  await expectFocus(page, `edge:${edgeKey('X', '<->', 'Z')}`);
  await page.keyboard.press('Delete');
  await waitForCode(page, (c) => !c.includes('X <-> Z'));
  expect(await focusedThing(page)).toMatch(/^edge:/);

  const order = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
  expect(order).toEqual(['Z', 'X', 'Y']);
  await nodeLocator(page, 'X').focus();
  await page.keyboard.press('Delete');
  await expectFocus(page, 'node:Y');
  await page.keyboard.press('Delete');
  await expectFocus(page, 'node:Z');
  await page.keyboard.press('Delete');
  await waitForCode(page, (c) => !/\bZ\b/.test(c));
  await expectFocus(page, 'canvas');
  // Where focus is shows: the canvas draws a focus ring.
  expect(await page.getByTestId('canvas').evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle)).toBe('solid');
  // Shortcuts still work from the canvas.
  await page.keyboard.press('n');
  await page.locator('.react-flow__node').first().waitFor();
  expect(problems).toEqual([]);
  await context.close();
});
