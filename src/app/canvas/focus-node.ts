/**
 * Moves keyboard focus to a node's element. A node that was just created or renamed is a new,
 * not-yet-measured element that React Flow keeps hidden for a frame or two, and hidden elements
 * cannot take focus — so this retries for a few frames.
 */
export function focusNodeElement(id: string, tries = 30): void {
  const el = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`);
  el?.focus({ preventScroll: true });
  if ((!el || document.activeElement !== el) && tries > 0) requestAnimationFrame(() => focusNodeElement(id, tries - 1));
}
