/** app/actions/delete-selection — Delete/Backspace: removes the targeted variables (with their edges) and edges. */
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { edgeKey } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import { nothingSelected, targetEdges, targetNodes } from './targets';
import type { Action } from './types';

/** The first of `order` after `at` that is still there, else the nearest before it. */
function neighbourLeft(order: readonly string[], at: string, left: ReadonlySet<string>): string | undefined {
  const i = order.indexOf(at);
  return order.slice(i + 1).find((k) => left.has(k)) ?? order.slice(0, Math.max(i, 0)).reverse().find((k) => left.has(k));
}

/**
 * Keyboard focus must not fall to the page when its variable or edge is deleted: it moves to the
 * next remaining one of the same kind in document order (the canvas draws nodes and edges in
 * graph order), else to a remaining variable, else to the canvas itself.
 */
function keepFocus(before: { nodes: string[]; edges: string[] }, focusedNode: string | null, focusedEdge: string | null): void {
  const { graph } = useDocumentStore.getState();
  const nodesLeft = new Set<string>(graph.nodes.map((n) => n.id));
  const edgesLeft = new Set(graph.edges.map(edgeKey));
  const controls = canvasControls();
  if (focusedNode !== null && !nodesLeft.has(focusedNode)) {
    const next = neighbourLeft(before.nodes, focusedNode, nodesLeft);
    if (next !== undefined) controls.focusNode(next);
    else controls.focusCanvas();
  } else if (focusedEdge !== null && !edgesLeft.has(focusedEdge)) {
    const next = neighbourLeft(before.edges, focusedEdge, edgesLeft) ?? graph.nodes[0]?.id;
    if (next === undefined) controls.focusCanvas();
    else if (edgesLeft.has(next)) controls.focusEdge(next);
    else controls.focusNode(next);
  }
}

export const deleteSelectionAction: Action = {
  id: 'delete',
  label: 'Delete',
  group: 'Edit',
  shortcuts: [{ key: 'Delete' }, { key: 'Backspace' }],
  undo: 'record',
  description: 'Deletes the selected (or focused) variables with their edges, and the selected edges. One undo step.',
  perform: () => {
    const nodes = targetNodes();
    const edges = targetEdges();
    if (nodes.length === 0 && edges.length === 0) return nothingSelected('something');
    const doc = useDocumentStore.getState();
    const before = { nodes: doc.graph.nodes.map((n) => n.id as string), edges: doc.graph.edges.map(edgeKey) };
    const ui = useUiStore.getState();
    const { focused, focusedEdge } = ui;
    doc.removeElements(nodes, edges);
    ui.setSelection([], []);
    ui.setFocused(null);
    ui.setFocusedEdge(null);
    keepFocus(before, focused, focusedEdge);
    const parts = [nodes.length ? `${nodes.length} variable${nodes.length > 1 ? 's' : ''}` : '', edges.length ? `${edges.length} edge${edges.length > 1 ? 's' : ''}` : ''];
    ui.announce(`Deleted ${parts.filter(Boolean).join(' and ')}.`);
  },
};
