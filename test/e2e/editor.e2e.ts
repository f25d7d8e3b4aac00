/**
 * The editor end to end: draw, connect and label with the mouse; the same by keyboard only; undo
 * and redo of the whole sequence; model code both ways; a syntax error that loses nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';
import { chooseExample, codeLines, codeText, drawEdge, modelCode, nodeLocator, tabToNode, waitForCode } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const FULL = ['X [exposure', 'Y [outcome', 'Z -> X', 'Z -> Y', 'X -> Y'];
const hasAll = (code: string, parts: readonly string[]) => parts.every((p) => code.includes(p));

async function startEmpty(page: Page) {
  await page.waitForSelector('.react-flow__node');
  await chooseExample(page, /New empty diagram/);
  await waitForCode(page, (c) => codeLines(c).length === 0);
}

async function addNodeByDoubleClick(page: Page, x: number, y: number, name: string) {
  const pane = await page.locator('.react-flow__pane').boundingBox();
  await page.mouse.dblclick(pane!.x + x, pane!.y + y);
  const input = page.getByRole('textbox', { name: /^Rename/ });
  await input.fill(name);
  await input.press('Enter');
  await nodeLocator(page, name).waitFor();
}

it('draws X, Y, Z with the mouse, connects them, marks roles, and undoes and redoes it all', async () => {
  const { page, problems, context } = await openPage(browser);
  await startEmpty(page);
  await addNodeByDoubleClick(page, 120, 320, 'X');
  await addNodeByDoubleClick(page, 560, 320, 'Y');
  await addNodeByDoubleClick(page, 340, 120, 'Z');
  await drawEdge(page, 'Z', 'X');
  await drawEdge(page, 'Z', 'Y');
  await drawEdge(page, 'X', 'Y');
  await waitForCode(page, (c) => hasAll(c, ['Z -> X', 'Z -> Y', 'X -> Y']));
  expect(await page.locator('.react-flow__edge').count()).toBe(3);

  await nodeLocator(page, 'X').click();
  await page.getByRole('button', { name: 'Exposure' }).click();
  await nodeLocator(page, 'Y').click();
  await page.getByRole('button', { name: 'Outcome' }).click();
  const done = await waitForCode(page, (c) => hasAll(c, FULL));
  // The analyses answer for the drawn graph: {Z} is the adjustment set, with its formula.
  const analyses = page.getByRole('complementary', { name: 'Analyses' });
  await analyses.getByText(/identifiable by adjusting for \{Z\}/).waitFor();
  expect(await analyses.getByText('{Z}', { exact: true }).count()).toBeGreaterThan(0);
  const formula = analyses.locator('.katex-mathml annotation').first();
  await formula.waitFor({ state: 'attached' });
  expect(await formula.textContent()).toMatch(/do.*\\sum_\{?Z|\\sum.*Z/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-drawn-1280.png` });

  // 3 nodes × (add + rename) + 3 edges + 2 roles = 11 recorded steps after the empty diagram.
  const states: string[] = [done];
  for (let i = 0; i < 11; i++) {
    await page.keyboard.press('Control+z');
    states.push(await waitForCode(page, (c) => c !== states[states.length - 1]));
  }
  expect(codeLines(states[states.length - 1])).toEqual([]);
  expect(states[1]).not.toContain('Y [outcome');
  expect(states[1]).toContain('X [exposure');
  expect(states[2]).not.toContain('X [exposure');
  expect(states[3]).not.toContain('X -> Y');
  // Redo (both shortcuts) walks the same states forwards.
  for (let i = 10; i >= 0; i--) {
    await page.keyboard.press(i % 2 === 0 ? 'Control+Shift+z' : 'Control+y');
    await waitForCode(page, (c) => c === states[i]);
  }
  expect(hasAll(await codeText(page), FULL)).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});

it('does the same with the keyboard only', async () => {
  const { page, problems, context } = await openPage(browser);
  await startEmpty(page);
  // Focus starts somewhere neutral: shortcuts need no pointer.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (const name of ['X', 'Y', 'Z']) {
    await page.keyboard.press('n');
    const input = page.getByRole('textbox', { name: /^Rename/ });
    await input.waitFor();
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
    await nodeLocator(page, name).waitFor();
    await page.waitForFunction((id) => document.activeElement?.getAttribute('data-id') === id, name);
  }
  // Z has focus after naming it: c, then move to the target and press Enter.
  for (const target of ['X', 'Y']) {
    await tabToNode(page, 'Z', true);
    await page.keyboard.press('c');
    await tabToNode(page, target, true);
    await page.keyboard.press('Enter');
  }
  await tabToNode(page, 'X', true);
  await page.keyboard.press('c');
  await tabToNode(page, 'Y');
  await page.keyboard.press('Enter');
  await waitForCode(page, (c) => hasAll(c, ['Z -> X', 'Z -> Y', 'X -> Y']));
  await tabToNode(page, 'X', true);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-keyboard-focus-1280.png` });
  await page.keyboard.press('e');
  await tabToNode(page, 'Y');
  await page.keyboard.press('o');
  await waitForCode(page, (c) => hasAll(c, FULL));
  // Undo and redo by keyboard.
  await page.keyboard.press('Control+z');
  await waitForCode(page, (c) => !c.includes('Y [outcome') && c.includes('X [exposure'));
  await page.keyboard.press('Control+y');
  await waitForCode(page, (c) => hasAll(c, FULL));
  // Edges are reachable too: Tab to X → Y, switch it to bidirected, then delete it.
  const xy = JSON.stringify(['X', '->', 'Y']);
  for (let i = 0; i < 40; i++) {
    if ((await page.evaluate(() => document.activeElement?.getAttribute('data-id'))) === xy) break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('t');
  await waitForCode(page, (c) => c.includes('X <-> Y') && !c.includes('X -> Y'));
  await page.keyboard.press('Control+z');
  await waitForCode(page, (c) => hasAll(c, FULL));
  // The help dialog lists the shortcuts.
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.waitFor();
  expect(await dialog.getByRole('rowheader', { name: 'Exposure' }).isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  expect(problems).toEqual([]);
  await context.close();
});

it('follows model code edits on the canvas, and canvas edits in the model code', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  const pane = modelCode(page);
  await pane.fill('dag {\n  A -> B\n  B -> C\n  A [exposure]\n}\n');
  await nodeLocator(page, 'C').waitFor();
  expect(await page.locator('.react-flow__node').count()).toBe(3);
  expect(await page.locator('.react-flow__edge').count()).toBe(2);
  // Leave the pane, then change the canvas: the text follows.
  await nodeLocator(page, 'C').click();
  await page.keyboard.press('o');
  await waitForCode(page, (c) => c.includes('C [outcome'));
  await page.keyboard.press('Delete');
  await waitForCode(page, (c) => !c.includes('C ') && !c.includes('-> C'));
  expect(await page.locator('.react-flow__node').count()).toBe(2);
  expect(problems).toEqual([]);
  await context.close();
});

it('shows a syntax error with its line and column and keeps the diagram', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  const before = await page.locator('.react-flow__node').count();
  const pane = modelCode(page);
  await pane.fill('dag {\n  A -> B\n  B -> \n}\n');
  const error = page.locator('.model-code-errors .error').first();
  await error.waitFor();
  expect(await error.textContent()).toMatch(/^Line \d+, column \d+: /);
  expect(await pane.getAttribute('aria-invalid')).toBe('true');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-parse-error-1280.png` });
  expect(await page.locator('.react-flow__node').count()).toBe(before);
  expect(await nodeLocator(page, 'prior_activity').isVisible()).toBe(true);
  expect(problems).toEqual([]);
  await context.close();
});
