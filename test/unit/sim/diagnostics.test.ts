import { describe, expect, it } from 'vitest';
import { chiSquareSurvival, mde, normalQuantile, srmTest } from '../../../src/engine/sim/diagnostics/abtest';
import { kishEss, smd } from '../../../src/engine/sim/diagnostics/balance';
import { sampleToCsv } from '../../../src/engine/sim/csv';
import { getSimPreset } from '../../../src/engine/sim/presets';
import { compileScm, sampleScm } from '../../../src/engine/sim/sample';

describe('sample ratio mismatch (SIMULATOR.md §7.1 examples)', () => {
  it('2550/2450 → p = 0.157, not flagged', () => {
    const r = srmTest([2550, 2450], [1, 1]);
    expect(r.chiSquare).toBeCloseTo(2, 12);
    expect(r.pValue).toBeCloseTo(0.1573, 4);
    expect(r.flagged).toBe(false);
  });
  it('2600/2400 → p = 0.0047, not flagged at 0.001', () => {
    const r = srmTest([2600, 2400], [1, 1]);
    expect(r.pValue).toBeCloseTo(0.00468, 5);
    expect(r.flagged).toBe(false);
  });
  it('44 000/45 000 → χ² = 11.2, p = 0.0008, flagged', () => {
    const r = srmTest([44000, 45000], [1, 1]);
    expect(r.chiSquare).toBeCloseTo(11.236, 3);
    expect(r.pValue).toBeCloseTo(0.0008, 4);
    expect(r.flagged).toBe(true);
  });
  it('χ² survival matches closed forms: df 2 is exp(−x/2), df 1 is 2(1 − Φ(√x))', () => {
    for (const x of [0.1, 1, 4, 9, 20]) expect(chiSquareSurvival(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
    expect(chiSquareSurvival(1.959963984540054 ** 2, 1)).toBeCloseTo(0.05, 9);
    expect(chiSquareSurvival(3, 3)).toBeCloseTo(0.391625, 6);
  });
});

describe('power', () => {
  it('normal quantiles', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 8);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621234, 8);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 8);
  });
  it('MDE of the randomized seed design: 0.0199 at n = 1000, 0.00888 at 5000, 0.00444 at 20 000', () => {
    const sd1 = 0.12098;
    const sd0 = 0.10247;
    expect(mde({ sd1, sd0, n1: 500, n0: 500 })).toBeCloseTo(0.0199, 4);
    expect(mde({ sd1, sd0, n1: 2500, n0: 2500 })).toBeCloseTo(0.00888, 5);
    expect(mde({ sd1, sd0, n1: 10000, n0: 10000 })).toBeCloseTo(0.00444, 5);
  });
});

describe('balance', () => {
  it('SMD uses the unweighted pooled SD and weighted means; Kish ESS', () => {
    const x = Float64Array.from([1, 2, 3, 4, 5, 6]);
    const t = Float64Array.from([1, 1, 1, 0, 0, 0]);
    // Means 2 and 5, both variances 2/3 (population form).
    expect(smd(x, t)).toBeCloseTo(-3 / Math.sqrt(2 / 3), 12);
    const w = Float64Array.from([1, 1, 4, 1, 1, 1]);
    expect(smd(x, t, w)).toBeCloseTo((15 / 6 - 5) / Math.sqrt(2 / 3), 12);
    expect(kishEss(w)).toBeCloseTo(81 / 21, 12);
  });
});

describe('CSV export', () => {
  it('writes observed columns only by default, latents labelled on request', () => {
    const preset = getSimPreset('frontdoor-binary');
    const scm = compileScm(preset.spec, preset.graph);
    const sample = sampleScm(scm, 4, 3);
    const csv = sampleToCsv(scm, sample);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('X,M,Y');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toBe(['X', 'M', 'Y'].map((id) => sample.all.get(id)![0]).join(','));
    expect(lines.slice(1, 5).every((l) => /^[01],[01],[01]$/.test(l))).toBe(true);
    expect(sampleToCsv(scm, sample, { latents: true }).split('\r\n')[0]).toBe('X,M,Y,latent:U');
  });
  it('round-trips continuous values exactly', () => {
    const preset = getSimPreset('iv');
    const scm = compileScm(preset.spec, preset.graph);
    const sample = sampleScm(scm, 20, 1);
    const rows = sampleToCsv(scm, sample).trim().split('\r\n').slice(1);
    rows.forEach((row, i) => expect(Number(row.split(',')[0])).toBe(sample.all.get('Z')![i]));
  });
});

describe('plain-data dataset API', () => {
  it('returns observed and latent columns separately; do() keeps non-descendants', async () => {
    const { simulateDataset, simulateCsv } = await import('../../../src/engine/sim/dataset');
    const preset = getSimPreset('frontdoor-linear');
    const a = simulateDataset(preset.spec, { graph: preset.graph, n: 50, seed: 4 });
    expect(a.observed.ids).toEqual(['X', 'M', 'Y']);
    expect(Object.keys(a.latent)).toEqual(['U']);
    const b = simulateDataset(preset.spec, { graph: preset.graph, n: 50, seed: 4, interventions: { M: 0 } });
    expect(b.observed.columns.X).toEqual(a.observed.columns.X);
    expect(b.latent.U).toEqual(a.latent.U);
    expect(b.observed.columns.M.every((v) => v === 0)).toBe(true);
    expect(simulateCsv(preset.spec, { graph: preset.graph, n: 3, seed: 4, latents: true }).split('\r\n')[0]).toBe('X,M,Y,latent:U');
  });
});

describe('sample-level warnings', () => {
  it('flags a rare binary treatment', async () => {
    const { runCheck } = await import('../../../src/engine/sim/check');
    const preset = getSimPreset('frontdoor-binary');
    const spec = {
      ...preset.spec,
      nodes: preset.spec.nodes.map((n) => (n.id === 'X' ? { ...n, eq: { type: 'logistic' as const, intercept: -7, coef: { U: 2 } } } : n)),
    };
    const result = runCheck(spec, { graph: preset.graph, estimators: [{ kind: 'naive' }], n: 4000 });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/^X is rare: event rate 0\.00\d+ \(expect unstable fits and separation\)$/);
  });
});
