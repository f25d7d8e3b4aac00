/**
 * engine/sim/dataset — plain-data entry points for a worker or a panel: spec in, typed columns out.
 *
 * Contract: `simulateDataset(spec, options)` validates and compiles the spec (against the graph when
 * given), draws n units with the seed (defaults from the spec), applies optional do() interventions
 * on the same noise, and returns the observed columns (`ObservedData`) and, separately and labelled
 * as such, the latent columns — all `Float64Array`s, transferable without copying.
 * `simulateCsv` is the same sample as CSV text (observed columns; latents optional, `latent:<id>`).
 * Complexity: that of sampling, O(n · model).
 */
import type { CausalGraph } from '../graph/types';
import { sampleToCsv } from './csv';
import { compileScm, drawNoise, evaluateScm, type Intervention, type ObservedData, observedData } from './sample';
import type { ScmSpec } from './spec';

export interface DatasetOptions {
  readonly graph?: CausalGraph;
  readonly n?: number;
  readonly seed?: number;
  readonly interventions?: Readonly<Record<string, Intervention>>;
}

export interface Dataset {
  readonly observed: ObservedData;
  readonly latent: Readonly<Record<string, Float64Array>>;
}

export function simulateDataset(spec: ScmSpec, options: DatasetOptions = {}): Dataset {
  const scm = compileScm(spec, options.graph);
  const noise = drawNoise(scm, options.n ?? spec.n, options.seed ?? spec.seed);
  const all = evaluateScm(scm, noise, options.interventions ?? {});
  const latent: Record<string, Float64Array> = {};
  for (const node of scm.nodes) if (node.latent) latent[node.id] = all.get(node.id)!;
  return { observed: observedData(scm, all), latent };
}

export function simulateCsv(spec: ScmSpec, options: DatasetOptions & { readonly latents?: boolean } = {}): string {
  const scm = compileScm(spec, options.graph);
  const noise = drawNoise(scm, options.n ?? spec.n, options.seed ?? spec.seed);
  const all = evaluateScm(scm, noise, options.interventions ?? {});
  return sampleToCsv(scm, { noise, all, observed: observedData(scm, all) }, { latents: options.latents });
}
