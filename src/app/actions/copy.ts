/** app/actions/copy — Ctrl/⌘+C: the selected variables and the edges among them, to the editor clipboard. */
import { useDocumentStore } from '../store/document';
import { extractFragment } from '../store/graph-edits';
import { useUiStore } from '../store/ui';
import { nothingSelected, targetNodes } from './targets';
import type { Action } from './types';

export const copyAction: Action = {
  id: 'copy',
  label: 'Copy',
  group: 'Edit',
  shortcuts: [{ key: 'c', mod: true }],
  undo: 'never',
  description: 'Copies the selected variables and the edges among them.',
  perform: () => {
    const ids = targetNodes();
    if (ids.length === 0) return nothingSelected();
    const fragment = extractFragment(useDocumentStore.getState().graph, ids);
    const ui = useUiStore.getState();
    ui.setClipboard(fragment);
    ui.announce(`Copied ${fragment.nodes.length} variable${fragment.nodes.length > 1 ? 's' : ''}.`);
  },
};
