/**
 * app/files/file-actions — the document commands as declared actions, so the help dialog lists
 * them and the keyboard reaches them: open a file (Ctrl+O), save as Causeway JSON (Ctrl+S),
 * the library, share, the review report and print.
 */
import type { Action } from '../actions/types';
import { exportText } from '../exporting/export-actions';
import { useDialogs } from '../persistence/dialogs';
import { notify } from '../persistence/notices';
import { isReadOnly } from '../share/review-mode';
import { shareCurrentDocument } from '../share/SharePanel';

/** The file chooser the document bar renders; registered so the shortcut can open it. */
let fileInput: HTMLInputElement | null = null;
export function registerFileInput(input: HTMLInputElement | null): void {
  fileInput = input;
}

export const openFileAction: Action = {
  id: 'open-file',
  label: 'Open file',
  group: 'File',
  shortcuts: [{ key: 'o', mod: true }],
  undo: 'record',
  description: 'Opens model code (.dag, .txt), a Causeway JSON document or Graphviz DOT; the diagram is replaced only if the whole file reads (one undo step).',
  perform: () => {
    if (isReadOnly()) {
      notify({ tone: 'warning', topic: 'open-file', text: 'This shared graph is read-only. Make an editable copy first, then open the file.' });
      return;
    }
    fileInput?.click();
  },
};

export const saveJsonAction: Action = {
  id: 'save-json',
  label: 'Save Causeway JSON',
  group: 'File',
  shortcuts: [{ key: 's', mod: true }],
  undo: 'never',
  description: 'Downloads the diagram with its notes and simulator settings as a .json file.',
  perform: () => exportText('json'),
};

export const libraryAction: Action = {
  id: 'library',
  label: 'Library',
  group: 'File',
  shortcuts: [],
  undo: 'never',
  description: 'Saves the diagram under a name in this browser; opens, renames, duplicates or deletes saved ones.',
  perform: () => useDialogs.getState().show('library'),
};

export const shareAction: Action = {
  id: 'share',
  label: 'Share link',
  group: 'File',
  shortcuts: [],
  undo: 'never',
  description: 'Puts the whole diagram into a link (nothing is uploaded); whoever opens it gets a read-only copy.',
  perform: () => void shareCurrentDocument(),
};

export const reportAction: Action = {
  id: 'report',
  label: 'Review report',
  group: 'File',
  shortcuts: [],
  undo: 'never',
  description: 'Shows the Markdown review report, every verdict recomputed from the graph.',
  perform: () => useDialogs.getState().show('report'),
};

export const printAction: Action = {
  id: 'print',
  label: 'Print',
  group: 'File',
  shortcuts: [{ key: 'p', mod: true }],
  undo: 'never',
  description: 'Prints the diagram and the analyses without the toolbars.',
  perform: () => window.print(),
};

export const FILE_ACTIONS: readonly Action[] = [openFileAction, saveJsonAction, libraryAction, shareAction, reportAction, printAction];
