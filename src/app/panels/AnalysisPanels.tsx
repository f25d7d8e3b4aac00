/**
 * app/panels/AnalysisPanels — the side column of analyses for the document being edited. Reads
 * the graph from the document store, has it analysed in a worker, and lets the panels apply an
 * adjusted set and highlight paths and sets on the canvas through the UI store.
 */
import { useMemo } from 'react';
import type { AnalysisWorkerClient } from '../analysis/use-analysis';
import { defaultQueryClient, defaultReportClient, useAnalysisGraph, useReport } from '../analysis/use-analysis';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { PanelContext, type PanelEnvironment } from './panel-context';
import { PanelsView } from './PanelsView';
import { useHighlightManager } from './use-highlight-manager';
import './panels.css';

export function AnalysisPanels() {
  return <AnalysisPanelsWith reportClient={defaultReportClient()} queryClient={defaultQueryClient()} />;
}

/** The panels with explicit analysis clients (tests pass clients that call the engine directly). */
export function AnalysisPanelsWith({
  reportClient,
  queryClient,
}: {
  reportClient: AnalysisWorkerClient | null;
  queryClient: AnalysisWorkerClient | null;
}) {
  const graph = useDocumentStore((s) => s.graph);
  const applyAdjustedSet = useDocumentStore((s) => s.applyAdjustedSet);
  const setRoles = useDocumentStore((s) => s.setRoles);
  const setHighlight = useUiStore((s) => s.setHighlight);
  const analysisGraph = useAnalysisGraph(graph);
  const state = useReport(reportClient, analysisGraph);
  const { preview, pin } = useHighlightManager(setHighlight);
  const env = useMemo<PanelEnvironment>(
    () => ({ graph, analysisGraph, queryClient, preview, pin, applyAdjustedSet, setRoles }),
    [graph, analysisGraph, queryClient, preview, pin, applyAdjustedSet, setRoles],
  );
  return (
    <PanelContext.Provider value={env}>
      <PanelsView state={state} />
    </PanelContext.Provider>
  );
}
