/**
 * app/files/DocumentBar — the toolbar group for the document as a whole: File (open, save,
 * library), Exports, Share, Report, Print, and whether the work is saved in this browser.
 */
import { useRef } from 'react';
import type { MenuItem } from '../components/Menu';
import { MenuButton } from '../components/MenuButton';
import { exportPng, exportText } from '../exporting/export-actions';
import { TEXT_FORMATS } from '../exporting/formats';
import { useSaveStatus } from '../persistence/autosave';
import { useDialogs } from '../persistence/dialogs';
import { useReviewMode } from '../share/review-mode';
import { shareCurrentDocument } from '../share/SharePanel';
import { registerFileInput } from './file-actions';
import { openFile } from './open-file';
import '../persistence/document-ui.css';

const STATUS_TEXT = { saved: 'Saved in this browser', pending: 'Saving…', failed: 'Not saved', off: 'Read-only: not saved' } as const;

export function DocumentBar() {
  const readOnly = useReviewMode((s) => s.readOnly);
  const status = useSaveStatus((s) => s.status);
  const shown = readOnly ? 'off' : status;
  const fileInput = useRef<HTMLInputElement>(null);
  const fileItems: MenuItem[] = [
    ...(readOnly ? [] : [{ key: 'open', label: 'Open file… (.dag, .txt, .json, .dot)', onSelect: () => fileInput.current?.click() }]),
    { key: 'save-code', label: 'Save model code (.dag)', onSelect: () => exportText('dagitty') },
    { key: 'save-json', label: 'Save Causeway JSON (.json)', onSelect: () => exportText('json') },
    { key: 'library', label: 'Library…', onSelect: () => useDialogs.getState().show('library') },
  ];
  const exportItems: MenuItem[] = [
    ...TEXT_FORMATS.filter((f) => f.id === 'svg').map((f) => ({ key: f.id, label: f.label, onSelect: () => exportText(f.id) })),
    { key: 'png', label: 'PNG image at 2× (.png)', onSelect: () => void exportPng(2) },
    ...TEXT_FORMATS.filter((f) => f.id !== 'svg').map((f) => ({ key: f.id, label: f.label, onSelect: () => exportText(f.id) })),
  ];
  return (
    <div className="tool-group document-bar" role="group" aria-label="File and sharing">
      <MenuButton label="File" icon="▤" items={fileItems} />
      <MenuButton label="Exports" icon="⇩" items={exportItems} />
      <button type="button" className="tool" onClick={() => void shareCurrentDocument()}>
        <span className="tool-icon" aria-hidden="true">
          ⤴
        </span>
        <span className="tool-label">Share</span>
      </button>
      <button type="button" className="tool" onClick={() => useDialogs.getState().show('report')}>
        <span className="tool-label">Report</span>
      </button>
      <button type="button" className="tool" onClick={() => window.print()}>
        <span className="tool-label">Print</span>
      </button>
      <span className={`save-status status-${shown}`} role="status" aria-live="polite">
        {STATUS_TEXT[shown]}
      </span>
      <input
        ref={(input) => {
          fileInput.current = input;
          registerFileInput(input);
        }}
        type="file"
        className="sr-only"
        tabIndex={-1}
        aria-label="Open file"
        accept=".dag,.dagitty,.txt,.json,.dot,.gv,text/plain,application/json"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
    </div>
  );
}
