/**
 * engine/sim/estimators/strata — subclassification.
 *
 * Contract: strata are the cells of a discrete Z (≤ 64 cells), the quantile bins of a single
 * continuous Z, or else the quantile bins of the estimated propensity score (default 5 bins).
 * τ̂ = Σ_b w_b (ȳ₁b − ȳ₀b) with w_b = n_b/n (ATE) or n₁b/n₁ (ATT), over the strata that have both
 * arms; SE² = Σ w_b² (s₁b²/n₁b + s₀b²/n₀b). Strata lacking an arm are never dropped silently: they
 * are listed, with the units they held, and the weights are renormalised over the kept strata
 * (which changes the target population — hence the warning).
 * Complexity: O(n log n). References: Cochran 1968; Rosenbaum & Rubin 1984.
 */
import { armMoments } from './naive';
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
  const count = Math.max(...strata) + 1;
  let estimate = 0;
  let variance = 0;
  let kept = 0;
  const dropped: number[] = [];
  let droppedUnits = 0;
  const parts: { w: number; diff: number; v: number }[] = [];
  for (let b = 0; b < count; b++) {
    let nb = 0;
    let n1b = 0;
    for (let i = 0; i < t.length; i++) {
      if (strata[i] !== b) continue;
      nb++;
      n1b += t[i];
    }
    if (nb === 0) continue;
    const tb = Float64Array.from(strata, (s, i) => (s === b ? t[i] : -1));
    const a = armMoments(y, tb, 1);
    const c = armMoments(y, tb, 0);
    if (a.n < 1 || c.n < 1) {
      dropped.push(b);
      droppedUnits += nb;
      continue;
    }
    const weight = estimand === 'ATE' ? nb : n1b;
    kept += weight;
    const varTerm = (a.n > 1 ? a.variance / a.n : 0) + (c.n > 1 ? c.variance / c.n : 0);
    parts.push({ w: weight, diff: a.mean - c.mean, v: varTerm });
  }
  if (parts.length === 0) return { kind: 'strata', name, error: 'no stratum has both arms' };
  for (const p of parts) {
    estimate += (p.w / kept) * p.diff;
    variance += (p.w / kept) ** 2 * p.v;
  }
  const se = Math.sqrt(variance);
  const warnings = dropped.length > 0 ? [`${dropped.length} strata (${droppedUnits} units) lack one arm and were dropped: the estimate is for the remaining population`] : [];
  return {
    kind: 'strata', name, estimand, estimate, se, ci: waldCi(estimate, se), set: [...set].sort(), warnings,
    diagnostics: { strata: count, basis, droppedStrata: dropped, droppedUnits },
  };
}
