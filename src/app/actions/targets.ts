/**
 * app/actions/targets — which nodes and edges a command acts on: the node (or edge) with keyboard
 * focus when it is outside the selection, otherwise the selection. Never what is under the mouse.
 */
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { edgeKey, parseEdgeKey } from '../store/graph-edits';
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

/**
 * Edge keys name the kind and the direction, so reversing or switching an edge makes a new element
 * and focus would fall to the page: this moves it to the edge between the same two variables,
 * preferring one whose key is new (`keysBefore` are the keys before the edit).
 */
export function keepEdgeFocus(focusedKey: string | null, keysBefore: ReadonlySet<string>): void {
  if (focusedKey === null) return;
  const edges = useDocumentStore.getState().graph.edges;
  if (edges.some((e) => edgeKey(e) === focusedKey)) return;
  const { from, to } = parseEdgeKey(focusedKey);
  const between = edges.filter((e) => (e.from === from && e.to === to) || (e.from === to && e.to === from));
  const now = between.find((e) => !keysBefore.has(edgeKey(e))) ?? between[0];
  if (now) canvasControls().focusEdge(edgeKey(now));
}
