/**
 * The acceptance numbers of SIMULATOR.md §7 at fixed seeds. Single-seed tolerances are about
 * 4 empirical SDs; the coverage test uses 3 MC standard errors (R = 500 → ±0.029).
 */
import { describe, expect, it } from 'vitest';
import { isFailedRow, runCheck, type SimCheckFailureRow, type SimCheckResult, type SimCheckRow } from '../../../src/engine/sim/check';
import { runCoverage } from '../../../src/engine/sim/coverage';
import type { EstimatorKind } from '../../../src/engine/sim/estimators/types';
import { getSimPreset } from '../../../src/engine/sim/presets';
import { compileScm } from '../../../src/engine/sim/sample';
import { seedArticleReport } from '../../../src/engine/sim/seedArticle';
import type { NodeSpec, ScmSpec } from '../../../src/engine/sim/spec';
import { computeTruth, linearTotalEffect } from '../../../src/engine/sim/truth';

function row(result: SimCheckResult, kind: EstimatorKind, index = 0): SimCheckRow {
  const rows = result.rows.filter((r) => r.kind === kind);
  const r = rows[index] as SimCheckRow | SimCheckFailureRow | undefined;
  if (!r || isFailedRow(r)) throw new Error(`no ${kind} row: ${r && 'error' in r ? r.error : 'missing'}`);
  return r;
}

function presetCheck(name: string, edit?: (spec: ScmSpec) => ScmSpec) {
  const preset = getSimPreset(name);
  return runCheck(edit ? edit(preset.spec) : preset.spec, { graph: preset.graph, estimators: preset.estimators });
}

describe('§7.1 seed article DGP (n = 5000, fixed seed)', () => {
  const report = seedArticleReport();
  const obs = report.observational;
  const rand = report.randomized;

  it('randomized difference in means within 0.0125 of 0.115', () => {
    expect(Math.abs(row(rand, 'naive').estimate - 0.115)).toBeLessThanOrEqual(0.0125);
    expect(row(rand, 'naive').valid).toBe(true);
  });
  it('IPW within 0.015 and AIPW within 0.008 of 0.115', () => {
    expect(Math.abs(row(obs, 'ipw').estimate - 0.115)).toBeLessThanOrEqual(0.015);
    expect(Math.abs(row(obs, 'aipw').estimate - 0.115)).toBeLessThanOrEqual(0.008);
  });
  it('IPW with ATT weights is scored against the ATT (0.12365) and lands within 0.015 of it', () => {
    const preset = getSimPreset('seed-article');
    const att = runCheck(preset.spec, { graph: preset.graph, nTruth: 100_000, estimators: [{ kind: 'ipw', set: ['pa', 'de'], estimand: 'ATT' }] });
    const r = row(att, 'ipw');
    expect(r.estimand).toBe('ATT');
    expect(r.truth).toBe(att.truth.att!.value);
    expect(Math.abs(r.estimate - 0.12365)).toBeLessThanOrEqual(0.015);
  });
  it('the naive contrast is biased upwards by at least 0.07 and flagged invalid', () => {
    const naive = row(obs, 'naive');
    expect(naive.estimate - 0.115).toBeGreaterThanOrEqual(0.07);
    expect(naive.valid).toBe(false);
    expect(naive.validity.reasons[0]).toMatch(/the non-causal path T ← pa → Y is open/);
  });
  it('stratification on 5 quantile bins of pa lies in [0.113, 0.133] and removes ≥ 0.06 of the naive bias', () => {
    const s = row(obs, 'strata').estimate;
    expect(s).toBeGreaterThanOrEqual(0.113);
    expect(s).toBeLessThanOrEqual(0.133);
    expect(row(obs, 'naive').estimate - s).toBeGreaterThanOrEqual(0.06);
  });
  it('no sample-level warning: T is common', () => {
    expect(obs.warnings).toEqual([]);
  });
  it('a truth passed back in is reused as is', () => {
    const preset = getSimPreset('seed-article');
    const again = runCheck(preset.spec, { graph: preset.graph, estimators: [{ kind: 'naive' }], truth: obs.truth });
    expect(again.truth).toBe(obs.truth);
    expect(row(again, 'naive').truth).toBe(obs.truth.ate.value);
  });
  it('the OLS heterogeneity warning fires', () => {
    expect(obs.truth.heterogeneous).toBe(true);
    expect(row(obs, 'ols').warnings.some((w) => /variance-weighted average/.test(w))).toBe(true);
  });
  it('the truth engine (MC-CRN) returns ATE 0.115 and ATT 0.12365 within 3 MC SEs', () => {
    expect(obs.truth.method).toBe('mc-crn');
    expect(Math.abs(obs.truth.ate.value - 0.115)).toBeLessThanOrEqual(3 * obs.truth.ate.mcse);
    expect(Math.abs(obs.truth.att!.value - 0.12365)).toBeLessThanOrEqual(3 * obs.truth.att!.mcse);
    expect(Math.abs(obs.truth.atc!.value - 0.1076)).toBeLessThanOrEqual(3 * obs.truth.atc!.mcse + 0.00001);
    expect(Math.abs(obs.truth.pTreated! - 0.46121)).toBeLessThan(0.004);
  });
  it('SMD of prior activity: > 0.9 raw, < 0.1 after IPW', () => {
    const pa = report.balance.find((b) => b.covariate === 'pa')!;
    expect(pa.smdRaw).toBeGreaterThan(0.9);
    expect(Math.abs(pa.smdIpw)).toBeLessThan(0.1);
    expect((obs.diagnostics.smdRaw as Record<string, number>).pa).toBeCloseTo(pa.smdRaw, 12);
  });
  it('SRM check passes on the randomized split; MDE at n = 5000 is 0.00888', () => {
    expect(report.srm.counts[0] + report.srm.counts[1]).toBe(5000);
    expect(report.srm.flagged).toBe(false);
    expect(Math.abs(report.mde.value - 0.00888)).toBeLessThan(0.0002);
  });
  it('writes a Markdown memo with both tables, balance, SRM and MDE', () => {
    for (const heading of ['## Randomized 50/50', '## Observational', '## Covariate balance', 'Sample ratio check', 'Minimum detectable effect']) {
      expect(report.memo).toContain(heading);
    }
  });
});

describe('§7.1 coverage (R = 500, n = 5000)', () => {
  it('randomized difference in means and AIPW cover the PATE 92–98% of the time', () => {
    const preset = getSimPreset('seed-article-randomized');
    const result = runCoverage(preset.spec, {
      graph: preset.graph,
      replicates: 500,
      nTruth: 200_000,
      estimators: [{ kind: 'naive' }, { kind: 'aipw', set: ['pa', 'de'] }],
    });
    for (const r of result.rows) {
      expect(r.runs).toBe(500);
      expect(r.coverage!).toBeGreaterThanOrEqual(0.92);
      expect(r.coverage!).toBeLessThanOrEqual(0.98);
      expect(Math.abs(r.seRatio - 1)).toBeLessThan(0.15);
      expect(r.coverageMcse!).toBeCloseTo(Math.sqrt((r.coverage! * (1 - r.coverage!)) / 500), 12);
      expect(r.histogram.counts.reduce((a, b) => a + b, 0)).toBe(500);
    }
  }, 60_000);
});

describe('§7.2 linear backdoor with a mediator', () => {
  const result = presetCheck('backdoor-mediator');
  it('the closed form equals the path-product sum 0.3 + 0.5·0.6 = 0.6 exactly', () => {
    const preset = getSimPreset('backdoor-mediator');
    expect(linearTotalEffect(compileScm(preset.spec, preset.graph), 'X', 'Y')).toBe(0.3 + 0.5 * 0.6);
    expect(result.truth.method).toBe('closed-form');
    expect(result.truth.ate.value).toBe(0.6);
  });
  it('OLS Y ~ X + Z is within 0.066 of 0.6; adding M over-controls and is flagged as a mediator', () => {
    expect(Math.abs(row(result, 'ols', 0).estimate - 0.6)).toBeLessThanOrEqual(0.066);
    const over = row(result, 'ols', 1);
    expect(Math.abs(over.estimate - 0.3)).toBeLessThanOrEqual(0.066);
    expect(over.valid).toBe(false);
    expect(over.validity.reasons).toEqual(['M is a mediator (on a causal path X → Y): adjusting for it removes part of the effect']);
    expect(row(result, 'naive').estimate - 0.6).toBeGreaterThan(0.25);
  });
});

describe('§7.3 front-door with a latent confounder', () => {
  it('linear: |α̂·β̂ − 0.35| ≤ 0.05 and naive − 0.35 ≥ 0.4', () => {
    const result = presetCheck('frontdoor-linear');
    expect(result.truth.ate.value).toBeCloseTo(0.35, 14);
    expect(Math.abs(row(result, 'frontdoor').estimate - 0.35)).toBeLessThanOrEqual(0.05);
    expect(row(result, 'frontdoor').valid).toBe(true);
    expect(row(result, 'naive').estimate - 0.35).toBeGreaterThanOrEqual(0.4);
  });
  it('binary: exact truth 0.242563, |plug-in − 0.2426| ≤ 0.045, identification plug-in agrees', () => {
    const result = presetCheck('frontdoor-binary');
    expect(result.truth.method).toBe('enumeration');
    expect(result.truth.ate.value).toBeCloseTo(0.242563, 6);
    const fd = row(result, 'frontdoor');
    expect(Math.abs(fd.estimate - 0.2426)).toBeLessThanOrEqual(0.045);
    expect(fd.se).toBeGreaterThan(0.005);
    expect(fd.se).toBeLessThan(0.02);
    expect(row(result, 'idplugin').estimate).toBeCloseTo(fd.estimate, 12);
    expect(row(result, 'idplugin').valid).toBe(true);
  });
});

describe('§7.4 collider adjustment has a predictable sign', () => {
  const withCoefficients = (cx: number, cy: number) => (spec: ScmSpec): ScmSpec => ({
    ...spec,
    nodes: spec.nodes.map((n): NodeSpec => (n.id === 'C' ? { ...n, eq: { type: 'linear', intercept: 0, coef: { X: cx, Y: cy }, noise: { dist: 'normal', sd: 1 } } } : n)),
  });
  for (const [cx, cy] of [[1, 1], [1, -1], [-1, 1], [0.5, 0.5]]) {
    it(`cₓ = ${cx}, c_y = ${cy}`, () => {
      const b = 0.5;
      const gamma = cy / (cy * cy + 1);
      const predicted = -gamma * (cx + b * cy);
      const result = presetCheck('collider', withCoefficients(cx, cy));
      const adjusted = row(result, 'ols');
      expect(adjusted.valid).toBe(false);
      expect(Math.sign(adjusted.bias!)).toBe(-Math.sign(cy * (cx + b * cy)));
      expect(Math.abs(adjusted.bias! - predicted)).toBeLessThanOrEqual(0.06);
    });
  }
});

describe('§7.5 instrumental variables', () => {
  it('2SLS within 0.1 of 0.5 with a strong first stage; OLS near 0.8788', () => {
    const result = presetCheck('iv');
    const iv = row(result, 'iv');
    expect(Math.abs(iv.estimate - 0.5)).toBeLessThanOrEqual(0.1);
    expect(iv.valid).toBe(true);
    expect(iv.diagnostics.firstStageF as number).toBeGreaterThan(1000);
    expect(iv.warnings).toEqual([]);
    expect(Math.abs(row(result, 'naive').estimate - 0.8788)).toBeLessThan(0.06);
  });
  it('the weak-instrument warning fires when Z → X is 0.02', () => {
    const iv = row(presetCheck('iv-weak'), 'iv');
    expect(iv.diagnostics.firstStageF as number).toBeLessThan(10);
    expect(iv.warnings.some((w) => /weak instrument/.test(w))).toBe(true);
  });
  it('LATE by CRN for a binary treatment equals the complier-weighted mean effect (quadrature)', () => {
    const preset = getSimPreset('iv');
    const binary: ScmSpec = {
      ...preset.spec,
      nodes: preset.spec.nodes.map((n): NodeSpec => {
        if (n.id === 'Z') return { id: 'Z', kind: 'binary', eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'bernoulli', p: 0.5 } } };
        if (n.id === 'X') return { id: 'X', kind: 'binary', eq: { type: 'logistic', intercept: -2, coef: { Z: 2, U: 1 } } };
        if (n.id === 'Y') return { id: 'Y', kind: 'continuous', eq: { type: 'expr', expr: 'X * (0.5 + U) + U + eps', noise: { dist: 'normal', sd: 1 }, output: 'continuous' } };
        return n;
      }),
    };
    const truth = computeTruth(compileScm(binary, preset.graph), { instrument: 'Z', nTruth: 100_000 });
    expect(truth.method).toBe('mc-crn');
    expect(Math.abs(truth.ate.value - 0.5)).toBeLessThan(4 * truth.ate.mcse);
    // A unit with latent u complies with probability σ(u) − σ(u − 2); its effect is 0.5 + u.
    const sigma = (x: number) => 1 / (1 + Math.exp(-x));
    let num = 0;
    let den = 0;
    for (let u = -8; u <= 8; u += 0.001) {
      const w = (sigma(u) - sigma(u - 2)) * Math.exp(-u * u / 2);
      num += w * (0.5 + u);
      den += w;
    }
    expect(num / den).toBeGreaterThan(0.7);
    expect(Math.abs(truth.late!.value - num / den)).toBeLessThan(4 * truth.late!.mcse);
  });
});
