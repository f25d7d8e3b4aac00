/**
 * app/share/share — share links without a server: the whole document travels in the URL
 * fragment (`#c1.<payload>`, engine/io/share-link), which browsers never send to a server.
 *
 * Contract: `createShareLink()` puts the current document's fragment into `location` (replacing
 * the history entry, so Back still leaves the page) and returns the full link. `openShareFragment`
 * shows a decoded document read-only; a damaged, truncated, oversized or invalid link loads
 * nothing and raises a notice with the decoder's sentence. `makeEditableCopy` turns the reviewed
 * document into the working document; the previous autosaved work is first kept in the library.
 * Once the working document changes after sharing, the fragment is dropped from the address so
 * a reload never shows a stale link.
 */
import {
  type CausewayDocument,
  MAX_SHARE_FRAGMENT,
  SHARE_PREFIX,
  decodeShareFragment,
  documentFromGraph,
  encodeShareFragment,
  serializeDocument,
} from '../../engine';
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useNotesStore } from '../review/notes-store';
import { browserStorage, restoreAutosave, saveNow } from '../persistence/autosave';
import { notify, useNotices } from '../persistence/notices';
import { currentDocument, replaceDocumentWithoutHistory } from '../persistence/session';
import { type StorageLike, loadAutosave, newLibraryKey, saveToLibrary } from '../persistence/storage';
import { recommendationExample } from '../examples/recommendation';
import { useReviewMode } from './review-mode';

const SHARE_ERROR = 'share-link';

/** The fragment this page last wrote itself (so our own replaceState is not "a new link"). */
let ownFragment: string | null = null;

export function isShareHash(hash: string): boolean {
  return hash.startsWith(`#${SHARE_PREFIX}`);
}

function addressWithout(hash: boolean): string {
  return `${location.pathname}${location.search}${hash ? location.hash : ''}`;
}

export type ShareLinkResult = { readonly ok: true; readonly url: string } | { readonly ok: false; readonly message: string };

/** Encodes the working document into the address and returns the link. */
export function createShareLink(doc: CausewayDocument = currentDocument()): ShareLinkResult {
  const fragment = encodeShareFragment(doc);
  if (fragment.length > MAX_SHARE_FRAGMENT) {
    return { ok: false, message: 'This graph is too large for a share link. Save it as a Causeway JSON file and send the file instead.' };
  }
  ownFragment = fragment;
  history.replaceState(history.state, '', `${addressWithout(false)}#${fragment}`);
  return { ok: true, url: location.href };
}

/** Copies `text` when the browser allows it; never throws. */
export async function copyToClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Shows the document in `hash` read-only. Returns whether it opened. */
export function openShareFragment(hash: string): boolean {
  const decoded = decodeShareFragment(hash);
  if (!decoded.ok) {
    notify({ tone: 'error', topic: SHARE_ERROR, text: `${decoded.message} Nothing was loaded; your own work is unchanged.` });
    return false;
  }
  ownFragment = hash.replace(/^#/, '');
  useReviewMode.getState().enter(decoded.document);
  replaceDocumentWithoutHistory(decoded.document);
  useNotices.getState().clearTopic(SHARE_ERROR);
  requestAnimationFrame(() => requestAnimationFrame(() => canvasControls().fitView()));
  return true;
}

const sameDocument = (a: CausewayDocument, b: CausewayDocument) => serializeDocument(a) === serializeDocument(b);

/** Makes the reviewed document the working one (saved at once), keeping earlier work in the library. */
export function makeEditableCopy(storage: StorageLike | null): void {
  const shared = useReviewMode.getState().shared;
  if (!shared) return;
  if (storage) {
    const previous = loadAutosave(storage).document;
    if (previous && !sameDocument(previous, shared)) {
      const name = `Work before opening a shared graph (${new Date().toLocaleString()})`;
      const kept = saveToLibrary(storage, newLibraryKey(), name, previous);
      notify({
        tone: kept.ok ? 'info' : 'error',
        topic: 'editable-copy',
        text: kept.ok
          ? `Your earlier work was kept in the library as “${name}”.`
          : `Your earlier work could not be kept in the library (${kept.message}) — it was not replaced.`,
      });
      if (!kept.ok) return;
    }
  }
  useReviewMode.getState().leave();
  ownFragment = null;
  history.replaceState(history.state, '', addressWithout(false));
  saveNow(storage);
  notify({ tone: 'info', topic: SHARE_ERROR, text: 'This is now your editable copy; it is saved in this browser.' });
}

/** Leaves the reviewer view without keeping the shared graph: back to the autosaved work. */
export function closeReview(storage: StorageLike | null): void {
  useReviewMode.getState().leave();
  ownFragment = null;
  history.replaceState(history.state, '', addressWithout(false));
  if (!restoreAutosave(storage)) replaceDocumentWithoutHistory(documentFromGraph(recommendationExample));
  notify({ tone: 'info', topic: SHARE_ERROR, text: 'Closed the shared graph; your own work is back.' });
}

/** Keeps the address honest: drops a stale share fragment after edits, opens links pasted into the address bar. */
export function watchShareAddress(): () => void {
  const dropStale = () => {
    if (useReviewMode.getState().readOnly || ownFragment === null) return;
    if (location.hash === `#${ownFragment}`) history.replaceState(history.state, '', addressWithout(false));
    ownFragment = null;
  };
  const unsubscribeGraph = useDocumentStore.subscribe((s, prev) => {
    if (s.graph !== prev.graph || s.scm !== prev.scm) dropStale();
  });
  const unsubscribeNotes = useNotesStore.subscribe(dropStale);
  const onHashChange = () => {
    if (isShareHash(location.hash) && location.hash !== `#${ownFragment}`) {
      saveNow(browserStorage());
      openShareFragment(location.hash);
    }
  };
  window.addEventListener('hashchange', onHashChange);
  return () => {
    unsubscribeGraph();
    unsubscribeNotes();
    window.removeEventListener('hashchange', onHashChange);
  };
}
