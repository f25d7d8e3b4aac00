/**
 * engine/sim/estimators/bootstrap — the nonparametric bootstrap standard error of a statistic.
 *
 * Contract: `bootstrapSe(n, B, seed, statistic)` resamples n row indices with replacement B times
 * from the `bootstrap` sub-stream and returns the SD of the finite replicate values and how many
 * were not finite (e.g. a resample with an empty cell).
 * Complexity: O(B · cost of the statistic). Reference: Efron & Tibshirani 1993, ch. 6.
 */
import { Xoshiro128ss } from '../rng';

export function bootstrapSe(n: number, replicates: number, seed: number, statistic: (rows: Int32Array) => number): { se: number; failed: number } {
  const rng = new Xoshiro128ss(seed);
  const rows = new Int32Array(n);
  let s = 0;
  let ss = 0;
  let ok = 0;
  for (let b = 0; b < replicates; b++) {
    for (let i = 0; i < n; i++) rows[i] = rng.below(n);
    const v = statistic(rows);
    if (!Number.isFinite(v)) continue;
    ok++;
    s += v;
    ss += v * v;
  }
  const m = s / ok;
  return { se: ok > 1 ? Math.sqrt(Math.max(0, (ss - ok * m * m) / (ok - 1))) : NaN, failed: replicates - ok };
}
