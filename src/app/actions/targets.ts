/**
 * app/actions/targets — which nodes and edges a command acts on: the node (or edge) with keyboard
 * focus when it is outside the selection, otherwise the selection. Never what is under the mouse.
 */
import { useUiStore } from '../store/ui';

export function targetNodes(): string[] {
  const { focused, selection } = useUiStore.getState();
  if (focused && !selection.includes(focused)) return [focused];
  if (selection.length > 0) return [...selection];
  return focused ? [focused] : [];
}

export function targetEdges(): string[] {
  const { focusedEdge, selectedEdges } = useUiStore.getState();
  if (focusedEdge && !selectedEdges.includes(focusedEdge)) return [focusedEdge];
  return [...selectedEdges];
}

/** Announces why nothing happened. */
export function nothingSelected(what = 'a variable'): void {
  useUiStore.getState().announce(`Select ${what} first.`);
}
