/**
 * Share links in Chromium: the link opened in a fresh browser shows the same graph, analyses and
 * notes read-only until "Make an editable copy"; a tampered, truncated or oversized link shows a
 * clear error, loads nothing and leaves the autosaved work as it was.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, baseUrl, launch, openPage } from './support/browser';
import { codeLines, modelCode, nodeLocator, waitForCode } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const MODEL =
  'dag {\n  X [exposure,pos="0,1"]\n  Y [outcome,pos="2,1"]\n  Z [pos="1,0"]\n  M [pos="1,1"]\n  Z -> X\n  Z -> Y\n  X -> M\n  M -> Y\n}\n';

/** Text of every analysis panel once the analyses have settled. */
async function panelsText(page: Page): Promise<string> {
  await page.locator('.cw-panel').first().waitFor();
  await page.locator('.cw-panel').getByText(/adjust/i).first().waitFor();
  await page.waitForTimeout(800);
  return (await page.locator('.cw-panel').allInnerTexts()).join('\n---\n');
}

async function settleSaved(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('.save-status')?.textContent === 'Saved in this browser');
}

async function authorAndShare(page: Page): Promise<string> {
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill(MODEL);
  await nodeLocator(page, 'M').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.locator('.assumptions summary').click();
  await page.getByRole('textbox', { name: 'Causal question' }).fill('Effect of X on Y <script>alert(1)</script>');
  await nodeLocator(page, 'Z').click();
  await page.getByRole('textbox', { name: 'Note on Z' }).fill('Season; measured at baseline');
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const box = page.getByRole('textbox', { name: 'Share link' });
  await box.waitFor();
  const link = await box.inputValue();
  expect(link).toMatch(/#c1\.[A-Za-z0-9_-]+$/);
  expect(await page.evaluate(() => location.hash)).toBe(link.slice(link.indexOf('#')));
  return link;
}

it('opens a shared link read-only in a fresh browser, with the same graph and analyses, until copied', async () => {
  const author = await openPage(browser);
  await author.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl() });
  const link = await authorAndShare(author.page);
  await author.page.getByText('Copied to the clipboard.').waitFor();
  expect(await author.page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  await author.page.screenshot({ path: `${SCREENSHOT_DIR}/share-author-1280.png` });
  const authorCode = codeLines(await modelCode(author.page).inputValue()).sort();
  const authorPanels = await panelsText(author.page);
  expect(author.problems).toEqual([]);
  await author.context.close();

  const reviewer = await openPage(browser, link.slice(link.indexOf('/', 'http://'.length)));
  const { page } = reviewer;
  await page.getByRole('region', { name: 'Reviewing a shared graph' }).waitFor();
  await nodeLocator(page, 'M').waitFor();
  expect(codeLines(await modelCode(page).inputValue()).sort()).toEqual(authorCode);
  expect(await panelsText(page)).toBe(authorPanels);
  const assumptions = page.getByRole('region', { name: 'Assumptions' });
  await assumptions.getByText('Effect of X on Y <script>alert(1)</script>').waitFor();
  await assumptions.getByText('Season; measured at baseline').waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/share-reviewer-1280.png` });
  await assumptions.scrollIntoViewIfNeeded();
  await assumptions.screenshot({ path: `${SCREENSHOT_DIR}/share-reviewer-assumptions.png` });

  // Nothing edits it: keys, double-click, drag, the model code pane.
  const before = await modelCode(page).inputValue();
  expect(await modelCode(page).getAttribute('readonly')).not.toBeNull();
  await nodeLocator(page, 'M').click();
  for (const key of ['Delete', 'e', 'o', 'a', 'l', 'n', 'Control+z']) await page.keyboard.press(key);
  await page.locator('.react-flow__pane').dblclick({ position: { x: 60, y: 60 } });
  const box = await nodeLocator(page, 'Z').boundingBox();
  await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
  await page.mouse.down();
  // The node stays where it is in the diagram (dragging a fixed node may pan the view instead).
  const placed = () => nodeLocator(page, 'Z').evaluate((el) => (el as HTMLElement).style.transform);
  const where = await placed();
  await page.mouse.move(box!.x + 200, box!.y + 150, { steps: 8 });
  expect(await placed()).toBe(where);
  await page.mouse.up();
  expect(await placed()).toBe(where);
  expect(await page.locator('.cw-handle').first().isVisible()).toBe(false);
  await modelCode(page).press('End');
  await page.keyboard.type('W -> X');
  await page.waitForTimeout(600);
  expect(await modelCode(page).inputValue()).toBe(before);
  expect(await page.locator('.react-flow__node').count()).toBe(4);
  expect(await page.evaluate(() => localStorage.getItem('causeway.autosave'))).toBeNull();

  // Make an editable copy: now it edits and autosaves.
  await page.getByRole('button', { name: 'Make an editable copy' }).click();
  await page.getByRole('region', { name: 'Reviewing a shared graph' }).waitFor({ state: 'detached' });
  expect(await page.evaluate(() => location.hash)).toBe('');
  await nodeLocator(page, 'M').click();
  await page.keyboard.press('a');
  await waitForCode(page, (c) => /M \[adjusted/.test(c));
  await settleSaved(page);
  await page.reload();
  await waitForCode(page, (c) => /M \[adjusted/.test(c));
  expect(await page.getByRole('textbox', { name: 'Causal question' }).inputValue()).toBe('Effect of X on Y <script>alert(1)</script>');
  expect(reviewer.problems).toEqual([]);
  await reviewer.context.close();
});

it('refuses a tampered, truncated or oversized link with a clear message and keeps the autosaved work', async () => {
  const author = await openPage(browser);
  const link = await authorAndShare(author.page);
  await author.context.close();
  const hash = link.slice(link.indexOf('#'));
  const middle = Math.floor(hash.length / 2);
  const flipped = hash[middle] === 'A' ? 'B' : 'A';
  const cases: [string, string, RegExp][] = [
    ['tampered', hash.slice(0, middle) + flipped + hash.slice(middle + 1), /damaged|not a valid Causeway document/],
    ['truncated', hash.slice(0, hash.length - 12), /damaged|cut off|incomplete/],
    ['oversized', `#c1.${'A'.repeat(1_600_000)}`, /too long|larger than/],
    ['not base64', '#c1.<img src=x onerror=alert(1)>', /damaged/],
  ];
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await modelCode(page).fill('dag { Mine -> Work }');
  await nodeLocator(page, 'Work').waitFor();
  await page.locator('.react-flow__pane').click({ position: { x: 30, y: 30 } });
  await settleSaved(page);
  const savedDocument = () => page.evaluate(() => JSON.parse(localStorage.getItem('causeway.autosave') ?? 'null')?.document);
  const saved = await savedDocument();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs++;
    void d.dismiss();
  });
  for (const [name, bad, message] of cases) {
    await page.goto(`${baseUrl()}/${bad}`);
    const alert = page.getByRole('alert').filter({ hasText: /Nothing was loaded/ });
    await alert.waitFor();
    expect(await alert.textContent(), name).toMatch(message);
    await nodeLocator(page, 'Work').waitFor();
    expect(await page.getByRole('region', { name: 'Reviewing a shared graph' }).count()).toBe(0);
    if (name === 'tampered') await page.screenshot({ path: `${SCREENSHOT_DIR}/share-tampered-1280.png` });
    await page.waitForTimeout(700);
    expect(await savedDocument(), name).toEqual(saved);
  }
  expect(dialogs).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
