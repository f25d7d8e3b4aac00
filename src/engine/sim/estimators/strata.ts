/**
 * engine/sim/estimators/strata — subclassification.
 *
 * Contract: strata are the cells of a discrete Z (≤ 64 cells), the quantile bins of a single
 * continuous Z, or else the quantile bins of the estimated propensity score (default 5 bins).
 * τ̂ = Σ_b w_b (ȳ₁b − ȳ₀b) with w_b = n_b/n (ATE) or n₁b/n₁ (ATT), over the strata that have both
 * arms; SE² = Σ w_b² (s₁b²/n₁b + s₀b²/n₀b). Strata lacking an arm are never dropped silently: they
 * are listed, with the units they held, and the weights are renormalised over the kept strata
 * (which changes the target population — hence the warning). An arm with a single unit has no
 * variance estimate; it adds 0 to SE² and a warning says the SE is then too small.
 * Complexity: O(n log n). References: Cochran 1968; Rosenbaum & Rubin 1984.
 */
import { fitPropensity, isZeroOne } from './armModel';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, waldCi } from './types';

/** Bin index (0 … bins − 1) of each value by sample quantiles; ties share a bin. */
export function quantileBins(x: Float64Array, bins: number): Int32Array {
  const sorted = Float64Array.from(x).sort();
  const cuts: number[] = [];
  for (let b = 1; b < bins; b++) cuts.push(sorted[Math.min(sorted.length - 1, Math.floor((b * sorted.length) / bins))]);
  const out = new Int32Array(x.length);
  for (let i = 0; i < x.length; i++) {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (x[i] >= cuts[mid]) lo = mid + 1;
      else hi = mid;
    }
    out[i] = lo;
  }
  return out;
}

function discreteCells(cols: readonly Float64Array[]): Int32Array | null {
  const n = cols[0].length;
  const keys = new Map<string, number>();
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let key = '';
    for (const c of cols) {
      if (!Number.isInteger(c[i])) return null;
      key += `${c[i]},`;
    }
    let cell = keys.get(key);
    if (cell === undefined) {
      cell = keys.size;
      if (cell >= 64) return null;
      keys.set(key, cell);
    }
    out[i] = cell;
  }
  return out;
}

export function strataEstimate(ctx: EstimatorContext, set: readonly string[], name: string, estimand: 'ATE' | 'ATT', bins = 5): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  if (!isZeroOne(t)) return { kind: 'strata', name, error: 'stratification needs a 0/1 treatment' };
  const z = columnsOf(ctx, set);
  let strata: Int32Array;
  let basis: string;
  const cells = z.length > 0 ? discreteCells(z) : new Int32Array(t.length);
  if (cells) {
    strata = cells;
    basis = z.length > 0 ? 'cells of the discrete set' : 'one stratum';
  } else if (z.length === 1) {
    strata = quantileBins(z[0], bins);
    basis = `${bins} quantile bins of ${set[0]}`;
  } else {
    const ps = fitPropensity(t, z);
    if (!ps) return { kind: 'strata', name, error: 'the propensity model could not be fitted' };
    strata = quantileBins(ps.fitted, bins);
    basis = `${bins} quantile bins of the propensity score`;
  }
  let count = 0;
  for (let i = 0; i < strata.length; i++) if (strata[i] >= count) count = strata[i] + 1;
  // Per stratum and arm: units, sum, then squared deviations (two passes, O(n)).
  const units = new Float64Array(2 * count);
  const sums = new Float64Array(2 * count);
  for (let i = 0; i < t.length; i++) {
    const cell = 2 * strata[i] + t[i];
    units[cell]++;
    sums[cell] += y[i];
  }
  const squares = new Float64Array(2 * count);
  for (let i = 0; i < t.length; i++) {
    const cell = 2 * strata[i] + t[i];
    const d = y[i] - sums[cell] / units[cell];
    squares[cell] += d * d;
  }
  let kept = 0;
  const dropped: number[] = [];
  let droppedUnits = 0;
  let singletons = 0;
  const parts: { w: number; diff: number; v: number }[] = [];
  for (let b = 0; b < count; b++) {
    const n0 = units[2 * b];
    const n1 = units[2 * b + 1];
    if (n0 + n1 === 0) continue;
    if (n0 < 1 || n1 < 1) {
      dropped.push(b);
      droppedUnits += n0 + n1;
      continue;
    }
    const weight = estimand === 'ATE' ? n0 + n1 : n1;
    kept += weight;
    // A single unit in an arm gives no variance estimate (s² undefined): counted as 0, and said so.
    if (n0 === 1 || n1 === 1) singletons++;
    const v1 = n1 > 1 ? squares[2 * b + 1] / (n1 - 1) / n1 : 0;
    const v0 = n0 > 1 ? squares[2 * b] / (n0 - 1) / n0 : 0;
    parts.push({ w: weight, diff: sums[2 * b + 1] / n1 - sums[2 * b] / n0, v: v1 + v0 });
  }
  let estimate = 0;
  let variance = 0;
  if (parts.length === 0) return { kind: 'strata', name, error: 'no stratum has both arms' };
  for (const p of parts) {
    estimate += (p.w / kept) * p.diff;
    variance += (p.w / kept) ** 2 * p.v;
  }
  const se = Math.sqrt(variance);
  const warnings: string[] = [];
  if (dropped.length > 0) warnings.push(`${dropped.length} strata (${droppedUnits} units) lack one arm and were dropped: the estimate is for the remaining population`);
  if (singletons > 0) warnings.push(`${singletons} strata have an arm with a single unit, whose variance cannot be estimated: the SE is too small`);
  return {
    kind: 'strata', name, estimand, estimate, se, ci: waldCi(estimate, se), set: [...set].sort(), warnings,
    diagnostics: { strata: count, basis, droppedStrata: dropped, droppedUnits },
  };
}
