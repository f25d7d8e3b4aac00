/**
 * engine/sim/diagnostics/balance — covariate balance and weight diagnostics.
 *
 * Contract: `smd(x, t, w?)` is the standardized mean difference (x̄₁ − x̄₀)/√((s₁² + s₀²)/2), with
 * weighted means and variances when weights are given but always the *unweighted* pooled SD in the
 * denominator, so raw and weighted SMDs share one scale (Austin & Stuart 2015). `varianceRatio`
 * is s₁²/s₀² (weighted when weights are given). `kishEss(w, mask)` is (Σw)²/Σw² over the masked units.
 * Complexity: O(n). References: Austin & Stuart 2015 (Stat Med 34); Kish 1965 (effective sample size).
 */

interface ArmMoments {
  /** Index 0 is the control arm (t = 0), index 1 the treated arm (t = 1). */
  readonly mean: readonly [number, number];
  readonly variance: readonly [number, number];
}

/**
 * Means and variances of x in both arms in two passes over the data (sums in the same order as
 * one arm at a time); the weighted and unweighted loops are kept apart so each stays monomorphic.
 */
function armMoments(x: Float64Array, t: Float64Array, w?: Float64Array): ArmMoments {
  let sw0 = 0;
  let sw1 = 0;
  let s0 = 0;
  let s1 = 0;
  if (w) {
    for (let i = 0; i < x.length; i++) {
      if (t[i] === 1) {
        sw1 += w[i];
        s1 += w[i] * x[i];
      } else if (t[i] === 0) {
        sw0 += w[i];
        s0 += w[i] * x[i];
      }
    }
  } else {
    for (let i = 0; i < x.length; i++) {
      if (t[i] === 1) {
        sw1 += 1;
        s1 += x[i];
      } else if (t[i] === 0) {
        sw0 += 1;
        s0 += x[i];
      }
    }
  }
  const mean0 = s0 / sw0;
  const mean1 = s1 / sw1;
  let ss0 = 0;
  let ss1 = 0;
  if (w) {
    for (let i = 0; i < x.length; i++) {
      if (t[i] === 1) {
        const d = x[i] - mean1;
        ss1 += w[i] * d * d;
      } else if (t[i] === 0) {
        const d = x[i] - mean0;
        ss0 += w[i] * d * d;
      }
    }
  } else {
    for (let i = 0; i < x.length; i++) {
      if (t[i] === 1) {
        const d = x[i] - mean1;
        ss1 += d * d;
      } else if (t[i] === 0) {
        const d = x[i] - mean0;
        ss0 += d * d;
      }
    }
  }
  return { mean: [mean0, mean1], variance: [ss0 / sw0, ss1 / sw1] };
}

export function smd(x: Float64Array, t: Float64Array, w?: Float64Array): number {
  const raw = armMoments(x, t);
  const pooled = Math.sqrt((raw.variance[1] + raw.variance[0]) / 2);
  const means = w ? armMoments(x, t, w).mean : raw.mean;
  return pooled > 0 ? (means[1] - means[0]) / pooled : 0;
}

export function varianceRatio(x: Float64Array, t: Float64Array, w?: Float64Array): number {
  const m = armMoments(x, t, w);
  return m.variance[1] / m.variance[0];
}

export function kishEss(w: Float64Array, mask?: (i: number) => boolean): number {
  let s = 0;
  let ss = 0;
  for (let i = 0; i < w.length; i++) {
    if (mask && !mask(i)) continue;
    s += w[i];
    ss += w[i] * w[i];
  }
  return ss > 0 ? (s * s) / ss : 0;
}
