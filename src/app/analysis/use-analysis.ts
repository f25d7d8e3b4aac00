/**
 * app/analysis/use-analysis — the analysis of the document being edited, recomputed in a worker
 * after every change. One client per kind of question, created on first use, so a long report
 * never delays a d-separation query and vice versa.
 */
import { useMemo } from 'react';
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

/**
 * What the analyses read from a graph: ids in order, labels (the explanations name nodes by them),
 * roles and edges; not positions.
 */
function analysisKey(graph: CausalGraph): string {
  return JSON.stringify([graph.type, graph.nodes.map((n) => [n.id, n.label ?? null, n.roles]), graph.edges.map((e) => [e.from, e.kind, e.to])]);
}

/**
 * `graph`, except that an edit no analysis can see (moving a node) returns the previous graph
 * object, so it starts no new run.
 */
export function useAnalysisGraph(graph: CausalGraph): CausalGraph {
  const key = useMemo(() => analysisKey(graph), [graph]);
  // Keyed on what the analyses read, on purpose: the graph object alone changes on every move.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => graph, [key]);
}

/** The report for the document in the store, from the shared worker. */
export function useAnalysis(): AnalysisState<ReportView> {
  const graph = useAnalysisGraph(useDocumentStore((s) => s.graph));
  return useReport(defaultReportClient(), graph);
}
