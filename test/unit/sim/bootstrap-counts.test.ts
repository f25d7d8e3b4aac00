import { describe, expect, it } from 'vitest';
import { Xoshiro128ss } from '../../../src/engine/sim/rng';
import { bootstrapSe } from '../../../src/engine/sim/estimators/bootstrap';
import { bootstrapCountsSe, multinomialResample } from '../../../src/engine/sim/estimators/bootstrap-counts';

describe('bootstrap of a count table', () => {
  it('draws tables that keep the total and match multinomial means and variances', () => {
    for (const counts of [
      [3, 0, 5, 2],
      [40_000, 35_000, 20_000, 4_000, 1_000],
      [1, 99_999],
    ]) {
      const c = Float64Array.from(counts);
      const n = counts.reduce((a, b) => a + b, 0);
      const rng = new Xoshiro128ss(11);
      const out = new Float64Array(c.length);
      const reps = 4000;
      const sum = new Float64Array(c.length);
      const sumSq = new Float64Array(c.length);
      for (let r = 0; r < reps; r++) {
        multinomialResample(rng, c, out);
        expect(out.reduce((a, b) => a + b, 0)).toBe(n);
        for (let k = 0; k < c.length; k++) {
          expect(Number.isInteger(out[k]) && out[k] >= 0).toBe(true);
          sum[k] += out[k];
          sumSq[k] += out[k] * out[k];
        }
      }
      for (let k = 0; k < c.length; k++) {
        const p = counts[k] / n;
        const mean = sum[k] / reps;
        const variance = sumSq[k] / reps - mean * mean;
        const trueVar = n * p * (1 - p);
        // Mean within 5 Monte Carlo SEs; variance within 15 % (4000 draws: its relative SE is about 2.3 %).
        expect(Math.abs(mean - n * p)).toBeLessThanOrEqual(5 * Math.sqrt(trueVar / reps) + 1e-9);
        if (trueVar > 0) expect(Math.abs(variance / trueVar - 1)).toBeLessThan(0.15);
        else expect(variance).toBe(0);
      }
    }
  });

  it('gives the same standard error as resampling rows, for a statistic of the counts', () => {
    // A binary column with 30 % ones; the statistic is the share of ones.
    const n = 2000;
    const column = Float64Array.from({ length: n }, (_, i) => (i % 10 < 3 ? 1 : 0));
    const rows = bootstrapSe(n, 2000, 5, (idx) => {
      let s = 0;
      for (let i = 0; i < idx.length; i++) s += column[idx[i]];
      return s / n;
    });
    const counts = bootstrapCountsSe(Float64Array.from([n * 0.7, n * 0.3]), 2000, 5, (t) => t[1] / n);
    const exact = Math.sqrt((0.3 * 0.7) / n);
    expect(Math.abs(rows.se / exact - 1)).toBeLessThan(0.08);
    expect(Math.abs(counts.se / exact - 1)).toBeLessThan(0.08);
  });
});
