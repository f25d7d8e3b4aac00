/**
 * app/review/ReportDialog — the review report (engine `reviewReport`: register, model code,
 * verdicts recomputed from the graph, notes) shown as Markdown text with a download button.
 * The body is a separate chunk, loaded when the dialog first opens.
 */
import { Suspense, lazy } from 'react';
import { useDialogs } from '../persistence/dialogs';

const ReportContent = lazy(() => import('./ReportContent').then((m) => ({ default: m.ReportContent })));

export function ReportDialog() {
  const open = useDialogs((s) => s.open === 'report');
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <ReportContent />
    </Suspense>
  );
}
