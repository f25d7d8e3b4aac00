/**
 * The app's chrome in Chromium: menus float over the page without moving anything and stay inside
 * the viewport (also on a phone, where the toolbar scrolls sideways); focus comes back after menus
 * and dialogs; the page itself never scrolls on a wide screen; wide formulas show a scrollbar.
 */
import { type Browser, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROMIUM_ARGS, SCREENSHOT_DIR, baseUrl, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const DESKTOP = { width: 1400, height: 900 };
const PHONE = { width: 390, height: 844 };

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const found = await page.locator(selector).first().boundingBox();
  if (!found) throw new Error(`no box for ${selector}`);
  return found;
}

function insideViewport(b: Box, view: { width: number; height: number }): void {
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(view.width);
  expect(b.y + b.height).toBeLessThanOrEqual(view.height);
}

/** The menu is on top where it is drawn: the element at its centre and corners belongs to it. */
async function visibleOnTop(page: Page): Promise<void> {
  const hits = await page.evaluate(() => {
    const menu = document.querySelector('[role="menu"]')!;
    const r = menu.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 3, r.top + 3],
      [r.right - 3, r.top + 3],
      [r.left + 3, r.bottom - 3],
      [r.right - 3, r.bottom - 3],
    ];
    return points.map(([x, y]) => menu.contains(document.elementFromPoint(x, y)));
  });
  expect(hits).toEqual([true, true, true, true, true]);
}

for (const [name, view] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  it(`opens the File, Exports and Examples menus over the page without moving anything (${name})`, async () => {
    const { page, problems, context } = await openPage(browser, '/', view);
    await page.waitForSelector('.react-flow__node');
    for (const label of ['File', 'Exports', 'Examples']) {
      const button = page.getByRole('button', { name: label, exact: true });
      await button.scrollIntoViewIfNeeded();
      const before = { share: await box(page, 'button:has-text("Share")'), canvas: await box(page, '.canvas-wrap'), button: await button.boundingBox() };
      await button.click();
      const menu = page.getByRole('menu', { name: label });
      await menu.waitFor();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/chrome-menu-${label}-${name}.png` });
      expect(await box(page, 'button:has-text("Share")')).toEqual(before.share);
      expect(await box(page, '.canvas-wrap')).toEqual(before.canvas);
      const buttonBox = (await button.boundingBox())!;
      expect(buttonBox).toEqual(before.button);
      const menuBox = (await menu.boundingBox())!;
      insideViewport(menuBox, view);
      // Hangs under its button.
      expect(menuBox.y).toBeGreaterThanOrEqual(buttonBox.y + buttonBox.height);
      expect(menuBox.y).toBeLessThanOrEqual(buttonBox.y + buttonBox.height + 8);
      await visibleOnTop(page);
      // Every item can be reached and is drawn inside the viewport.
      await page.keyboard.press('End');
      const last = page.locator('[role="menu"] [role^="menuitem"]').last();
      insideViewport((await last.boundingBox())!, view);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
    }
    expect(problems).toEqual([]);
    await context.close();
  });
}

/** What has keyboard focus: a button's text, a node's id, or the tag name. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return 'body';
    if (el.classList.contains('react-flow__node')) return `node:${el.dataset.id}`;
    return `${el.tagName.toLowerCase()}:${el.textContent?.trim()}`;
  });

it('gives focus back after Escape: File › Library… to the File button, a node menu to the node', async () => {
  const { page, problems, context } = await openPage(browser, '/', DESKTOP);
  await page.waitForSelector('.react-flow__node');
  await page.getByRole('button', { name: 'File', exact: true }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('menu', { name: 'File' }).waitFor();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const library = page.getByRole('dialog');
  await library.waitFor();
  await page.keyboard.press('Escape');
  await library.waitFor({ state: 'detached' });
  expect(await focused(page)).toBe('button:▤File');

  await page.locator('.react-flow__node[data-id="prior_activity"]').focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Context menu' });
  await menu.waitFor();
  await page.keyboard.press('Escape');
  await menu.waitFor({ state: 'detached' });
  expect(await focused(page)).toBe('node:prior_activity');
  expect(problems).toEqual([]);
  await context.close();
});

it('a checked role in a node menu keeps its ✓ on the line of its label', async () => {
  const { page, problems, context } = await openPage(browser, '/', DESKTOP);
  await page.waitForSelector('.react-flow__node');
  // The opening example marks recommendation as the exposure.
  await page.locator('.react-flow__node[data-id="recommendation"]').focus();
  await page.keyboard.press('Shift+F10');
  const checked = page.getByRole('menuitemcheckbox', { name: /Exposure/, checked: true });
  const unchecked = page.getByRole('menuitemcheckbox', { name: /Outcome/, checked: false });
  await checked.waitFor();
  const [a, b] = [(await checked.boundingBox())!, (await unchecked.boundingBox())!];
  expect(a.height).toBeCloseTo(b.height, 0);
  const textStarts = (loc: typeof checked) =>
    loc.evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getClientRects()[0].left - el.getBoundingClientRect().left;
    });
  // Labels line up whether checked or not.
  expect(await textStarts(checked)).toBeCloseTo(await textStarts(unchecked), 0);
  await page.keyboard.press('Escape');
  expect(problems).toEqual([]);
  await context.close();
});

it('the app shell never scrolls at 1400×900, even with every side panel open and a wheel turn over the toolbar', async () => {
  const { page, problems, context } = await openPage(browser, '/', DESKTOP);
  await page.waitForSelector('.react-flow__node');
  await page.locator('.cw-dsep-table').waitFor();
  // Open every collapsed section of the side column.
  // Open every collapsed section of the side column (the simulator, details, "show more" lists).
  for (let round = 0; round < 3; round++) {
    for (const toggle of await page.locator('.side button[aria-expanded="false"]').all()) await toggle.click();
    await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('.side details').forEach((d) => (d.open = true)));
    await page.waitForTimeout(400);
  }
  await page.locator('.side').getByText(/simulat/i).first().waitFor();
  const sizes = await page.evaluate(() => ({
    scrollHeight: document.documentElement.scrollHeight,
    scrollWidth: document.documentElement.scrollWidth,
    innerHeight: window.innerHeight,
    innerWidth: window.innerWidth,
  }));
  expect(sizes.scrollHeight).toBe(sizes.innerHeight);
  expect(sizes.scrollWidth).toBe(sizes.innerWidth);
  const toolbar = await box(page, '.toolbar');
  await page.mouse.move(toolbar.x + 5, toolbar.y + 5);
  await page.mouse.wheel(0, 400);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/chrome-wheel-toolbar-desktop.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('a formula wider than the panel scrolls sideways at full size with a scrollbar drawn, also where scrollbars overlay (phone)', async () => {
  // Playwright hides scrollbars in headless Chromium; this browser draws them, and the phone
  // emulation uses overlay scrollbars, which stay hidden unless the page styles them.
  const drawing = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--hide-scrollbars'] });
  try {
    const context = await drawing.newContext({ viewport: PHONE, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(baseUrl() + '/');
    const formula = page.getByTestId('formula').first();
    await formula.waitFor();
    await formula.scrollIntoViewIfNeeded();
    const sizes = await formula.evaluate((el: HTMLElement) => ({
      overflowing: el.scrollWidth - el.clientWidth,
      scrollbar: el.offsetHeight - el.clientHeight,
      mathSize: parseFloat(getComputedStyle(el.querySelector('.katex')!).fontSize),
      textSize: parseFloat(getComputedStyle(el.parentElement!).fontSize),
    }));
    await page.screenshot({ path: `${SCREENSHOT_DIR}/chrome-formula-phone.png` });
    expect(sizes.overflowing).toBeGreaterThan(0);
    expect(sizes.scrollbar).toBeGreaterThanOrEqual(6);
    // Not shrunk to fit: the math is larger than the text around it.
    expect(sizes.mathSize).toBeGreaterThan(sizes.textSize);
    const scrolled = await formula.evaluate((el) => {
      el.scrollLeft = el.scrollWidth;
      return el.scrollLeft + el.clientWidth - el.scrollWidth;
    });
    expect(Math.abs(scrolled)).toBeLessThanOrEqual(1);
    await context.close();
  } finally {
    await drawing.close();
  }
});
