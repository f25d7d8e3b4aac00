/**
 * app/analysis/use-analysis — the analysis of the document being edited, recomputed in a worker
 * after every change. One client per kind of question, created on first use, so a long report
 * never delays a d-separation query and vice versa.
 */
import type { CausalGraph } from '../../engine';
import { useDocumentStore } from '../store/document';
import { AnalysisClient } from './client';
import { spawnAnalysisWorker } from './spawn-worker';
import type { AnalysisRequest, AnalysisResponse, ReportView } from './types';
import { type AnalysisState, useAnalysisRun } from './use-analysis-run';

export type AnalysisWorkerClient = AnalysisClient<AnalysisRequest, AnalysisResponse>;

let reportClient: AnalysisWorkerClient | null = null;
let queryClient: AnalysisWorkerClient | null = null;

/** The shared client for the full report (null where Workers do not exist, e.g. jsdom). */
export function defaultReportClient(): AnalysisWorkerClient | null {
  if (typeof Worker === 'undefined') return null;
  reportClient ??= new AnalysisClient(spawnAnalysisWorker);
  return reportClient;
}

/** The shared client for queries a panel asks (d-separation). */
export function defaultQueryClient(): AnalysisWorkerClient | null {
  if (typeof Worker === 'undefined') return null;
  queryClient ??= new AnalysisClient(spawnAnalysisWorker);
  return queryClient;
}

const REPORT: AnalysisRequest = { kind: 'report' };

/** The report for `graph` through `client`. */
export function useReport(client: AnalysisWorkerClient | null, graph: CausalGraph): AnalysisState<ReportView> {
  const state = useAnalysisRun(client, graph, REPORT);
  const result = state.result?.kind === 'report' ? state.result : null;
  return { ...state, result };
}

/** The report for the document in the store, from the shared worker. */
export function useAnalysis(): AnalysisState<ReportView> {
  const graph = useDocumentStore((s) => s.graph);
  return useReport(defaultReportClient(), graph);
}
