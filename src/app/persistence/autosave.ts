/**
 * app/persistence/autosave — writes the working document to Web Storage a short pause after each
 * change, and restores it on start.
 *
 * Contract: `startAutosave(storage)` saves `currentDocument()` `delay` ms after the last change
 * to the graph or the notes (and at once when the page is hidden); nothing is written while a
 * shared graph is shown read-only. A failed write raises one "not saved" notice that stays until
 * a later write succeeds; the save status is in `useSaveStatus` for the toolbar.
 * `restoreAutosave(storage)` opens the saved document if there is one; an entry that cannot be
 * read has been set aside by `storage.ts` and is reported in a notice.
 */
import { create } from 'zustand';
import { useDocumentStore } from '../store/document';
import { useNotesStore } from '../review/notes-store';
import { isReadOnly, useReviewMode } from '../share/review-mode';
import { notify, useNotices } from './notices';
import { currentDocument, replaceDocumentWithoutHistory } from './session';
import { type StorageLike, loadAutosave, saveAutosave } from './storage';

export const AUTOSAVE_DELAY_MS = 500;
const NOT_SAVED = 'autosave-failed';

export type SaveStatus = 'saved' | 'pending' | 'failed' | 'off';

export const useSaveStatus = create<{ status: SaveStatus; set(status: SaveStatus): void }>()((set) => ({
  status: 'saved',
  set: (status) => set({ status }),
}));

/** The page's localStorage, or null when the browser refuses it (privacy settings, sandbox). */
export function browserStorage(): StorageLike | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** Writes the working document now; reports a failure. Returns whether it was saved. */
export function saveNow(storage: StorageLike | null): boolean {
  const status = useSaveStatus.getState();
  if (isReadOnly()) return false;
  if (!storage) {
    status.set('failed');
    notify({ tone: 'error', topic: NOT_SAVED, text: 'Not saved: this browser window does not allow Causeway to store data. Export the graph to a file to keep it.' });
    return false;
  }
  const result = saveAutosave(storage, currentDocument());
  if (result.ok) {
    status.set('saved');
    useNotices.getState().clearTopic(NOT_SAVED);
    return true;
  }
  status.set('failed');
  notify({ tone: 'error', topic: NOT_SAVED, text: `Not saved. ${result.message}` });
  return false;
}

/** Starts autosaving; returns a function that stops it (flushing a pending save). */
export function startAutosave(storage: StorageLike | null, delay = AUTOSAVE_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    saveNow(storage);
  };
  const changed = () => {
    if (isReadOnly()) return;
    useSaveStatus.getState().set('pending');
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      saveNow(storage);
    }, delay);
  };
  const unsubscribeGraph = useDocumentStore.subscribe((s, prev) => {
    if (s.graph !== prev.graph || s.scm !== prev.scm) changed();
  });
  const unsubscribeNotes = useNotesStore.subscribe((s, prev) => {
    if (s.assumptions !== prev.assumptions || s.nodes !== prev.nodes || s.edges !== prev.edges) changed();
  });
  const unsubscribeMode = useReviewMode.subscribe((s) => useSaveStatus.getState().set(s.readOnly ? 'off' : 'saved'));
  const onHide = () => {
    if (document.visibilityState === 'hidden') flush();
  };
  if (typeof document !== 'undefined') document.addEventListener('visibilitychange', onHide);
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
  return () => {
    flush();
    unsubscribeGraph();
    unsubscribeNotes();
    unsubscribeMode();
    if (typeof document !== 'undefined') document.removeEventListener('visibilitychange', onHide);
    if (typeof window !== 'undefined') window.removeEventListener('pagehide', flush);
  };
}

/** Opens the autosaved document, if any. Returns whether one was restored. */
export function restoreAutosave(storage: StorageLike | null): boolean {
  if (!storage) return false;
  const { document: doc, problem } = loadAutosave(storage);
  if (problem) {
    notify({
      tone: 'warning',
      topic: 'autosave-problem',
      text: `${/[.!?]$/.test(problem.message) ? problem.message : `${problem.message}.`} Your last autosaved graph could not be restored; the example is shown instead.`,
    });
  }
  if (!doc) return false;
  replaceDocumentWithoutHistory(doc);
  return true;
}
