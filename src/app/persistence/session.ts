/**
 * app/persistence/session — the working document as one `CausewayDocument`: the graph from the
 * document store, the notes from the notes store, and the parts Causeway carries without editing
 * them here (the simulator's SCM, the saved viewport).
 *
 * `openDocument` replaces the working document: as one undo step (opening a file or a library
 * entry) or with a fresh history (restoring the autosave, opening a share link, where there is
 * nothing to undo to).
 */
import { type CausewayDocument, DOCUMENT_FORMAT, type DocumentLayout } from '../../engine';
import { openGraph } from '../actions/load-example';
import { placeMissing } from '../layout/dagre';
import { clearHistory, useDocumentStore } from '../store/document';
import { notesForGraph, useNotesStore } from '../review/notes-store';

/** Parts of the opened document kept as they were. */
let carried: { layout?: DocumentLayout; scm?: unknown } = {};

export function currentDocument(): CausewayDocument {
  const graph = useDocumentStore.getState().graph;
  const notes = notesForGraph(useNotesStore.getState(), graph);
  return {
    format: DOCUMENT_FORMAT,
    graph,
    ...(carried.layout ? { layout: carried.layout } : {}),
    ...(carried.scm !== undefined ? { scm: carried.scm } : {}),
    ...(notes ? { notes } : {}),
  };
}

function carry(doc: CausewayDocument): void {
  carried = { ...(doc.layout ? { layout: doc.layout } : {}), ...(doc.scm !== undefined ? { scm: doc.scm } : {}) };
  useNotesStore.getState().replace(doc.notes);
}

/** Opens `doc` as one undo step (the graph; notes and the rest are replaced alongside). */
export function openDocument(doc: CausewayDocument, message: string): void {
  carry(doc);
  openGraph(doc.graph, message);
}

/** Shows `doc` with an empty history, bypassing the read-only guard (restore, share link). */
export function replaceDocumentWithoutHistory(doc: CausewayDocument): void {
  carry(doc);
  useDocumentStore.setState({ graph: placeMissing(doc.graph) });
  clearHistory();
}
