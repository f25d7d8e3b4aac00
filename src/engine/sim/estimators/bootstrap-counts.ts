/**
 * engine/sim/estimators/bootstrap-counts — the bootstrap standard error of a statistic of a count
 * table, by drawing each resample's table directly.
 *
 * Contract: `bootstrapCountsSe(counts, B, seed, statistic)` draws B tables from
 * Multinomial(n, counts / n) — the distribution of the cell counts of n rows resampled with
 * replacement, so it is the row bootstrap of a statistic that depends on the rows only through
 * their counts — and returns the SD of the finite replicate values and how many were not finite.
 * The multinomial is drawn as a chain of binomials; a binomial with fewer than 1000 expected
 * draws of the rarer kind is exact (geometric waiting times), a larger one uses the normal
 * approximation, whose skewness there is below 0.03.
 * Complexity: O(B · (cells · min(1000, n) + cost of the statistic)), instead of O(B · n) for
 * resampling rows. Reference: Efron & Tibshirani 1993, ch. 6; Devroye 1986, ch. X (binomial).
 */
import { Xoshiro128ss } from '../rng';

const EXACT_BELOW = 1000;

function binomial(rng: Xoshiro128ss, n: number, p: number): number {
  if (n <= 0 || p <= 0) return 0;
  if (p >= 1) return n;
  const q = Math.min(p, 1 - p);
  let x: number;
  if (n * q < EXACT_BELOW) {
    // Count successes of probability q by summing geometric gaps between them.
    const logFail = Math.log1p(-q);
    x = 0;
    let position = 0;
    for (;;) {
      position += Math.floor(Math.log(rng.uniform()) / logFail) + 1;
      if (position > n) break;
      x++;
    }
  } else {
    x = Math.round(n * q + Math.sqrt(n * q * (1 - q)) * rng.normal());
    x = Math.min(n, Math.max(0, x));
  }
  return q === p ? x : n - x;
}

/** One multinomial draw of `n` over the cells' probabilities `counts / n`. */
export function multinomialResample(rng: Xoshiro128ss, counts: Float64Array, out: Float64Array): void {
  let remaining = 0;
  for (let k = 0; k < counts.length; k++) remaining += counts[k];
  let mass = remaining;
  for (let k = 0; k < counts.length; k++) {
    if (mass <= 0 || remaining <= 0) {
      out[k] = 0;
      continue;
    }
    const draw = k === counts.length - 1 ? remaining : binomial(rng, remaining, counts[k] / mass);
    out[k] = draw;
    remaining -= draw;
    mass -= counts[k];
  }
}

export function bootstrapCountsSe(
  counts: Float64Array,
  replicates: number,
  seed: number,
  statistic: (counts: Float64Array) => number,
): { se: number; failed: number } {
  const rng = new Xoshiro128ss(seed);
  const table = new Float64Array(counts.length);
  let s = 0;
  let ss = 0;
  let ok = 0;
  for (let b = 0; b < replicates; b++) {
    multinomialResample(rng, counts, table);
    const v = statistic(table);
    if (!Number.isFinite(v)) continue;
    ok++;
    s += v;
    ss += v * v;
  }
  const m = s / ok;
  return { se: ok > 1 ? Math.sqrt(Math.max(0, (ss - ok * m * m) / (ok - 1))) : NaN, failed: replicates - ok };
}
