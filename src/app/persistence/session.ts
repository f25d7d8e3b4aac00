/**
 * app/persistence/session — the working document as one `CausewayDocument`: the graph from the
 * document store, the notes from the notes store, and the parts Causeway carries without editing
 * them here (the simulator's SCM, the saved viewport).
 *
 * `openDocument` replaces the working document: as one undo step (opening a file or a library
 * entry) or with a fresh history (restoring the autosave, opening a share link, where there is
 * nothing to undo to).
 */
import { type CausalGraph, type CausewayDocument, DOCUMENT_FORMAT, type DocumentLayout, type ScmSpec } from '../../engine';
import { isScmSpecShape } from './scm-shape';
import { placeMissing } from '../layout/dagre';
import { canvasControls } from '../store/canvas-controls';
import { clearHistory, useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { type NotesState, notesForGraph, useNotesStore } from '../review/notes-store';

/** Parts of the opened document kept as they were (an SCM only when the simulator cannot use it). */
let carried: { layout?: DocumentLayout; scm?: unknown } = {};

export function currentDocument(): CausewayDocument {
  const { graph, scm } = useDocumentStore.getState();
  const savedScm = scm ?? carried.scm;
  const notes = notesForGraph(useNotesStore.getState(), graph);
  return {
    format: DOCUMENT_FORMAT,
    graph,
    ...(carried.layout ? { layout: carried.layout } : {}),
    ...(savedScm !== undefined && savedScm !== null ? { scm: savedScm } : {}),
    ...(notes ? { notes } : {}),
  };
}

/** Keeps the parts of `doc` the stores do not hold; returns the SCM for the document store. */
function carry(doc: CausewayDocument): ScmSpec | null {
  const usable = isScmSpecShape(doc.scm) ? doc.scm : null;
  carried = {
    ...(doc.layout ? { layout: doc.layout } : {}),
    ...(doc.scm !== undefined && usable === null ? { scm: doc.scm } : {}),
  };
  useNotesStore.getState().replace(doc.notes);
  return usable;
}

type NotesSnapshot = Pick<NotesState, 'assumptions' | 'nodes' | 'edges'>;
const snapshot = (): NotesSnapshot => {
  const { assumptions, nodes, edges } = useNotesStore.getState();
  return { assumptions, nodes, edges };
};

/**
 * Notes are not in the graph's undo history, so undoing "open a file" would otherwise leave the
 * opened file's notes on the previous graph. Each open remembers the notes it replaced, keyed by
 * the graphs on either side of the step; undoing or redoing exactly that step swaps them back.
 */
const undoneBy = new WeakMap<CausalGraph, { before: CausalGraph; notes: NotesSnapshot }>();
const redoneBy = new WeakMap<CausalGraph, { after: CausalGraph; notes: NotesSnapshot }>();

export function followNotesThroughHistory(): () => void {
  return useDocumentStore.subscribe((state, prev) => {
    if (state.graph === prev.graph) return;
    const undo = undoneBy.get(prev.graph);
    if (undo && undo.before === state.graph) {
      redoneBy.set(state.graph, { after: prev.graph, notes: snapshot() });
      useNotesStore.setState(undo.notes);
      return;
    }
    const redo = redoneBy.get(prev.graph);
    if (redo && redo.after === state.graph) {
      undoneBy.set(state.graph, { before: prev.graph, notes: snapshot() });
      useNotesStore.setState(redo.notes);
    }
  });
}

/** Opens `doc` as one undo step (graph and SCM; notes and the rest are replaced alongside). */
export function openDocument(doc: CausewayDocument, message: string): void {
  const before = useDocumentStore.getState().graph;
  const notesBefore = snapshot();
  const scm = carry(doc);
  useDocumentStore.getState().setGraphAndScm(placeMissing(doc.graph), scm);
  const after = useDocumentStore.getState().graph;
  if (after !== before) undoneBy.set(after, { before, notes: notesBefore });
  const ui = useUiStore.getState();
  ui.setSelection([], []);
  ui.setConnecting(null);
  ui.setHighlight(null);
  ui.announce(message);
  if (doc.graph.nodes.length > 0) requestAnimationFrame(() => requestAnimationFrame(() => canvasControls().fitView()));
}

/** Shows `doc` with an empty history, bypassing the read-only guard (restore, share link). */
export function replaceDocumentWithoutHistory(doc: CausewayDocument): void {
  const scm = carry(doc);
  useDocumentStore.setState({ graph: placeMissing(doc.graph), scm });
  clearHistory();
}
