/**
 * app/actions/targets — which nodes and edges a command acts on: the node with keyboard focus
 * when it is outside the selection, otherwise the selection. Never the node under the mouse.
 */
import { useUiStore } from '../store/ui';

export function targetNodes(): string[] {
  const { focused, selection } = useUiStore.getState();
  if (focused && !selection.includes(focused)) return [focused];
  if (selection.length > 0) return [...selection];
  return focused ? [focused] : [];
}

export function targetEdges(): string[] {
  return [...useUiStore.getState().selectedEdges];
}

/** Announces why nothing happened. */
export function nothingSelected(what = 'a variable'): void {
  useUiStore.getState().announce(`Select ${what} first.`);
}
