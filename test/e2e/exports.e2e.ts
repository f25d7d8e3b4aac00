/**
 * Exports and files in Chromium: every export downloads through the Exports menu; model code,
 * JSON and DOT re-import to the same graph; the SVG is well-formed XML; the PNG is twice the
 * SVG's size; hostile labels and ids run nothing and survive every round trip; a file dropped on
 * the canvas opens; a broken file is reported by line and column and changes nothing.
 */
import { readFile, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
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

const HOSTILE_DOCUMENT = {
  format: 'causeway/1',
  graph: {
    type: 'dag',
    nodes: [
      { id: 'X', label: '<img src=x onerror=alert(1)>', pos: { x: 0, y: 1 }, roles: ['exposure'] },
      { id: 'Y', label: '\\input{/etc/passwd} }"', pos: { x: 2, y: 1 }, roles: ['outcome'] },
      { id: 'q"}', label: '"quoted" } brace { -> X', pos: { x: 1, y: 0 }, roles: [] },
      { id: 'Z', label: '</textarea><script>alert(2)</script>', pos: { x: 1, y: 2 }, roles: ['latent'] },
    ],
    edges: [
      { from: 'X', to: 'Y', kind: '->' },
      { from: 'q"}', to: 'X', kind: '->' },
      { from: 'q"}', to: 'Y', kind: '->' },
      { from: 'Z', to: 'Y', kind: '->' },
      { from: 'X', to: 'Z', kind: '<->' },
    ],
  },
  notes: {
    nodes: [{ id: 'X', text: '<b onmouseover=alert(3)>note</b>' }],
    edges: [{ from: 'q"}', to: 'X', kind: '->', text: 'why: ${alert(4)} {{7*7}}' }],
    assumptions: { question: '<svg onload=alert(5)>' },
  },
};

function watchDialogs(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('dialog', (d) => {
    seen.count++;
    void d.dismiss();
  });
  return seen;
}

async function openText(page: Page, name: string, text: string): Promise<void> {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

async function download(page: Page, item: string | RegExp): Promise<Buffer> {
  await page.getByRole('button', { name: 'Exports', exact: true }).click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return readFile((await file.path())!);
}

async function currentCode(page: Page): Promise<string[]> {
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  return codeLines(await modelCode(page).inputValue()).sort();
}

it('exports every format, re-imports model code, JSON and DOT to the same graph, and runs no hostile label', async () => {
  const { page, problems, context } = await openPage(browser);
  const dialogs = watchDialogs(page);
  await page.waitForSelector('.react-flow__node');
  await openText(page, 'hostile.json', JSON.stringify(HOSTILE_DOCUMENT));
  await nodeLocator(page, 'Z').waitFor();
  await page.getByText('<img src=x onerror=alert(1)>', { exact: true }).first().waitFor();
  const original = await currentCode(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/exports-hostile-1280.png` });

  const svg = (await download(page, 'SVG figure (.svg)')).toString('utf8');
  const xml = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName, scripts: doc.querySelectorAll('script, img, foreignObject').length, texts: [...doc.querySelectorAll('text')].map((t) => t.textContent) };
  }, svg);
  expect(xml.error).toBeNull();
  expect(xml.root).toBe('svg');
  expect(xml.scripts).toBe(0);
  expect(xml.texts.join(' ')).toContain('<img src=x onerror=alert(1)>');

  const png = await download(page, 'PNG image at 2× (.png)');
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  await writeFile(`${SCREENSHOT_DIR}/exports-figure@2x.png`, png);
  const svgWidth = Number(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]);
  expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));

  const tikz = (await download(page, 'LaTeX TikZ (.tex)')).toString('utf8');
  expect(tikz).not.toContain('\\input{');
  expect(tikz).toContain('tikzpicture');

  const python = (await download(page, /Python/)).toString('utf8');
  expect(python).toContain('networkx');

  const code = (await download(page, 'Model code (.dag)')).toString('utf8');
  const json = (await download(page, 'Causeway JSON (.json)')).toString('utf8');
  const dot = (await download(page, 'Graphviz DOT (.dot)')).toString('utf8');
  expect(JSON.parse(json).notes.assumptions.question).toBe('<svg onload=alert(5)>');

  for (const [name, text] of [
    ['graph.dag', code],
    ['graph.json', json],
    ['graph.dot', dot],
  ] as const) {
    await modelCode(page).fill('dag { P -> Q }');
    await nodeLocator(page, 'Q').waitFor();
    await openText(page, name, text);
    await nodeLocator(page, 'Z').waitFor();
    expect(await currentCode(page), name).toEqual(original);
  }
  // DOT carries no notes: open the JSON again to check that its notes come back.
  await openText(page, 'graph.json', json);
  await nodeLocator(page, 'Z').waitFor();
  await page.getByText('<svg onload=alert(5)>').first().waitFor({ state: 'attached' });
  expect(await page.getByRole('textbox', { name: 'Causal question' }).inputValue()).toBe('<svg onload=alert(5)>');
  // The report escapes every label.
  await page.getByRole('button', { name: 'Report', exact: true }).click();
  const report = await page.getByRole('textbox', { name: 'Review report' }).inputValue();
  // Outside the fenced model code (which Markdown shows literally) no tag survives.
  const prose = report.replace(/^(`{3,})[^\n]*\n[\s\S]*?\n\1[ \t]*$/gm, '');
  expect(prose).not.toBe(report);
  expect(prose).not.toMatch(/<img|<svg|<script|<b /);
  expect(prose).toContain('&lt;b onmouseover=alert(3)&gt;note');
  await page.screenshot({ path: `${SCREENSHOT_DIR}/exports-report-1280.png` });
  await page.keyboard.press('Escape');

  expect(await page.evaluate(() => document.querySelectorAll('img[src="x"], script:not([src]), svg[onload]').length)).toBe(0);
  expect(dialogs.count).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

it('opens a file dropped on the canvas, and reports a broken file by line and column without changing the graph', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['dag {\n  Dropped -> Here\n  Dropped [exposure]\n}\n'], 'dropped.dag', { type: 'text/plain' }));
    const target = document.querySelector('.react-flow__pane')!;
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await nodeLocator(page, 'Here').waitFor();
  await waitForCode(page, (c) => c.includes('Dropped -> Here'));
  // One undo step brings the example back.
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+z');
  await nodeLocator(page, 'prior_activity').waitFor();
  await page.keyboard.press('Control+y');
  await nodeLocator(page, 'Here').waitFor();

  const before = await currentCode(page);
  await openText(page, 'broken.dag', 'dag {\n  A -> B\n  B -> \n}\n');
  const alert = page.getByRole('alert').filter({ hasText: 'broken.dag' });
  await alert.waitFor();
  expect(await alert.textContent()).toMatch(/line \d+, column \d+: .*The diagram was not changed\./);
  await openText(page, 'broken.json', '{"format": "causeway/1", "graph": {"type": "dag", "nodes": [}\n');
  await page.getByRole('alert').filter({ hasText: 'broken.json' }).waitFor();
  expect(await page.getByRole('alert').filter({ hasText: 'broken.json' }).textContent()).toMatch(/line 1, column \d+/);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/exports-import-error-1280.png` });
  expect(await currentCode(page)).toEqual(before);
  expect(problems).toEqual([]);
  await context.close();
});

it('prints the diagram and the panels without the toolbars, and renders formulas without links', async () => {
  const { page, problems, context } = await openPage(browser);
  const dialogs = watchDialogs(page);
  await page.waitForSelector('.react-flow__node');
  // An id that would be a link if KaTeX trusted its input.
  await modelCode(page).fill('dag {\n  "\\\\href{javascript:alert(6)}{x}" [exposure,pos="0,1"]\n  Y [outcome,pos="2,1"]\n  Z [pos="1,0"]\n  Z -> "\\\\href{javascript:alert(6)}{x}"\n  Z -> Y\n  "\\\\href{javascript:alert(6)}{x}" -> Y\n}\n');
  await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
  await page.locator('[data-testid=formula]').first().waitFor();
  expect(await page.locator('[data-testid=formula] a, a[href^="javascript:"]').count()).toBe(0);
  await page.locator('.assumptions summary').click();
  await page.getByRole('textbox', { name: 'Causal question' }).fill('Does x change Y?');
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.toolbar').isVisible()).toBe(false);
  expect(await page.locator('.document-bar').isVisible()).toBe(false);
  expect(await page.locator('.react-flow__node').first().isVisible()).toBe(true);
  expect(await page.locator('.cw-panel').first().isVisible()).toBe(true);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/exports-print-1280.png`, fullPage: true });
  await page.emulateMedia({ media: 'screen' });
  expect(await page.locator('.toolbar').isVisible()).toBe(true);
  expect(dialogs.count).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});

it('fits the file and share controls on a phone', async () => {
  const { page, problems, context } = await openPage(browser, '/', { width: 390, height: 844 });
  await page.waitForSelector('.react-flow__node');
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  await page.getByRole('textbox', { name: 'Share link' }).waitFor();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/exports-share-390.png` });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  expect(problems).toEqual([]);
  await context.close();
});
