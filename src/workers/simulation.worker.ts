/**
 * workers/simulation.worker — the simulation worker: a thin Comlink shell over `runSimulation`
 * (sampling, truth and estimators from the engine). Progress of a coverage run comes back through
 * a Comlink-proxied callback.
 */
import { expose } from 'comlink';
import { type ProgressCallback, type SimRequest, type SimResponse, runSimulation } from '../app/simulator/simulate';

const api = {
  run(request: SimRequest, onProgress?: ProgressCallback): SimResponse {
    return runSimulation(request, onProgress);
  },
};

export type SimulationWorkerApi = typeof api;

expose(api);
