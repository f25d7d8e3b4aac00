/**
 * Helpers shared by the editor end-to-end specs: reading the document through the model code
 * pane, locating nodes, drawing edges with the mouse.
 */
import type { Page } from 'playwright-core';

export const modelCode = (page: Page) => page.getByRole('textbox', { name: 'Model code' });

export const nodeLocator = (page: Page, id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);

/** The model code the pane shows (it mirrors the canvas whenever it is not being edited). */
export async function codeText(page: Page): Promise<string> {
  return modelCode(page).inputValue();
}

/** Waits until the model code satisfies `test` (the pane updates after React renders). */
export async function waitForCode(page: Page, test: (code: string) => boolean, timeout = 5000): Promise<string> {
  const start = Date.now();
  let code = await codeText(page);
  while (!test(code)) {
    if (Date.now() - start > timeout) throw new Error(`model code did not reach the expected state:\n${code}`);
    await page.waitForTimeout(50);
    code = await codeText(page);
  }
  return code;
}

/** Lines of the model code, without the header and footer, for order-free comparison. */
export function codeLines(code: string): string[] {
  return code
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && l !== '}' && !l.endsWith('{'));
}

export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`no box for ${selector}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags from the source node's handle to the middle of the target node. */
export async function drawEdge(page: Page, from: string, to: string): Promise<void> {
  const start = await centreOf(page, `.react-flow__node[data-id="${from}"] .cw-handle`);
  const end = await centreOf(page, `.react-flow__node[data-id="${to}"]`);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 5 });
  await page.mouse.move(end.x, end.y, { steps: 5 });
  await page.mouse.up();
}

/** Opens the examples menu and picks an entry by its title. */
export async function chooseExample(page: Page, title: string | RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Examples' }).click();
  await page.getByRole('menuitem', { name: title }).click();
}

/** Presses Tab (or Shift+Tab) until keyboard focus is on node `id`. */
export async function tabToNode(page: Page, id: string, backwards = false, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? null);
    if (focused === id) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`could not reach node ${id} with the keyboard`);
}

/** A deterministic DAG with `n` nodes in model code (each node gets up to two earlier parents). */
export function largeModel(n: number): string {
  let state = 12345;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const lines = ['dag {'];
  for (let i = 0; i < n; i++) {
    const roles = i === 0 ? 'exposure,' : i === n - 1 ? 'outcome,' : '';
    lines.push(`v${i} [${roles}pos="${((i % 20) * 1.6).toFixed(3)},${(Math.floor(i / 20) * 1.2).toFixed(3)}"]`);
  }
  for (let i = 1; i < n; i++) {
    const parents = new Set([Math.floor(next() * i), Math.floor(next() * i)]);
    for (const p of parents) lines.push(`v${p} -> v${i}`);
  }
  lines.push('}');
  return lines.join('\n');
}
