/** app/actions/select-all — Ctrl/⌘+A: selects every variable and edge (not recorded in history). */
import { useDocumentStore } from '../store/document';
import { edgeKey } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import type { Action } from './types';

export const selectAllAction: Action = {
  id: 'select-all',
  label: 'Select all',
  group: 'Edit',
  shortcuts: [{ key: 'a', mod: true }],
  undo: 'never',
  description: 'Selects every variable and edge. Shift-drag on the canvas selects with a box; Ctrl/⌘-click adds to the selection.',
  perform: () => {
    const { graph } = useDocumentStore.getState();
    useUiStore.getState().setSelection(graph.nodes.map((n) => n.id), graph.edges.map(edgeKey));
    useUiStore.getState().announce(`Selected ${graph.nodes.length} variables.`);
  },
};
