/**
 * Measurements, reported and never asserted: time to an interactive canvas, gzipped JavaScript
 * loaded before the first interaction, and the longest main-thread task while dragging a node
 * of a 200-node graph. The numbers go to stdout and to test/e2e/.artifacts/editor-perf.json.
 * Asserted: moving a node sends nothing to a worker — neither the drag nor the drop (a position
 * is not part of any analysis) starts one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';
import { centreOf, largeModel, modelCode, nodeLocator } from './editor-helpers';

let browser: Browser;
const report: Record<string, unknown> = {};
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  writeFileSync(`${SCREENSHOT_DIR}/editor-perf.json`, JSON.stringify(report, null, 2));
  console.log('editor measurements', JSON.stringify(report, null, 2));
  await browser?.close();
});

it('reports time to an interactive canvas and the JavaScript it needed', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForFunction(() => {
    const node = document.querySelector('.react-flow__node');
    return node !== null && getComputedStyle(node).visibility !== 'hidden' && node.getBoundingClientRect().width > 0;
  });
  const interactiveMs = await page.evaluate(() => performance.now());
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || e.name.endsWith('.js'))
      .filter((e) => e.startTime < performance.now())
      .map((e) => new URL(e.name).pathname),
  );
  const gzipBytes = (path: string) => gzipSync(readFileSync(`dist${path}`), { level: 9 }).length;
  // The critical path: the entry module and the chunks it imports statically, as the built
  // index.html lists them (the live page also gains preload links for lazy chunks).
  const html = readFileSync('dist/index.html', 'utf8');
  const entry = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const loaded = [...new Set([...entry, ...scripts])].filter((p) => p.endsWith('.js'));
  const perFile = Object.fromEntries(loaded.map((p) => [p, gzipBytes(p)]));
  report.timeToInteractiveCanvasMs = Math.round(interactiveMs);
  report.scriptsLoadedByThen = perFile;
  report.gzipKbLoadedByThen = Math.round(Object.values(perFile).reduce((a, b) => a + b, 0) / 102.4) / 10;
  const kb = (paths: string[]) => Math.round(paths.reduce((a, p) => a + perFile[p], 0) / 102.4) / 10;
  // Worker scripts run off the main thread; the page's own scripts are what delays interaction.
  const critical = [...new Set(entry)].filter((p) => p.endsWith('.js'));
  report.criticalPathScripts = critical;
  report.gzipKbCriticalPath = kb(critical);
  report.gzipKbMainThreadByThen = kb(loaded.filter((p) => !/worker/i.test(p)));
  report.gzipKbWorkersByThen = kb(loaded.filter((p) => /worker/i.test(p)));
  expect(loaded.length).toBeGreaterThan(0);
  expect(problems).toEqual([]);
  await context.close();
});

it('loads a 200-node graph and stays responsive while a node is dragged', async () => {
  const { page, problems, context } = await openPage(browser);
  // Counts messages to workers (the analysis client's requests among them) from the next load on.
  await page.addInitScript(() => {
    const w = window as unknown as { __workerMessages: number };
    w.__workerMessages = 0;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, ...args: unknown[]) {
      w.__workerMessages++;
      return Reflect.apply(post, this, args);
    } as Worker['postMessage'];
  });
  await page.reload();
  await page.waitForSelector('.react-flow__node');
  const workerMessages = () => page.evaluate(() => (window as unknown as { __workerMessages: number }).__workerMessages);
  const started = Date.now();
  await modelCode(page).fill(largeModel(200));
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 200);
  await modelCode(page).blur();
  await page.keyboard.press('f');
  await page.waitForTimeout(600);
  report.load200NodesMs = Date.now() - started;
  await page.evaluate(() => {
    const w = window as unknown as { __longtasks: number[] };
    w.__longtasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__longtasks.push(e.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  const target = nodeLocator(page, 'v150');
  const before = await target.boundingBox();
  const from = await centreOf(page, '.react-flow__node[data-id="v150"]');
  const messagesBeforeDrag = await workerMessages();
  const dragStart = Date.now();
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let i = 1; i <= 40; i++) await page.mouse.move(from.x + i * 4, from.y + i * 2);
  // Let the last move render before reading the tasks of the drag itself.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  report.drag40MovesMs = Date.now() - dragStart;
  const takeTasks = () =>
    page.evaluate(() => {
      const w = window as unknown as { __longtasks: number[] };
      const tasks = w.__longtasks;
      w.__longtasks = [];
      return tasks;
    });
  const during = await takeTasks();
  const messagesWhileDragging = (await workerMessages()) - messagesBeforeDrag;
  await page.mouse.up();
  await page.waitForTimeout(1500);
  const after = await target.boundingBox();
  // The drop changes the document once: model code, analyses and panels update.
  const drop = await takeTasks();
  const messagesAfterDrop = (await workerMessages()) - messagesBeforeDrag - messagesWhileDragging;
  report.longTasksWhileDragging = during.length;
  report.longestTaskWhileDraggingMs = during.length ? Math.round(Math.max(...during)) : 0;
  report.longTasksAfterDrop = drop.length;
  report.longestTaskAfterDropMs = drop.length ? Math.round(Math.max(...drop)) : 0;
  report.workerMessagesWhileDragging = messagesWhileDragging;
  report.workerMessagesAfterDrop = messagesAfterDrop;
  await page.screenshot({ path: `${SCREENSHOT_DIR}/editor-200-nodes-1280.png` });
  expect(after!.x).toBeGreaterThan(before!.x + 50);
  // The counter works: loading the graph asked the analysis worker for its results.
  expect(messagesBeforeDrag).toBeGreaterThan(0);
  expect(messagesWhileDragging).toBe(0);
  expect(messagesAfterDrop).toBe(0);
  expect(problems).toEqual([]);
  await context.close();
});
