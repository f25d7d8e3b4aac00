/**
 * app/panels/PanelsView — the analysis panels in reading order, given the report state. A
 * "Computing…" status appears only when a run takes longer than 100 ms.
 */
import type { ReportView } from '../analysis/types';
import type { AnalysisState } from '../analysis/use-analysis-run';
import { AdjustmentPanel } from './AdjustmentPanel';
import { DSeparationPanel } from './DSeparationPanel';
import { FrontdoorPanel } from './FrontdoorPanel';
import { IdentificationPanel } from './IdentificationPanel';
import { ImplicationsPanel } from './ImplicationsPanel';
import { InstrumentsPanel } from './InstrumentsPanel';
import { PathsPanel } from './PathsPanel';
import { RolesPanel } from './RolesPanel';

export function PanelsView({ state }: { state: AnalysisState<ReportView> }) {
  const report = state.result;
  return (
    <div className="cw-panels" aria-busy={state.busy}>
      <p role="status" className="cw-status">
        {state.busy ? 'Computing…' : ''}
      </p>
      {state.status === 'error' && <p className="cw-error">The analysis failed: {state.error}</p>}
      {report && (
        <>
          <RolesPanel report={report} />
          <AdjustmentPanel report={report} />
          <FrontdoorPanel report={report} />
          <InstrumentsPanel report={report} />
          <ImplicationsPanel report={report} />
          <DSeparationPanel report={report} />
          <PathsPanel report={report} />
          <IdentificationPanel report={report} />
        </>
      )}
    </div>
  );
}
