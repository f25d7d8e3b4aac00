/**
 * The Simulator end to end: the simulator chunk and worker load only when the section is opened;
 * load the seed-article preset, run it, and read the truth and the estimator tables; download the
 * memo and the CSV; run under a Content-Security-Policy without eval (served as a header, so it
 * also binds the worker); screenshots at desktop and phone sizes. Measured, not asserted: the time
 * of a full check at n = 100 000 on a 20-variable graph.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { modelCode, nodeLocator } from './editor-helpers';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Serves every response with a no-eval policy header, which (unlike the page's meta tag) also binds workers. */
async function strictCsp(context: BrowserContext) {
  await context.route('**/*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': "script-src 'self'; worker-src 'self' blob:" } });
  });
}

const simulator = (page: Page) => page.getByRole('region', { name: 'Simulator', exact: true });

async function openSimulator(page: Page) {
  await page.waitForSelector('.react-flow__node');
  await simulator(page).getByRole('button', { name: 'Simulator' }).click();
  await simulator(page).getByRole('combobox', { name: 'Preset' }).waitFor();
}

async function loadSeedArticle(page: Page) {
  await simulator(page).getByRole('combobox', { name: 'Preset' }).selectOption('seed-article');
  await simulator(page).getByRole('button', { name: 'Load preset' }).click();
  await nodeLocator(page, 'pa').waitFor();
  await nodeLocator(page, 'de').waitFor();
}

/** Runs and waits for this run's results (the timing line names the run). */
async function run(page: Page, count = 1) {
  await simulator(page).getByRole('button', { name: /Run simulation|Run again/ }).click();
  await simulator(page).getByText(new RegExp(`Computed in \\d+ ms in a worker \\(run ${count}\\)`)).waitFor({ timeout: 60_000 });
}

it('loads lazily, runs the seed-article preset and shows the truth next to every estimator', async () => {
  const requested: string[] = [];
  const { page, problems, context: ctx } = await openPage(browser);
  page.on('request', (r) => requested.push(r.url()));
  await strictCsp(ctx);
  await page.reload();
  await page.waitForSelector('.react-flow__node');
  // Control: the policy is in force (an injected inline script does not run; Playwright's own
  // evaluate bypasses the eval rule, so the control cannot call eval itself).
  const injected = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.simInjected = true';
    document.body.append(script);
    return (window as unknown as { simInjected?: boolean }).simInjected === true;
  });
  expect(injected).toBe(false);
  // The control's own refusals are expected console errors; nothing else may appear.
  await expect.poll(() => problems.filter((p) => /Executing inline script violates/.test(p)).length).toBeGreaterThan(0);
  problems.splice(0, problems.length, ...problems.filter((p) => !/Executing inline script violates/.test(p)));
  await page.waitForTimeout(300);
  expect(requested.filter((u) => /SimulatorPanel|simulation\.worker/.test(u))).toEqual([]);

  await openSimulator(page);
  expect(requested.some((u) => /SimulatorPanel/.test(u))).toBe(true);
  await loadSeedArticle(page);
  await run(page);
  expect(requested.some((u) => /simulation\.worker/.test(u))).toBe(true);

  const region = simulator(page);
  const randomized = region.getByRole('table', { name: /Randomized assignment/ });
  const observational = region.getByRole('table', { name: /Observational assignment/ });
  await randomized.waitFor();
  await observational.waitFor();
  const text = (await observational.textContent()) ?? '';
  for (const name of ['naive difference', 'stratification, 5 quantile bins of pa', 'OLS Y ~ T + pa + de', 'IPW (Hájek) on {pa, de}', 'AIPW on {pa, de}']) {
    expect(text).toContain(name);
  }
  // The truth column: the seed DGP's ATE is 0.115 (Monte Carlo truth to about ±0.0002).
  const truths = await observational.locator('tbody tr:not(.sim-notes) td:nth-child(5)').allTextContents();
  expect(truths.length).toBe(6);
  for (const t of truths) expect(Math.abs(Number(t) - 0.115)).toBeLessThan(0.0005);
  const regionText = (await region.textContent()) ?? '';
  expect(regionText).toContain('Sample ratio check');
  expect(regionText).toContain('Minimum detectable effect');
  await region.getByRole('table', { name: /Covariate balance/ }).waitFor();
  await region.getByRole('img', { name: /Estimates with 95% confidence intervals/ }).first().waitFor();

  await region.getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-seed-article-1280.png` });
  await region.getByRole('table', { name: /Observational assignment/ }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-seed-article-observational-1280.png` });
  await region.getByRole('img', { name: /Estimates with 95% confidence intervals/ }).last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-seed-article-plot-1280.png` });

  const [memo] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: 'Download the memo (Markdown)' }).click()]);
  expect(memo.suggestedFilename()).toMatch(/\.md$/);
  expect(readFileSync((await memo.path())!, 'utf8')).toMatch(/^# Randomized versus observational/);

  const [csv] = await Promise.all([page.waitForEvent('download'), region.getByRole('button', { name: /Download CSV/ }).click()]);
  const lines = readFileSync((await csv.path())!, 'utf8').trimEnd().split('\r\n');
  expect(lines[0]).toBe('pa,de,T,Y');
  expect(lines).toHaveLength(5001);

  // One undo step takes back the preset: the diagram before it returns, and the model with it.
  const presetNamed = region.getByText('(preset: Seed article, confounded assignment)');
  await expect(presetNamed.count()).resolves.toBe(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await nodeLocator(page, 'pa').waitFor({ state: 'detached' });
  await expect(presetNamed.count()).resolves.toBe(0);
  expect(problems).toEqual([]);
  await ctx.unrouteAll({ behavior: 'ignoreErrors' });
  await ctx.close();
});

it('shows the engine\u2019s validation error next to the field, and runs the coverage mode with histograms', async () => {
  const { page, problems, context } = await openPage(browser);
  await openSimulator(page);
  await simulator(page).getByRole('combobox', { name: 'Preset' }).selectOption('backdoor-mediator');
  await simulator(page).getByRole('button', { name: 'Load preset' }).click();
  await nodeLocator(page, 'M').waitFor();
  const region = simulator(page);
  const sd = region.getByRole('group', { name: 'M', exact: true }).getByRole('textbox', { name: 'Noise SD' });
  await sd.fill('-1');
  await sd.press('Enter');
  await expect(sd.getAttribute('aria-invalid')).resolves.toBe('true');
  await region.getByText('M: a normal noise SD must be a finite number ≥ 0').waitFor();
  await expect(region.getByRole('button', { name: 'Run simulation' }).isDisabled()).resolves.toBe(true);
  await sd.fill('1');
  await sd.press('Enter');
  await region.getByRole('combobox', { name: 'Mode' }).selectOption('coverage');
  const reps = region.getByRole('textbox', { name: 'Replicates' });
  await reps.fill('100');
  await reps.press('Enter');
  await run(page);
  await region.getByRole('table', { name: /100 replicates of n = 5000/ }).waitFor();
  await region.getByRole('img', { name: /Histogram of 100 estimates/ }).first().waitFor();
  await region.getByRole('heading', { name: 'Distribution of the estimates' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-coverage-1280.png` });
  await region.getByRole('img', { name: /Histogram/ }).last().scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-coverage-histograms-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
});

/** The ids of the nodes not wholly inside the canvas. */
const cutOffNodes = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('[data-testid="canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('.react-flow__node')]
      .filter((node) => {
        const r = node.getBoundingClientRect();
        return r.left < pane.left || r.right > pane.right || r.top < pane.top || r.bottom > pane.bottom;
      })
      .map((node) => node.getAttribute('data-id'));
  });

it('keeps the whole diagram in view when the side column widens for the simulator', async () => {
  const { page, problems, context } = await openPage(browser, '/', { width: 1400, height: 900 });
  await page.waitForSelector('.react-flow__node');
  await expect.poll(() => cutOffNodes(page)).toEqual([]);
  const before = (await page.getByTestId('canvas').boundingBox())!.width;
  await openSimulator(page);
  await expect.poll(async () => (await page.getByTestId('canvas').boundingBox())!.width).toBeLessThan(before - 100);
  await expect.poll(() => cutOffNodes(page)).toEqual([]);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-open-diagram-in-view-1400.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('works on a phone-sized screen', async () => {
  const { page, problems, context } = await openPage(browser, '/', { width: 390, height: 844 });
  await openSimulator(page);
  await loadSeedArticle(page);
  await run(page);
  await simulator(page).getByRole('table', { name: /Observational assignment/ }).waitFor();
  // Wide tables scroll inside their own box; the page itself never scrolls sideways.
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(390);
  await simulator(page).getByRole('button', { name: 'Simulator' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-phone-390-top.png` });
  await simulator(page).getByRole('heading', { name: 'Results' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-phone-390-results.png` });
  expect(problems).toEqual([]);
  await context.close();
});

it('measures a full check at n = 100 000 on a 20-variable graph (reported, not asserted)', async () => {
  const { page, problems, context } = await openPage(browser);
  await page.waitForSelector('.react-flow__node');
  const lines = ['dag {', '  X [exposure]', '  Y [outcome]'];
  for (let i = 1; i <= 18; i++) lines.push(`  Z${i} -> X`, `  Z${i} -> Y`);
  for (let i = 2; i <= 18; i++) lines.push(`  Z${i - 1} -> Z${i}`);
  lines.push('  X -> Y', '}');
  await modelCode(page).fill(lines.join('\n'));
  await nodeLocator(page, 'Z18').waitFor();
  await openSimulator(page);
  const region = simulator(page);
  const n = region.getByRole('textbox', { name: 'Sample size n' });
  await n.fill('100000');
  await n.press('Enter');
  const times: number[] = [];
  for (let k = 1; k <= 2; k++) {
    await run(page, k);
    const text = (await region.getByText(/Computed in \d+ ms/).textContent()) ?? '';
    times.push(Number(/(\d+) ms/.exec(text)?.[1]));
  }
  const rows = await region.getByRole('table', { name: /Estimates against the truth/ }).locator('tbody tr:not(.sim-notes)').count();
  // The seed-article report at n = 100 000: both designs (two checks) plus balance and MDE.
  await loadSeedArticle(page);
  await n.fill('100000');
  await n.press('Enter');
  await run(page, 1);
  const seedText = (await region.getByText(/Computed in \d+ ms/).textContent()) ?? '';
  const report = {
    nodes: 20,
    n: 100_000,
    estimators: rows,
    checkMs: times,
    fastestMs: Math.min(...times),
    seedArticleReportMs: Number(/(\d+) ms/.exec(seedText)?.[1]),
    budgetMs: 1000,
  };
  writeFileSync(`${SCREENSHOT_DIR}/simulator-timing.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`simulator timing: ${JSON.stringify(report)}`);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/simulator-20-nodes-1280.png` });
  expect(problems).toEqual([]);
  await context.close();
}, 150_000);
