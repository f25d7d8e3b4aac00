/**
 * app/persistence/LibraryDialog — the local library of named graphs: save the working graph
 * under a name, and open, rename, duplicate or delete saved ones. Opening is one undo step;
 * deleting raises a notice with "Undo delete". Entries that cannot be read are set aside by
 * `storage.ts` and reported.
 */
import { useCallback, useEffect, useId, useState } from 'react';
import { isReadOnly, useReviewMode } from '../share/review-mode';
import { browserStorage } from './autosave';
import { useDialogs } from './dialogs';
import { ModalDialog } from '../components/ModalDialog';
import { notify } from './notices';
import { currentDocument, openDocument } from './session';
import {
  type StoredEntry,
  deleteFromLibrary,
  duplicateInLibrary,
  listLibrary,
  newLibraryKey,
  renameInLibrary,
  restoreToLibrary,
  saveToLibrary,
} from './storage';

function useLibrary(): { entries: readonly StoredEntry[]; refresh: () => void } {
  const [entries, setEntries] = useState<readonly StoredEntry[]>([]);
  const refresh = useCallback(() => {
    const storage = browserStorage();
    if (!storage) {
      setEntries([]);
      return;
    }
    const listed = listLibrary(storage);
    for (const problem of listed.problems) notify({ tone: 'warning', text: problem.message });
    setEntries(listed.entries);
  }, []);
  useEffect(refresh, [refresh]);
  return { entries, refresh };
}

function reportWrite(result: { ok: boolean; message?: string }, success: string): boolean {
  if (result.ok) notify({ tone: 'info', topic: 'library', text: success });
  else notify({ tone: 'error', topic: 'library', text: `Not saved. ${result.message ?? ''}` });
  return result.ok;
}

function EntryRow({ entry, refresh }: { entry: StoredEntry; refresh: () => void }) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(entry.name);
  const readOnly = useReviewMode((s) => s.readOnly);
  const storage = browserStorage();
  const when = new Date(entry.savedAt);
  const nodes = entry.document.graph.nodes.length;
  if (!storage) return null;
  return (
    <li className="library-entry">
      {renaming ? (
        <form
          className="library-rename"
          onSubmit={(e) => {
            e.preventDefault();
            reportWrite(renameInLibrary(storage, entry, name), `Renamed to “${name.trim() || 'Untitled graph'}”.`);
            setRenaming(false);
            refresh();
          }}
        >
          <input aria-label={`New name for ${entry.name}`} value={name} onChange={(e) => setName(e.target.value)} data-autofocus autoFocus />
          <button type="submit" className="tool">
            Save name
          </button>
          <button type="button" className="tool" onClick={() => setRenaming(false)}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="library-name">
          <strong>{entry.name}</strong>
          <span className="library-meta">
            {nodes} variable{nodes === 1 ? '' : 's'} · saved {when.toLocaleString()}
          </span>
        </div>
      )}
      <div className="library-actions" role="group" aria-label={`Actions for ${entry.name}`}>
        <button
          type="button"
          className="tool"
          aria-label={`Open ${entry.name}`}
          disabled={readOnly}
          onClick={() => {
            openDocument(entry.document, `Opened “${entry.name}” from the library.`);
            notify({ tone: 'info', topic: 'library', text: `Opened “${entry.name}” (undo brings the previous diagram back).` });
            useDialogs.getState().show(null);
          }}
        >
          Open
        </button>
        <button type="button" className="tool" aria-label={`Rename ${entry.name}`} onClick={() => setRenaming(true)}>
          Rename
        </button>
        <button
          type="button"
          className="tool"
          aria-label={`Duplicate ${entry.name}`}
          onClick={() => {
            reportWrite(duplicateInLibrary(storage, entry), `Duplicated “${entry.name}”.`);
            refresh();
          }}
        >
          Duplicate
        </button>
        <button
          type="button"
          className="tool"
          aria-label={`Delete ${entry.name}`}
          onClick={() => {
            deleteFromLibrary(storage, entry);
            refresh();
            notify({
              tone: 'info',
              topic: 'library',
              text: `Deleted “${entry.name}” from the library.`,
              action: {
                label: 'Undo delete',
                run: () => {
                  reportWrite(restoreToLibrary(storage, entry), `Restored “${entry.name}”.`);
                  window.dispatchEvent(new Event('causeway-library-changed'));
                },
              },
            });
          }}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

export function LibraryDialog() {
  const open = useDialogs((s) => s.open === 'library');
  if (!open) return null;
  return <LibraryContent />;
}

function LibraryContent() {
  const titleId = useId();
  const { entries, refresh } = useLibrary();
  const [name, setName] = useState('');
  const storage = browserStorage();
  useEffect(() => {
    window.addEventListener('causeway-library-changed', refresh);
    return () => window.removeEventListener('causeway-library-changed', refresh);
  }, [refresh]);
  return (
    <ModalDialog title="Library" titleId={titleId} onClose={() => useDialogs.getState().show(null)} className="library-dialog">
      <div className="dialog-body">
        <form
          className="library-save"
          onSubmit={(e) => {
            e.preventDefault();
            if (!storage) {
              notify({ tone: 'error', topic: 'library', text: 'Not saved: this browser window does not allow Causeway to store data.' });
              return;
            }
            const label = name.trim() || 'Untitled graph';
            if (reportWrite(saveToLibrary(storage, newLibraryKey(), label, currentDocument()), `Saved “${label}” in the library.`)) setName('');
            refresh();
          }}
        >
          <label htmlFor={`${titleId}-name`}>Save the current graph as</label>
          <input id={`${titleId}-name`} value={name} placeholder="Name" onChange={(e) => setName(e.target.value)} data-autofocus />
          <button type="submit" className="tool">
            Save
          </button>
        </form>
        {isReadOnly() && <p className="pane-hint">You are reviewing a shared graph: you can save it here, and open saved graphs after making an editable copy.</p>}
        <h3>Saved graphs</h3>
        {entries.length === 0 ? (
          <p className="pane-hint">Nothing saved yet. Graphs are kept in this browser only.</p>
        ) : (
          <ul className="library-list" aria-label="Saved graphs">
            {entries.map((entry) => (
              <EntryRow key={`${entry.key}-${entry.savedAt}-${entry.name}`} entry={entry} refresh={refresh} />
            ))}
          </ul>
        )}
      </div>
    </ModalDialog>
  );
}
