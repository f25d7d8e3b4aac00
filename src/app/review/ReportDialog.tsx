/**
 * app/review/ReportDialog — the review report (engine `reviewReport`: register, model code,
 * verdicts recomputed from the graph, notes) shown as Markdown text with a download button.
 */
import { useId, useMemo } from 'react';
import { reviewReport } from '../../engine';
import { baseFileName, downloadText } from '../files/download';
import { useDialogs } from '../persistence/dialogs';
import { ModalDialog } from '../persistence/ModalDialog';
import { currentDocument } from '../persistence/session';

export function ReportDialog() {
  const open = useDialogs((s) => s.open === 'report');
  if (!open) return null;
  return <ReportContent />;
}

function ReportContent() {
  const titleId = useId();
  const doc = useMemo(() => currentDocument(), []);
  const report = useMemo(() => reviewReport(doc), [doc]);
  const fileName = `${baseFileName(doc.graph.name)}-review.md`;
  return (
    <ModalDialog title="Review report" titleId={titleId} onClose={() => useDialogs.getState().show(null)} className="report-dialog">
      <div className="dialog-body">
        <p className="pane-hint">Markdown, recomputed from the graph just now. Paste it into a pull request or a document.</p>
        <textarea className="report-text" aria-label="Review report" readOnly value={report} rows={18} />
        <div className="dialog-actions">
          <button type="button" className="tool primary" data-autofocus onClick={() => downloadText(fileName, report, 'text/markdown')}>
            Download {fileName}
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
