/** Test helpers: the panels with spy actions, and analysis clients that call the engine in-process. */
import { render } from '@testing-library/react';
import { vi } from 'vitest';
import { AnalysisClient } from '../../../../src/app/analysis/client';
import { runAnalysis } from '../../../../src/app/analysis/run-analysis';
import type { AnalysisRequest, AnalysisResponse, ReportView } from '../../../../src/app/analysis/types';
import type { AnalysisState } from '../../../../src/app/analysis/use-analysis-run';
import { PanelContext, type PanelEnvironment } from '../../../../src/app/panels/panel-context';
import { PanelsView } from '../../../../src/app/panels/PanelsView';
import type { CausalGraph } from '../../../../src/engine';

/** A client whose "worker" is runAnalysis in this thread. */
export function inProcessClient(): AnalysisClient<AnalysisRequest, AnalysisResponse> {
  return new AnalysisClient(() => ({
    remote: { analyze: async (graph, request) => runAnalysis(graph, request) },
    terminate: () => {},
  }));
}

export function done(report: ReportView): AnalysisState<ReportView> {
  return { status: 'done', result: report, error: null, busy: false };
}

export function renderPanels(graph: CausalGraph, report: ReportView, overrides: Partial<PanelEnvironment> = {}) {
  const env: PanelEnvironment = {
    graph,
    analysisGraph: graph,
    queryClient: inProcessClient(),
    preview: vi.fn(),
    pin: vi.fn(),
    applyAdjustedSet: vi.fn(),
    setRoles: vi.fn(),
    ...overrides,
  };
  const view = render(
    <PanelContext.Provider value={env}>
      <PanelsView state={done(report)} />
    </PanelContext.Provider>,
  );
  return { ...view, env };
}

export const reportOf = (graph: CausalGraph) => runAnalysis(graph, { kind: 'report' }) as ReportView;
