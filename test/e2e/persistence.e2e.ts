/**
 * Autosave and the library in Chromium: a graph survives a reload; a corrupted entry is reported
 * and set aside; a full quota says "Not saved"; library save, open, rename, duplicate, delete and
 * "Undo delete".
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';
import { codeLines, modelCode, nodeLocator, waitForCode } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MODEL = 'dag {\n  A [exposure,pos="0,0"]\n  B [pos="1,0"]\n  C [outcome,pos="2,0"]\n  A -> B\n  B -> C\n  A -> C\n}\n';

async function autosaved(page: import('playwright-core').Page): Promise<string> {
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved in this browser');
  return page.evaluate(() => localStorage.getItem('causeway.autosave') ?? '');
}

it('keeps the graph through a reload', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill(MODEL);
  await nodeLocator(page, 'C').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  // A note travels with the document too.
  await page.locator('.assumptions summary').click();
  await page.getByRole('textbox', { name: 'Causal question' }).fill('Does A change C?');
  await page.waitForTimeout(700);
  expect(await autosaved(page)).toContain('Does A change C?');
  const before = codeLines(await modelCode(page).inputValue()).sort();
  await page.reload();
  await nodeLocator(page, 'C').waitFor();
  const after = codeLines(await waitForCode(page, (c) => c.includes('A -> C'))).sort();
  expect(after).toEqual(before);
  expect(await page.getByRole('textbox', { name: 'Causal question' }).inputValue()).toBe('Does A change C?');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/persistence-reloaded-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('reports a corrupted autosave, sets it aside and keeps working', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.evaluate(() => localStorage.setItem('causeway.autosave', '{"schema":"causeway.storage/1","document":{"format":"causeway/1","graph":'));
  await page.reload();
  const notice = page.getByRole('region', { name: 'Notices' }).getByRole('status').filter({ hasText: /could not be read and was set aside/ });
  await notice.waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/persistence-corrupted-1280.png` });
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys.some((k) => k.startsWith('causeway.quarantine.causeway.autosave.'))).toBe(true);
  // The example is shown and editing saves a fresh, readable autosave.
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill(MODEL);
  await nodeLocator(page, 'C').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  expect(JSON.parse(await autosaved(page)).document.graph.nodes).toHaveLength(3);
  // The notice can be dismissed.
  await notice.getByRole('button', { name: 'Dismiss notice' }).click();
  expect(await notice.count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

it('says "Not saved" when the storage quota is full, and saves again once there is room', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  const filled = await page.evaluate(() => {
    const chunk = 'x'.repeat(256 * 1024);
    let i = 0;
    try {
      for (; i < 400; i++) localStorage.setItem(`filler.${i}`, chunk);
    } catch {
      // full
    }
    // Top up with small pieces so not even a small autosave fits.
    let small = 0;
    try {
      for (; small < 100000; small++) localStorage.setItem(`filler.s${small}`, 'y'.repeat(64));
    } catch {
      // full
    }
    return i;
  });
  expect(filled).toBeGreaterThan(0);
  await modelCode(page).fill(MODEL);
  await nodeLocator(page, 'C').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  const alert = page.getByRole('alert').filter({ hasText: /Not saved/ });
  await alert.waitFor();
  expect(await page.locator('.save-status').textContent()).toBe('Not saved');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/persistence-quota-1280.png` });
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('filler.')) localStorage.removeItem(key);
  });
  await nodeLocator(page, 'B').click();
  await page.keyboard.press('a');
  expect(JSON.parse(await autosaved(page)).document.graph.nodes.find((n: { id: string }) => n.id === 'B').roles).toContain('adjusted');
  expect(await alert.count()).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

it('saves, renames, duplicates, opens and deletes library graphs, with Undo delete', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill(MODEL);
  await nodeLocator(page, 'C').waitFor();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Library…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Library' });
  await dialog.getByRole('textbox', { name: 'Save the current graph as' }).fill('Triangle <b>1</b>');
  await page.keyboard.press('Enter');
  await dialog.locator('.library-name').getByText('Triangle <b>1</b>', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Rename Triangle <b>1</b>' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Triangle <b>1</b>' }).fill('Triangle');
  await page.keyboard.press('Enter');
  await dialog.locator('.library-name').getByText('Triangle', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Duplicate Triangle' }).click();
  await dialog.locator('.library-name').getByText('Triangle (copy)', { exact: true }).waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/persistence-library-1280.png` });
  await dialog.getByRole('button', { name: 'Delete Triangle (copy)' }).click();
  expect(await dialog.locator('.library-name').getByText('Triangle (copy)', { exact: true }).count()).toBe(0);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('button', { name: 'Undo delete' }).click();
  // Replace the diagram, then open the saved one from the library: one undo step.
  await modelCode(page).fill('dag { P -> Q }');
  await nodeLocator(page, 'Q').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Library…' }).click();
  await dialog.locator('.library-name').getByText('Triangle (copy)', { exact: true }).waitFor();
  await dialog.getByRole('button', { name: 'Open Triangle', exact: true }).click();
  await nodeLocator(page, 'C').waitFor();
  expect(await page.locator('.react-flow__node').count()).toBe(3);
  await page.keyboard.press('Control+z');
  await nodeLocator(page, 'Q').waitFor();
  expect(problems).toEqual([]);
  await context.close();
});
