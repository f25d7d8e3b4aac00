/** app/actions/reverse-edge — r: points the targeted arrows the other way. */
import { useDocumentStore } from '../store/document';
import { edgeKey, parseEdgeKey } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import { keepEdgeFocus, nothingSelected, targetEdges } from './targets';
import type { Action } from './types';

export const reverseEdgeAction: Action = {
  id: 'reverse-edge',
  label: 'Reverse arrow',
  group: 'Connect',
  shortcuts: [{ key: 'r' }],
  undo: 'record',
  description: 'Points the selected arrows the other way.',
  perform: () => {
    const keys = targetEdges();
    if (keys.length === 0) return nothingSelected('an arrow');
    const ui = useUiStore.getState();
    const { focusedEdge } = ui;
    const keysBefore = new Set(useDocumentStore.getState().graph.edges.map(edgeKey));
    useDocumentStore.getState().reverseEdges(keys);
    const reversed = keys.map(parseEdgeKey).map((e) => (e.kind === '->' ? edgeKey({ from: e.to, kind: e.kind, to: e.from }) : edgeKey(e)));
    ui.setSelection(ui.selection, reversed);
    keepEdgeFocus(focusedEdge, keysBefore);
    ui.announce('Reversed.');
  },
};
