/**
 * app/simulator/spawn-worker — starts the simulation worker (its own bundle chunk, with the
 * engine's sampler, estimators and mathjs) and wraps it with Comlink.
 */
import { proxy, releaseProxy, wrap } from 'comlink';
import type { SimulationWorkerApi } from '../../workers/simulation.worker';
import type { SimulationHandle } from './runner';

export function spawnSimulationWorker(): SimulationHandle {
  const worker = new Worker(new URL('../../workers/simulation.worker.ts', import.meta.url), {
    type: 'module',
    name: 'causeway-simulation',
  });
  const remote = wrap<SimulationWorkerApi>(worker);
  return {
    run: (request, onProgress) => remote.run(request, onProgress ? proxy(onProgress) : undefined),
    terminate: () => {
      remote[releaseProxy]();
      worker.terminate();
    },
  };
}
