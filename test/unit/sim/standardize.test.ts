import { describe, expect, it } from 'vitest';
import { getSimPreset } from '../../../src/engine/sim/presets';
import { compileScm, sampleScm } from '../../../src/engine/sim/sample';
import type { ScmSpec } from '../../../src/engine/sim/spec';
import { standardizeScm } from '../../../src/engine/sim/standardize';

/** Σ = (I − B)⁻¹ Ω (I − B)⁻ᵀ with B[i][j] = coefficient of j in i, by Gauss–Jordan inversion. */
function impliedCovariance(spec: ScmSpec): Map<string, number> {
  const ids = spec.nodes.map((n) => n.id);
  const p = ids.length;
  const a = ids.map((id, i) => ids.map((jd, j) => {
    const eq = spec.nodes[i].eq;
    const b = eq.type === 'linear' ? (eq.coef[jd] ?? 0) : NaN;
    return (i === j ? 1 : 0) - b;
  }));
  const inv: number[][] = ids.map((_, i) => ids.map((__, j) => (i === j ? 1 : 0)));
  for (let c = 0; c < p; c++) {
    let pivot = c;
    for (let r = c + 1; r < p; r++) if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    [a[c], a[pivot]] = [a[pivot], a[c]];
    [inv[c], inv[pivot]] = [inv[pivot], inv[c]];
    const d = a[c][c];
    for (let j = 0; j < p; j++) {
      a[c][j] /= d;
      inv[c][j] /= d;
    }
    for (let r = 0; r < p; r++) {
      if (r === c) continue;
      const f = a[r][c];
      for (let j = 0; j < p; j++) {
        a[r][j] -= f * a[c][j];
        inv[r][j] -= f * inv[c][j];
      }
    }
  }
  const omega = spec.nodes.map((n) => (n.eq.type === 'linear' && n.eq.noise.dist === 'normal' ? n.eq.noise.sd ** 2 : NaN));
  const out = new Map<string, number>();
  ids.forEach((id, i) => out.set(id, inv[i].reduce((s, v, k) => s + v * v * omega[k], 0)));
  return out;
}

describe('standardize', () => {
  it('solves noise SDs so every implied variance is 1 (checked by (I − B)⁻¹Ω(I − B)⁻ᵀ and by sampling)', () => {
    const lin = (id: string, coef: Record<string, number>, sd: number, latent = false) =>
      ({ id, kind: 'continuous', ...(latent ? { latent: true } : {}), eq: { type: 'linear', intercept: 1, coef, noise: { dist: 'normal', sd } } }) as const;
    const specs: ScmSpec[] = [
      { version: 1, seed: 1, n: 100, treatment: 'X', outcome: 'Y', nodes: [lin('U', {}, 2, true), lin('Z', {}, 3), lin('X', { Z: 0.2, U: -0.3 }, 1), lin('M', { X: 0.5 }, 0.5), lin('Y', { Z: 0.1, M: 0.3, X: 0.2, U: 0.2 }, 1)] },
      { version: 1, seed: 1, n: 100, treatment: 'A', outcome: 'C', nodes: [lin('A', {}, 1), lin('B', { A: -0.9 }, 1), lin('C', { A: 0.5, B: 0.5 }, 1)] },
    ];
    for (const spec of specs) {
      const result = standardizeScm(spec);
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      for (const [, v] of impliedCovariance(result.spec)) expect(v).toBeCloseTo(1, 12);
      const sample = sampleScm(compileScm(result.spec), 40_000, 3);
      for (const [, col] of sample.all) {
        let m = 0;
        for (const x of col) m += x / col.length;
        let ss = 0;
        for (const x of col) ss += (x - m) ** 2;
        expect(Math.abs(ss / col.length - 1)).toBeLessThan(0.05);
      }
    }
  });

  it('reports infeasibility when the coefficients alone give a variance ≥ 1 (the unstandardized presets)', () => {
    for (const name of ['backdoor-mediator', 'frontdoor-linear', 'iv', 'm-bias']) expect(standardizeScm(getSimPreset(name).spec).ok).toBe(false);
    const preset = getSimPreset('collider');
    const result = standardizeScm(preset.spec);
    // C = X + Y with Var(X) = Var(Y) = 1 and Cov(X, Y) = 0.5: implied variance 3.
    expect(result).toMatchObject({ ok: false, reason: 'infeasible', node: 'C' });
    if (!result.ok && result.reason === 'infeasible') expect(result.impliedVariance).toBeCloseTo(3, 12);
  });

  it('refuses non-linear models', () => {
    expect(standardizeScm(getSimPreset('frontdoor-binary').spec)).toMatchObject({ ok: false, reason: 'not-linear', nodes: ['U', 'X', 'M', 'Y'] });
  });
});
