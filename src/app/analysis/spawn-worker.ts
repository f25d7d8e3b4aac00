/**
 * app/analysis/spawn-worker — starts the analysis worker (a separate bundle chunk) and wraps it
 * with Comlink. `terminate` releases the proxy and stops the worker, whatever it is doing.
 */
import { releaseProxy, wrap } from 'comlink';
import type { AnalysisWorkerApi } from '../../workers/analysis.worker';
import type { WorkerHandle } from './client';
import type { AnalysisRequest, AnalysisResponse } from './types';

export function spawnAnalysisWorker(): WorkerHandle<AnalysisRequest, AnalysisResponse> {
  const worker = new Worker(new URL('../../workers/analysis.worker.ts', import.meta.url), {
    type: 'module',
    name: 'causeway-analysis',
  });
  const remote = wrap<AnalysisWorkerApi>(worker);
  return {
    remote: { analyze: (graph, request) => remote.analyze(graph, request) },
    terminate: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
