/** app/actions/paste — Ctrl/⌘+V: pastes the editor clipboard beside the originals with fresh ids. */
import { useDocumentStore } from '../store/document';
import { edgeKey } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import type { Action } from './types';

/** How far a pasted copy sits from its original, in model units. */
const PASTE_OFFSET = { x: 0.4, y: 0.4 };

export const pasteAction: Action = {
  id: 'paste',
  label: 'Paste',
  group: 'Edit',
  shortcuts: [{ key: 'v', mod: true }],
  undo: 'record',
  description: 'Pastes the copied variables beside the originals; names that are taken get a number (X → X2). One undo step.',
  perform: () => {
    const ui = useUiStore.getState();
    if (!ui.clipboard) {
      ui.announce('Nothing to paste: copy some variables first.');
      return;
    }
    const ids = useDocumentStore.getState().paste(ui.clipboard, PASTE_OFFSET);
    const pasted = new Set<string>(ids);
    const edges = useDocumentStore.getState().graph.edges.filter((e) => pasted.has(e.from) && pasted.has(e.to)).map(edgeKey);
    ui.setSelection(ids, edges);
    // Pasting again shifts the next copy further, so repeated pastes do not stack up.
    ui.setClipboard({
      nodes: ui.clipboard.nodes.map((n) => (n.pos ? { ...n, pos: { x: n.pos.x + PASTE_OFFSET.x, y: n.pos.y + PASTE_OFFSET.y } } : n)),
      edges: ui.clipboard.edges,
    });
    ui.announce(`Pasted ${ids.length} variable${ids.length > 1 ? 's' : ''}.`);
  },
};
