/**
 * app/simulator/simulate — what the simulation worker does, as plain functions (tested directly,
 * no worker needed). Every number comes from the engine: `runCheck` for one sample, `runCoverage`
 * for repeated samples, `seedArticleReport` for the seed article's randomized-versus-observational
 * report, and `sampleToCsv` for the data export. The answer carries the wall time of the run.
 */
import {
  type CausalGraph,
  type CoverageResult,
  type EstimatorRequest,
  type EstimatorValidity,
  type ScmSpec,
  type SeedArticleReport,
  type SimCheckResult,
  compileScm,
  defaultEstimators,
  estimatorValidity,
  runCheck,
  runCoverage,
  sampleScm,
  sampleToCsv,
  seedArticleReport,
} from '../../engine';

export interface SimModel {
  readonly spec: ScmSpec;
  readonly graph: CausalGraph;
  /** The estimators to run; the engine's defaults for the graph when absent. */
  readonly estimators?: readonly EstimatorRequest[];
}

export type SimRequest =
  | { readonly kind: 'check'; readonly model: SimModel; readonly n: number; readonly seed: number }
  | { readonly kind: 'coverage'; readonly model: SimModel; readonly n: number; readonly seed: number; readonly replicates: number }
  | { readonly kind: 'seed-article'; readonly n: number; readonly seed: number }
  | { readonly kind: 'csv'; readonly model: SimModel; readonly n: number; readonly seed: number; readonly latents: boolean };

export type SimResponse =
  | { readonly kind: 'check'; readonly result: SimCheckResult; readonly ms: number }
  | { readonly kind: 'coverage'; readonly result: CoverageResult; readonly validity: readonly EstimatorValidity[]; readonly ms: number }
  | { readonly kind: 'seed-article'; readonly result: SeedArticleReport; readonly ms: number }
  | { readonly kind: 'csv'; readonly text: string; readonly ms: number };

export type ProgressCallback = (done: number, total: number) => void;

const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/**
 * The truth of the last model checked. It depends on the model (equations, graph, the instrument
 * the estimators name, and the model's seed, which seeds the Monte Carlo truth), not on the sample
 * size, so re-running with another n skips the Monte Carlo truth and gives the same numbers.
 */
let lastTruth: { readonly key: string; readonly truth: SimCheckResult['truth'] } | null = null;

function truthKey(model: Extract<SimRequest, { kind: 'check' }>['model']): string {
  return JSON.stringify([{ ...model.spec, n: 0 }, model.graph.nodes.map((n) => [n.id, n.roles]), model.graph.edges, model.estimators ?? null]);
}

export function runSimulation(request: SimRequest, onProgress?: ProgressCallback): SimResponse {
  const start = now();
  switch (request.kind) {
    case 'check': {
      const { spec, graph, estimators } = request.model;
      const key = truthKey(request.model);
      const known = lastTruth?.key === key ? lastTruth.truth : undefined;
      const result = runCheck(spec, { graph, n: request.n, seed: request.seed, estimators, truth: known });
      lastTruth = { key, truth: result.truth };
      return { kind: 'check', result, ms: now() - start };
    }
    case 'coverage': {
      const { spec, graph, estimators } = request.model;
      // Report progress about fifty times, not once per replicate (each report is a message).
      const every = Math.max(1, Math.floor(request.replicates / 50));
      const result = runCoverage(spec, {
        graph,
        n: request.n,
        seed: request.seed,
        estimators,
        replicates: request.replicates,
        onProgress: onProgress ? (done, total) => (done % every === 0 || done === total) && onProgress(done, total) : undefined,
      });
      // The coverage rows say only valid or not; the reasons come from the same engine test.
      const kinds = Object.fromEntries(spec.nodes.filter((n) => !n.latent).map((n) => [n.id, n.kind]));
      const requests = estimators ?? defaultEstimators(graph, spec.treatment, spec.outcome, kinds);
      const validity = requests.map((r) => estimatorValidity(graph, spec.treatment, spec.outcome, r));
      return { kind: 'coverage', result, validity, ms: now() - start };
    }
    case 'seed-article': {
      const result = seedArticleReport({ n: request.n, seed: request.seed });
      return { kind: 'seed-article', result, ms: now() - start };
    }
    case 'csv': {
      const { spec, graph } = request.model;
      const scm = compileScm(spec, graph);
      const text = sampleToCsv(scm, sampleScm(scm, request.n, request.seed), { latents: request.latents });
      return { kind: 'csv', text, ms: now() - start };
    }
  }
}
