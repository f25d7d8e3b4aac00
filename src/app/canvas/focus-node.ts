/**
 * Moves keyboard focus to a node's or an edge's element. A node that was just created or renamed,
 * or an edge re-keyed by reversing or switching it, is a new element that React Flow renders a frame
 * or two later (a new node hidden until measured), and such elements cannot take focus yet — so
 * this retries for a few frames.
 */
function focusWhenReady(selector: string, tries: number): void {
  const el = document.querySelector<HTMLElement>(selector);
  el?.focus({ preventScroll: true });
  if ((!el || document.activeElement !== el) && tries > 0) requestAnimationFrame(() => focusWhenReady(selector, tries - 1));
}

export function focusNodeElement(id: string, tries = 30): void {
  focusWhenReady(`.react-flow__node[data-id="${CSS.escape(id)}"]`, tries);
}

export function focusEdgeElement(key: string, tries = 30): void {
  focusWhenReady(`.react-flow__edge[data-id="${CSS.escape(key)}"]`, tries);
}
