/** app/actions/toggle-edge-kind — t: switches the targeted edges between directed and bidirected. */
import { useDocumentStore } from '../store/document';
import { edgeKey } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import { keepEdgeFocus, nothingSelected, targetEdges } from './targets';
import type { Action } from './types';

export const toggleEdgeKindAction: Action = {
  id: 'toggle-edge-kind',
  label: 'Switch directed ↔ bidirected',
  group: 'Connect',
  shortcuts: [{ key: 't' }],
  undo: 'record',
  description: 'Turns the selected arrows into bidirected edges (hidden common causes), and bidirected edges back into arrows.',
  perform: () => {
    const keys = targetEdges();
    if (keys.length === 0) return nothingSelected('an edge');
    const before = useDocumentStore.getState().graph;
    const ui = useUiStore.getState();
    const { focusedEdge } = ui;
    useDocumentStore.getState().toggleEdgeKind(keys);
    const after = useDocumentStore.getState().graph;
    // Edge keys include the kind, so the selection and focus follow the edges to their new keys.
    const kept = new Set(before.edges.map(edgeKey));
    const fresh = after.edges.map(edgeKey).filter((k) => !kept.has(k));
    ui.setSelection(ui.selection, fresh);
    keepEdgeFocus(focusedEdge, kept);
    ui.announce(keys.length === 1 ? 'Switched the edge type.' : `Switched ${keys.length} edges.`);
  },
};
