/**
 * app/review/ReportContent — the review report dialog's body (loaded on first use: the report
 * runs the analyses in the engine, which the editor otherwise leaves to the analysis worker).
 */
import { useId, useMemo } from 'react';
import { reviewReport } from '../../engine';
import { baseFileName, downloadText } from '../files/download';
import { useDialogs } from '../persistence/dialogs';
import { ModalDialog } from '../components/ModalDialog';
import { currentDocument } from '../persistence/session';
import { simulationFor } from '../simulator/last-result';

export function ReportContent() {
  const titleId = useId();
  const doc = useMemo(() => currentDocument(), []);
  const report = useMemo(() => reviewReport(doc, { simulation: simulationFor(doc.graph) ?? undefined }), [doc]);
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
