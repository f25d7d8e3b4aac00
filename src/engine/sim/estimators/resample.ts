/**
 * engine/sim/estimators/resample — the nonparametric bootstrap of any estimator: its SE and the
 * percentile interval, next to the estimator's analytic SE (a cross-check, SIMULATOR.md §5).
 *
 * Contract: `bootstrapEstimator(ctx, B, estimate)` resamples the rows of the observed data B times
 * with replacement (sub-stream `bootstrap` of the check seed), re-runs `estimate` on each resample
 * and returns the SD of the replicate estimates, the 2.5% and 97.5% percentiles (type-7
 * interpolation) and how many resamples failed (e.g. an empty arm).
 * Complexity: B × (n · columns + the estimator).
 * Reference: Efron & Tibshirani 1993, ch. 6 and 13 (percentile interval).
 */
import { Xoshiro128ss } from '../rng';
import type { ObservedData } from '../sample';
import type { EstimateResult, EstimatorContext, EstimatorFailure } from './types';

export interface BootstrapSummary {
  readonly replicates: number;
  readonly failed: number;
  readonly se: number;
  readonly percentileCi: readonly [number, number];
}

function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export function bootstrapEstimator(
  ctx: EstimatorContext,
  replicates: number,
  estimate: (ctx: EstimatorContext) => EstimateResult | EstimatorFailure,
): BootstrapSummary {
  const rng = new Xoshiro128ss(ctx.bootstrapSeed);
  const { n, ids } = ctx.data;
  const rows = new Int32Array(n);
  const values: number[] = [];
  for (let b = 0; b < replicates; b++) {
    for (let i = 0; i < n; i++) rows[i] = rng.below(n);
    const columns: Record<string, Float64Array> = {};
    for (const id of ids) {
      const source = ctx.data.columns[id];
      const col = new Float64Array(n);
      for (let i = 0; i < n; i++) col[i] = source[rows[i]];
      columns[id] = col;
    }
    const data: ObservedData = { ...ctx.data, columns };
    const result = estimate({ ...ctx, data });
    if (!('error' in result) && Number.isFinite(result.estimate)) values.push(result.estimate);
  }
  const sorted = Float64Array.from(values).sort();
  let m = 0;
  for (const v of sorted) m += v / sorted.length;
  let ss = 0;
  for (const v of sorted) ss += (v - m) ** 2;
  return {
    replicates,
    failed: replicates - values.length,
    se: sorted.length > 1 ? Math.sqrt(ss / (sorted.length - 1)) : NaN,
    percentileCi: [quantile(sorted, 0.025), quantile(sorted, 0.975)],
  };
}
