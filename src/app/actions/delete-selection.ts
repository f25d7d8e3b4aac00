/** app/actions/delete-selection — Delete/Backspace: removes the targeted variables (with their edges) and edges. */
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { nothingSelected, targetEdges, targetNodes } from './targets';
import type { Action } from './types';

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
    useDocumentStore.getState().removeElements(nodes, edges);
    const ui = useUiStore.getState();
    ui.setSelection([], []);
    ui.setFocused(null);
    ui.setFocusedEdge(null);
    const parts = [nodes.length ? `${nodes.length} variable${nodes.length > 1 ? 's' : ''}` : '', edges.length ? `${edges.length} edge${edges.length > 1 ? 's' : ''}` : ''];
    ui.announce(`Deleted ${parts.filter(Boolean).join(' and ')}.`);
  },
};
