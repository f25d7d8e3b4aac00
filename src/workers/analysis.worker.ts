/**
 * workers/analysis.worker — the analysis worker: a thin Comlink shell. It receives a plain graph
 * and a request and returns a plain result; everything it does is `runAnalysis`, which is tested
 * directly (no worker needed).
 */
import { expose } from 'comlink';
import type { CausalGraph } from '../engine';
import { runAnalysis } from '../app/analysis/run-analysis';
import type { AnalysisRequest, AnalysisResponse } from '../app/analysis/types';

const api = {
  analyze(graph: CausalGraph, request: AnalysisRequest): AnalysisResponse {
    return runAnalysis(graph, request);
  },
};

export type AnalysisWorkerApi = typeof api;

expose(api);
