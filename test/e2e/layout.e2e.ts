/**
 * "Arrange left to right" (Shift+L) in the browser: after the layout, measured on the real page,
 * no drawn edge comes within 12 px (at zoom 1) of a node it does not join, and no node boxes
 * overlap — on the opening example and on X -> M -> Y with X -> Y. Edges are sampled along their
 * SVG paths (straight or curved) and node boxes are the rendered elements, so this also checks
 * that the layout's size estimates fit the canvas's nodes.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { SCREENSHOT_DIR, launch, openPage } from './support/browser';
import { modelCode, nodeLocator } from './editor-helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function arrange(page: Page) {
  const before = await page.locator('.react-flow__viewport').getAttribute('style');
  await page.locator('.react-flow__pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+L');
  await page.waitForFunction((old) => document.querySelector('.react-flow__viewport')?.getAttribute('style') !== old, before);
  await page.waitForTimeout(400);
}

/** Edge-to-foreign-node distances below the margin, and overlapping node pairs, in flow units (zoom 1). */
async function clearanceProblems(page: Page, margin: number): Promise<string[]> {
  return page.evaluate((margin) => {
    const zoom = new DOMMatrix(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const nodes = [...document.querySelectorAll<HTMLElement>('.react-flow__node')].map((el) => ({ id: el.dataset.id!, r: el.getBoundingClientRect() }));
    const problems: string[] = [];
    for (const edge of document.querySelectorAll<SVGGElement>('.react-flow__edge')) {
      const path = edge.querySelector<SVGPathElement>('path.cw-edge')!;
      const ends = (edge.getAttribute('data-testid') ?? edge.id ?? '') + (edge.getAttribute('aria-label') ?? '');
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      const points = Array.from({ length: 65 }, (_, i) => path.getPointAtLength((length * i) / 64).matrixTransform(ctm));
      const [first, last] = [points[0], points[points.length - 1]];
      // An edge's own ends are the nodes its path starts and ends next to.
      const nearest = (p: DOMPoint) => nodes.reduce((a, b) => (dist(p, b.r) < dist(p, a.r) ? b : a)).id;
      const own = new Set([nearest(first), nearest(last)]);
      for (const node of nodes) {
        if (own.has(node.id)) continue;
        const d = Math.min(...points.map((p) => dist(p, node.r))) / zoom;
        if (d < margin) problems.push(`${ends} passes ${d.toFixed(1)} px from ${node.id}`);
      }
    }
    for (let i = 0; i < nodes.length; i++)
      for (let j = i + 1; j < nodes.length; j++) {
        const [a, b] = [nodes[i].r, nodes[j].r];
        if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) problems.push(`${nodes[i].id} overlaps ${nodes[j].id}`);
      }
    return problems;
    function dist(p: DOMPoint, r: DOMRect): number {
      return Math.hypot(Math.max(r.left - p.x, 0, p.x - r.right), Math.max(r.top - p.y, 0, p.y - r.bottom));
    }
  }, margin);
}

it('arranges the opening example so Prior activity -> Engagement passes clear of Recommendation exposure', async () => {
  const { page, problems, context } = await openPage(browser);
  await nodeLocator(page, 'engagement').waitFor();
  await arrange(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-recommendation.png` });
  expect(await clearanceProblems(page, 12)).toEqual([]);
  const x = async (id: string) => (await nodeLocator(page, id).boundingBox())!.x;
  expect(await x('prior_activity')).toBeLessThan(await x('recommendation'));
  expect(await x('recommendation')).toBeLessThan(await x('engagement'));
  expect(problems).toEqual([]);
  await context.close();
});

it('arranges X -> M -> Y with X -> Y so the direct edge passes clear of M', async () => {
  const { page, problems, context } = await openPage(browser);
  await nodeLocator(page, 'engagement').waitFor();
  await modelCode(page).fill('dag {\n  X -> M\n  M -> Y\n  X -> Y\n}\n');
  await nodeLocator(page, 'M').waitFor();
  await page.waitForTimeout(300);
  await arrange(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/layout-mediator.png` });
  expect(await clearanceProblems(page, 12)).toEqual([]);
  expect(problems).toEqual([]);
  await context.close();
});
