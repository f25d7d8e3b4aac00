/**
 * Estimators and their standard errors against closed forms computed by hand on small data sets.
 */
import { describe, expect, it } from 'vitest';
import { aipwEstimate } from '../../../src/engine/sim/estimators/aipw';
import { gcompEstimate } from '../../../src/engine/sim/estimators/gcomp';
import { ipwEstimate } from '../../../src/engine/sim/estimators/ipw';
import { ivEstimate } from '../../../src/engine/sim/estimators/iv';
import { naiveEstimate } from '../../../src/engine/sim/estimators/naive';
import { strataEstimate } from '../../../src/engine/sim/estimators/strata';
import type { EstimateResult, EstimatorContext } from '../../../src/engine/sim/estimators/types';
import { fitLogit } from '../../../src/engine/sim/logit';
import { fitOls, olsSe } from '../../../src/engine/sim/ols';
import { Xoshiro128ss } from '../../../src/engine/sim/rng';
import type { ObservedData } from '../../../src/engine/sim/sample';

const f64 = (xs: number[]) => Float64Array.from(xs);

function context(columns: Record<string, number[] | Float64Array>, treatment = 'T', outcome = 'Y'): EstimatorContext {
  const cols = Object.fromEntries(Object.entries(columns).map(([k, v]) => [k, Float64Array.from(v)]));
  const data: ObservedData = { n: cols[treatment].length, ids: Object.keys(cols), kinds: {}, columns: cols };
  return { data, treatment, outcome, bootstrapSeed: 1 };
}

function ok(result: ReturnType<typeof naiveEstimate>): EstimateResult {
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('OLS', () => {
  it('recovers exact coefficients from noiseless data', () => {
    const x = f64([0, 1, 2, 3, 4, 7]);
    const z = f64([1, 0, 2, 5, 3, 1]);
    const y = Float64Array.from(x, (v, i) => 1 + 2 * v - 3 * z[i]);
    const fit = fitOls(y, [x, z])!;
    [1, 2, -3].forEach((b, j) => expect(fit.beta[j]).toBeCloseTo(b, 12));
    expect(fit.rss).toBeLessThan(1e-20);
  });

  it('gives the hand-computed HC0, HC1 and HC3 slope variances', () => {
    // x = 0…3, y = 1 3 2 5: slope 1.1, residuals −0.1 0.8 −1.3 0.6, leverages 0.7 0.3 0.3 0.7.
    const x = f64([0, 1, 2, 3]);
    const y = f64([1, 3, 2, 5]);
    const hc0 = fitOls(y, [x], { hc: 'HC0' })!;
    expect(hc0.beta[1]).toBeCloseTo(1.1, 12);
    expect(hc0.beta[0]).toBeCloseTo(1.1, 12);
    expect(olsSe(hc0, 1) ** 2).toBeCloseTo(1.415 / 25, 12);
    expect(olsSe(fitOls(y, [x], { hc: 'HC1' })!, 1) ** 2).toBeCloseTo((1.415 / 25) * 2, 12);
    const hc3 = (2.25 * (0.1 / 0.3) ** 2 + 0.25 * (0.8 / 0.7) ** 2 + 0.25 * (1.3 / 0.7) ** 2 + 2.25 * (0.6 / 0.3) ** 2) / 25;
    expect(olsSe(fitOls(y, [x], { hc: 'HC3' })!, 1) ** 2).toBeCloseTo(hc3, 12);
    // Small samples default to HC3.
    expect(fitOls(y, [x])!.hc).toBe('HC3');
  });

  it('returns null for a collinear design', () => {
    const x = f64([1, 2, 3, 4]);
    expect(fitOls(f64([1, 2, 3, 5]), [x, Float64Array.from(x, (v) => 2 * v)])).toBeNull();
  });
});

describe('logistic regression (IRLS)', () => {
  it('matches the saturated 2×2 closed form: log odds and Σ 1/cell counts', () => {
    // x = 0: 30 of 100 have y = 1; x = 1: 60 of 80.
    const x: number[] = [];
    const y: number[] = [];
    const add = (xv: number, ones: number, total: number) => {
      for (let i = 0; i < total; i++) {
        x.push(xv);
        y.push(i < ones ? 1 : 0);
      }
    };
    add(0, 30, 100);
    add(1, 60, 80);
    const fit = fitLogit(f64(y), [f64(x)])!;
    const logit = (p: number) => Math.log(p / (1 - p));
    expect(fit.converged).toBe(true);
    expect(fit.beta[0]).toBeCloseTo(logit(0.3), 10);
    expect(fit.beta[1]).toBeCloseTo(logit(0.75) - logit(0.3), 10);
    expect(fit.cov[3]).toBeCloseTo(1 / 30 + 1 / 70 + 1 / 60 + 1 / 20, 10);
  });

  it('flags complete separation as not converged', () => {
    const fit = fitLogit(f64([0, 0, 0, 1, 1, 1]), [f64([1, 2, 3, 4, 5, 6])]);
    expect(fit === null || !fit.converged).toBe(true);
  });
});

describe('contrasts of means', () => {
  it('naive: difference in means with the Welch SE', () => {
    const r = ok(naiveEstimate(context({ T: [1, 1, 1, 0, 0], Y: [1, 2, 3, 2, 4] })));
    expect(r.estimate).toBeCloseTo(-1, 12);
    expect(r.se).toBeCloseTo(Math.sqrt(1 / 3 + 2 / 2), 12);
    expect(r.ci[0]).toBeCloseTo(-1 - 1.959963984540054 * r.se, 12);
  });

  it('naive with a continuous treatment: the slope', () => {
    const r = ok(naiveEstimate(context({ T: [0, 1, 2, 3], Y: [1, 3, 2, 5] })));
    expect(r.estimate).toBeCloseTo(1.1, 12);
  });

  // Large arms (≥ 250) so the per-arm models use HC1, whose intercept-only variance is s²/n.
  const rng = new Xoshiro128ss(4);
  const t = Array.from({ length: 1200 }, (_, i) => (i % 3 === 0 ? 1 : 0));
  const y = t.map((ti) => 2 * ti + rng.normal());
  const base = ok(naiveEstimate(context({ T: t, Y: y })));

  it('g-computation, IPW and AIPW without covariates reduce to the difference in means', () => {
    const g = ok(gcompEstimate(context({ T: t, Y: y }), [], 'g'));
    expect(g.estimate).toBeCloseTo(base.estimate, 12);
    expect(g.se).toBeCloseTo(base.se, 12);
    expect(ok(ipwEstimate(context({ T: t, Y: y }), [], 'ipw')).estimate).toBeCloseTo(base.estimate, 12);
    const att = ok(ipwEstimate(context({ T: t, Y: y }), [], 'ipw', 'ATT'));
    expect(att.estimand).toBe('ATT');
    expect(att.estimate).toBeCloseTo(base.estimate, 12);
    expect(ok(aipwEstimate(context({ T: t, Y: y }), [], 'aipw')).estimate).toBeCloseTo(base.estimate, 12);
  });

  it('IPW: the stacked sandwich SE is no larger than the known-PS SE, and both are close to the Welch SE', () => {
    const r = ok(ipwEstimate(context({ T: t, Y: y }), [], 'ipw'));
    expect(r.se).toBeLessThanOrEqual((r.diagnostics.seKnownPs as number) + 1e-15);
    expect(Math.abs(r.se / base.se - 1)).toBeLessThan(0.01);
  });
});

describe('stratification', () => {
  // Z = 0: treated 2 4, control 1 3; Z = 1: treated 5 7 9, control 1 3; Z = 2: treated only.
  const data = {
    Z: [0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2],
    T: [1, 1, 0, 0, 1, 1, 1, 0, 0, 1, 1],
    Y: [2, 4, 1, 3, 5, 7, 9, 1, 3, 10, 12],
  };
  it('weights stratum differences by stratum size (ATE) with the stratified variance', () => {
    const r = ok(strataEstimate(context(data), ['Z'], 's', 'ATE'));
    expect(r.estimate).toBeCloseTo(29 / 9, 12);
    expect(r.se ** 2).toBeCloseTo((16 / 81) * 2 + (25 / 81) * (7 / 3), 12);
  });
  it('weights by treated counts for the ATT', () => {
    expect(ok(strataEstimate(context(data), ['Z'], 's', 'ATT')).estimate).toBeCloseTo((2 / 5) * 1 + (3 / 5) * 5, 12);
  });
  it('warns when an arm of a stratum has a single unit', () => {
    const single = { Z: [...data.Z, 3, 3, 3], T: [...data.T, 1, 0, 0], Y: [...data.Y, 4, 1, 2] };
    expect(ok(strataEstimate(context(single), ['Z'], 's', 'ATE')).warnings).toContain('1 strata have an arm with a single unit, whose variance cannot be estimated: the SE is too small');
  });
  it('lists the stratum lacking an arm instead of dropping it silently', () => {
    const r = ok(strataEstimate(context(data), ['Z'], 's', 'ATE'));
    expect(r.diagnostics.droppedStrata).toEqual([2]);
    expect(r.diagnostics.droppedUnits).toBe(2);
    expect(r.warnings[0]).toMatch(/1 strata \(2 units\) lack one arm/);
  });
});

describe('2SLS', () => {
  it('with one instrument and no covariates equals the Wald ratio cov(Z, Y)/cov(Z, X)', () => {
    const rng = new Xoshiro128ss(8);
    const n = 500;
    const z = Array.from({ length: n }, () => rng.normal());
    const u = Array.from({ length: n }, () => rng.normal());
    const x = z.map((zi, i) => 0.8 * zi + u[i] + rng.normal());
    const y = x.map((xi, i) => 0.5 * xi + u[i] + rng.normal());
    const cov = (a: number[], b: number[]) => {
      const ma = a.reduce((s, v) => s + v) / n;
      const mb = b.reduce((s, v) => s + v) / n;
      return a.reduce((s, v, i) => s + (v - ma) * (b[i] - mb), 0);
    };
    const r = ok(ivEstimate(context({ Z: z, X: x, Y: y }, 'X', 'Y'), ['Z'], [], 'iv'));
    expect(r.estimate).toBeCloseTo(cov(z, y) / cov(z, x), 12);
    expect(r.diagnostics.firstStageF as number).toBeGreaterThan(100);
    expect(r.warnings).toEqual([]);
  });
});

describe('bootstrap cross-check', () => {
  it('the bootstrap SE of IPW agrees with the stacked sandwich SE (seed article, n = 1000, B = 200)', async () => {
    const { getSimPreset } = await import('../../../src/engine/sim/presets');
    const { compileScm, sampleScm } = await import('../../../src/engine/sim/sample');
    const { runEstimator } = await import('../../../src/engine/sim/estimators/run');
    const preset = getSimPreset('seed-article');
    const data = sampleScm(compileScm(preset.spec, preset.graph), 1000, 17).observed;
    const ctx = { data, treatment: 'T', outcome: 'Y', bootstrapSeed: 5 };
    for (const kind of ['ipw'] as const) {
      const r = ok(runEstimator(ctx, { kind, set: ['pa', 'de'], bootstrapCheck: 200 }, preset.graph));
      const bootSe = r.diagnostics.bootstrapSe as number;
      const [lo, hi] = r.diagnostics.bootstrapCi as readonly number[];
      // B = 200 gives the bootstrap SE a relative Monte Carlo error of about 1/√(2B) = 5%.
      expect(Math.abs(bootSe / r.se - 1)).toBeLessThan(0.2);
      expect(lo).toBeLessThan(r.estimate);
      expect(hi).toBeGreaterThan(r.estimate);
      expect(r.diagnostics.bootstrapFailed).toBe(0);
    }
  });
});
