/** app/actions/history — undo (Ctrl/⌘+Z) and redo (Ctrl/⌘+Shift+Z, Ctrl+Y) over the document history. */
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import type { Action } from './types';

function step(direction: 'undo' | 'redo'): void {
  const history = useDocumentStore.temporal.getState();
  const available = direction === 'undo' ? history.pastStates.length : history.futureStates.length;
  const ui = useUiStore.getState();
  if (available === 0) {
    ui.announce(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
    return;
  }
  useDocumentStore.getState()[direction]();
  // Drop selections that point at elements the restored graph no longer has.
  const { graph } = useDocumentStore.getState();
  const nodes = new Set<string>(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => JSON.stringify([e.from, e.kind, e.to])));
  ui.setSelection(ui.selection.filter((id) => nodes.has(id)), ui.selectedEdges.filter((k) => edges.has(k)));
  ui.announce(direction === 'undo' ? 'Undone.' : 'Redone.');
}

export const undoAction: Action = {
  id: 'undo',
  label: 'Undo',
  group: 'History',
  shortcuts: [{ key: 'z', mod: true }],
  undo: 'history',
  description: 'Undoes the last change to the diagram. Selecting, zooming and panning are not changes; a whole drag is one step.',
  perform: () => step('undo'),
};

export const redoAction: Action = {
  id: 'redo',
  label: 'Redo',
  group: 'History',
  shortcuts: [{ key: 'z', mod: true, shift: true }, { key: 'y', mod: true }],
  undo: 'history',
  description: 'Redoes the last undone change.',
  perform: () => step('redo'),
};
