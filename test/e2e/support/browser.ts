/**
 * Launches the system Chromium with Playwright (playwright-core: no downloaded browsers) and opens
 * pages that fail the test on any console error or uncaught page error.
 */
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(): Promise<Browser> {
  const executablePath = process.env.CHROMIUM_PATH;
  if (!executablePath) throw new Error('e2e: CHROMIUM_PATH is not set (run the suite with npm run test:e2e)');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
}

export const baseUrl = (): string => inject('baseUrl');

export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far. */
  readonly problems: string[];
}

/** A new context and page at `path`, recording console errors and page errors. */
export async function openPage(
  browser: Browser,
  path = '/',
  viewport = { width: 1280, height: 800 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  await page.goto(baseUrl() + path);
  return { page, context, problems };
}

/** Where screenshots go (ignored by git); look at them after a run. */
export const SCREENSHOT_DIR = 'test/e2e/.artifacts';
