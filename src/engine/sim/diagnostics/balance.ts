/**
 * engine/sim/diagnostics/balance — covariate balance and weight diagnostics.
 *
 * Contract: `smd(x, t, w?)` is the standardized mean difference (x̄₁ − x̄₀)/√((s₁² + s₀²)/2), with
 * weighted means and variances when weights are given but always the *unweighted* pooled SD in the
 * denominator, so raw and weighted SMDs share one scale (Austin & Stuart 2015). `varianceRatio`
 * is s₁²/s₀² (weighted when weights are given). `kishEss(w, mask)` is (Σw)²/Σw² over the masked units.
 * Complexity: O(n). References: Austin & Stuart 2015 (Stat Med 34); Kish 1965 (effective sample size).
 */

function moments(x: Float64Array, t: Float64Array, arm: number, w?: Float64Array) {
  let sw = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (t[i] !== arm) continue;
    const wi = w ? w[i] : 1;
    sw += wi;
    s += wi * x[i];
  }
  const mean = s / sw;
  let ss = 0;
  for (let i = 0; i < x.length; i++) {
    if (t[i] !== arm) continue;
    const wi = w ? w[i] : 1;
    ss += wi * (x[i] - mean) * (x[i] - mean);
  }
  return { mean, variance: ss / sw };
}

export function smd(x: Float64Array, t: Float64Array, w?: Float64Array): number {
  const raw1 = moments(x, t, 1);
  const raw0 = moments(x, t, 0);
  const pooled = Math.sqrt((raw1.variance + raw0.variance) / 2);
  const m1 = w ? moments(x, t, 1, w).mean : raw1.mean;
  const m0 = w ? moments(x, t, 0, w).mean : raw0.mean;
  return pooled > 0 ? (m1 - m0) / pooled : 0;
}

export function varianceRatio(x: Float64Array, t: Float64Array, w?: Float64Array): number {
  return moments(x, t, 1, w).variance / moments(x, t, 0, w).variance;
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
