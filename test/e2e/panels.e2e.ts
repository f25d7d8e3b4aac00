/**
 * The analysis panels end to end: mark roles on the canvas and see roles, adjustment sets, paths
 * and the identification formula (KaTeX) follow; apply a set by clicking it; ask a d-separation
 * question; a cycle replaces every result; screenshots at desktop and phone sizes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { codeText, largeModel, modelCode, nodeLocator, waitForCode } from './editor-helpers';
import { SCREENSHOT_DIR, baseUrl, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Replaces the document through the model code pane and waits for the canvas to follow. */
async function loadModel(page: Page, code: string, lastNode: string) {
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill(code);
  await nodeLocator(page, lastNode).waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
}

async function markRole(page: Page, id: string, key: 'e' | 'o') {
  await nodeLocator(page, id).click();
  await page.keyboard.press(key);
}

it('marks roles, shows the {Z} adjustment set, applies it, and renders the formula with KaTeX', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, 'dag {\n  Z -> X\n  Z -> Y\n  X -> M\n  M -> Y\n}\n', 'M');
  await expect(region(page, 'Adjustment').textContent()).resolves.toContain('Mark at least one exposure and one outcome');

  await markRole(page, 'X', 'e');
  await markRole(page, 'Y', 'o');
  await waitForCode(page, (c) => c.includes('X [exposure') && c.includes('Y [outcome'));

  const adjustment = region(page, 'Adjustment');
  const setButton = adjustment.getByRole('button', { name: 'Adjust for {Z}' }).first();
  await setButton.waitFor();
  await expect(adjustment.textContent()).resolves.toContain('Nothing is adjusted for, and that is not enough.');

  const roles = region(page, 'Roles');
  await roles.getByRole('button', { name: 'Z', exact: true }).waitFor();
  await expect(roles.textContent()).resolves.toContain('confounder');
  await expect(roles.textContent()).resolves.toContain('mediator');

  const identification = region(page, 'Identification');
  await identification.locator('.katex').first().waitFor();
  await expect(identification.locator('annotation').first().textContent()).resolves.toContain('\\mathrm{do}(X)');
  await expect(identification.textContent()).resolves.toContain('is identifiable by adjusting for {Z}');

  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-unadjusted-1280.png` });
  await identification.getByText(/^Derivation/).click();
  await identification.locator('.cw-steps li').first().waitFor();
  await identification.screenshot({ path: `${SCREENSHOT_DIR}/panels-derivation-1280.png` });

  await setButton.click();
  await waitForCode(page, (c) => /Z \[adjusted/.test(c));
  await adjustment.getByText('Adjusting for {Z} is valid.').waitFor();
  const paths = region(page, 'Paths');
  await paths.getByRole('button', { name: 'X ← Z → Y, blocked' }).waitFor();

  // Hover and focus both draw the path on the canvas.
  await paths.getByRole('button', { name: 'X → M → Y, open' }).hover();
  const haloEdges = (tone: string) => page.locator(`.react-flow__edge:has(.cw-halo.tone-${tone})`);
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge:has(.cw-halo.tone-causal-path)').length === 2);
  const edgeIds = (tone: string) =>
    haloEdges(tone).evaluateAll((edges) => edges.map((e) => (JSON.parse(e.getAttribute('data-id') ?? '[]') as string[]).join(' ')).sort());
  await expect(edgeIds('causal-path')).resolves.toEqual(['M -> Y', 'X -> M']);
  await page.mouse.move(5, 5);
  await paths.getByRole('button', { name: 'X ← Z → Y, blocked' }).focus();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge:has(.cw-halo.tone-blocked-path)').length === 2);
  expect(await haloEdges('causal-path').count()).toBe(0);
  await expect(edgeIds('blocked-path')).resolves.toEqual(['Z -> X', 'Z -> Y']);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-adjusted-1280.png` });

  expect(problems).toEqual([]);
  await context.close();
});

it('answers a d-separation query from the keyboard', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, 'dag {\n  A -> C\n  B -> C\n}\n', 'C');
  const dsep = region(page, 'd-separation');
  await dsep.getByRole('checkbox', { name: 'A in X' }).focus();
  await page.keyboard.press('Space');
  await dsep.getByRole('checkbox', { name: 'B in Y' }).focus();
  await page.keyboard.press('Space');
  await dsep.getByText('{A} and {B} are d-separated.').waitFor();
  await dsep.screenshot({ path: `${SCREENSHOT_DIR}/panels-dsep-focus-1280.png` });
  await dsep.getByRole('checkbox', { name: 'C in Z' }).check();
  await dsep.getByText('{A} and {B} are not d-separated given {C}.').waitFor();
  await dsep.getByRole('button', { name: 'A → C ← B' }).waitFor();
  // Tabbing on from the checkboxes reaches the open path, which draws it on the canvas.
  await dsep.getByRole('checkbox', { name: 'C in Z' }).focus();
  for (let i = 0; i < 8 && (await page.evaluate(() => document.activeElement?.tagName)) !== 'BUTTON'; i++) {
    await page.keyboard.press('Tab');
  }
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('A → C ← B');
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge:has(.cw-halo.tone-open-path)').length === 2);
  await dsep.screenshot({ path: `${SCREENSHOT_DIR}/panels-dsep-path-focus-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('draws the hedge when the effect is not identifiable, and says no adjustment set exists', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, 'dag {\n  X [exposure]\n  Y [outcome]\n  Z -> X\n  X -> Y\n  X <-> Y\n}\n', 'Z');
  const identification = region(page, 'Identification');
  await identification.getByText('The effect of {X} on {Y} is not identifiable from the observed variables.').waitFor();
  await expect(identification.textContent()).resolves.toContain('F = {X, Y}, F′ = {Y}');
  await region(page, 'Adjustment').getByText('No adjustment set exists').first().waitFor();
  await expect(region(page, 'Adjustment').textContent()).resolves.not.toContain('The empty set works');
  await region(page, 'Instruments').getByRole('button', { name: 'Z, unconditionally' }).waitFor();
  await identification.getByRole('button', { name: 'Show the hedge' }).hover();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__edge:has(.cw-halo.tone-hedge)').length === 2);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-hedge-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('says the empty set works when nothing needs adjusting', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, 'dag {\n  X [exposure]\n  Y [outcome]\n  X -> Y\n  Y -> W\n}\n', 'W');
  const adjustment = region(page, 'Adjustment');
  await adjustment.getByText('The empty set works').first().waitFor();
  await expect(adjustment.textContent()).resolves.not.toContain('No adjustment set exists');
  await adjustment.getByText('Nothing is adjusted for, and no adjustment is needed.').waitFor();
  expect(problems).toEqual([]);
  await context.close();
});

it('shows the cycle message in every panel instead of results', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, 'dag {\n  A [exposure]\n  C [outcome]\n  A -> B\n  B -> C\n  C -> A\n}\n', 'C');
  for (const name of ['Roles', 'Adjustment', 'Front-door', 'Instruments', 'Testable implications', 'd-separation', 'Paths', 'Identification']) {
    await region(page, name).getByText('The graph has a cycle: A → B → C → A').waitFor();
  }
  expect(await codeText(page)).toContain('C -> A');
  expect(problems).toEqual([]);
  await context.close();
});

it('analyses a 200-node graph in the worker while the page stays responsive', async () => {
  const { page, problems, context } = await openPage(browser);
  await loadModel(page, largeModel(200), 'v199');
  const adjustment = region(page, 'Adjustment');
  await adjustment.getByText(/Nothing is adjusted for|Adjusting for/).first().waitFor({ timeout: 20_000 });
  // The main thread answers while the analyses run in the worker.
  const lag = await page.evaluate(() => new Promise<number>((resolve) => {
    const start = performance.now();
    setTimeout(() => resolve(performance.now() - start), 0);
  }));
  expect(lag).toBeLessThan(200);
  await region(page, 'Paths').getByText(/causal path/).first().waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-200-nodes-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('keeps KaTeX and the analysis worker out of the initial page load', async () => {
  const html = await (await fetch(baseUrl() + '/')).text();
  const initial = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]);
  expect(initial.length).toBeGreaterThan(0);
  for (const file of initial) {
    expect(file).not.toMatch(/katex|worker/i);
    const source = await (await fetch(baseUrl() + file)).text();
    // Static imports of the entry chunk only; KaTeX must arrive through a dynamic import.
    const staticImports = [...source.matchAll(/^import[^;]*?from\s*["']([^"']+)["']/gm)].map((m) => m[1]);
    expect(staticImports.filter((s) => /katex|worker/i.test(s))).toEqual([]);
    expect(source).not.toContain('KaTeX parse error');
  }
});

it('lays the panels out at phone size', async () => {
  const { page, problems, context } = await openPage(browser, '/', { width: 390, height: 844 });
  await page.waitForSelector('.react-flow__node');
  const identification = region(page, 'Identification');
  await identification.locator('.katex').first().waitFor();
  await region(page, 'Adjustment').scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-390.png` });
  await identification.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/panels-identification-390.png` });
  expect(problems).toEqual([]);
  await context.close();
});
