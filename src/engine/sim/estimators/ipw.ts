/**
 * engine/sim/estimators/ipw — inverse probability weighting (Hájek, normalised weights).
 *
 * Contract: ê from a logistic model of T on Z; μ̂ₐ are the weighted arm means, τ̂ = μ̂₁ − μ̂₀.
 * ATE weights: T/ê and (1 − T)/(1 − ê); ATT weights: T and (1 − T)ê/(1 − ê). SE from the stacked
 * M-estimation sandwich that includes the propensity-score step: with weights wₐ, their derivatives
 * dwₐ in the linear predictor, rₐ = 1(T = a)wₐ(Y − μₐ), hₐ = E[1(T = a)(Y − μₐ)dwₐ x],
 * I = E[ê(1 − ê)xx′] and S = (T − ê)x, the influence function is
 *   (r₁ + h₁′I⁻¹S)/E[Tw₁] − (r₀ + h₀′I⁻¹S)/E[(1 − T)w₀].
 * The conservative known-PS SE is reported as a diagnostic. Diagnostics: SMDs and variance ratios
 * before/after weighting, Kish ESS per arm, largest weight, mean stabilized weight, PS range.
 * Complexity: O(n·k²). References: Lunceford & Davidian 2004; Hernán & Robins 2020, ch. 12;
 * Austin & Stuart 2015.
 */
import { kishEss, smd, varianceRatio } from '../diagnostics/balance';
import { fitPropensity, isZeroOne } from './armModel';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, influenceSe, waldCi } from './types';

export function ipwEstimate(ctx: EstimatorContext, set: readonly string[], name: string, estimand: 'ATE' | 'ATT' = 'ATE'): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  if (!isZeroOne(t)) return { kind: 'ipw', name, error: 'IPW needs a 0/1 treatment' };
  const z = columnsOf(ctx, set);
  const ps = fitPropensity(t, z);
  if (!ps) return { kind: 'ipw', name, error: 'the propensity model could not be fitted (collinear design)' };
  const n = t.length;
  const e = ps.fitted;
  const k = ps.k;
  const att = estimand === 'ATT';
  // Weights and their derivatives in the linear predictor η = x′β (dê/dη = ê(1 − ê)):
  // ATE: 1/ê and 1/(1 − ê), derivatives −(1 − ê)/ê and ê/(1 − ê); ATT: 1 and ê/(1 − ê), 0 and ê/(1 − ê).
  const w = new Float64Array(n);
  const dw = new Float64Array(n);
  let s1 = 0;
  let s0 = 0;
  let a1 = 0;
  let a0 = 0;
  let pTreated = 0;
  for (let i = 0; i < n; i++) {
    if (t[i] === 1) {
      w[i] = att ? 1 : 1 / e[i];
      dw[i] = att ? 0 : -(1 - e[i]) / e[i];
      s1 += w[i];
      a1 += w[i] * y[i];
      pTreated++;
    } else {
      w[i] = att ? e[i] / (1 - e[i]) : 1 / (1 - e[i]);
      dw[i] = e[i] / (1 - e[i]);
      s0 += w[i];
      a0 += w[i] * y[i];
    }
  }
  pTreated /= n;
  const mu1 = a1 / s1;
  const mu0 = a0 / s0;
  const estimate = mu1 - mu0;
  // hₐ = E[1(T = a)(Y − μₐ) dwₐ x]: derivatives of the arm estimating equations in β.
  const h1 = new Float64Array(k);
  const h0 = new Float64Array(k);
  for (let a = 0; a < k; a++) {
    const x = ps.design[a];
    let u = 0;
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (t[i] === 1) u += (y[i] - mu1) * dw[i] * x[i];
      else v += (y[i] - mu0) * dw[i] * x[i];
    }
    h1[a] = u / n;
    h0[a] = v / n;
  }
  // gₐ = I⁻¹hₐ with I⁻¹ = n · cov(β̂), since cov is the inverse of the summed information.
  const g1 = new Float64Array(k);
  const g0 = new Float64Array(k);
  for (let a = 0; a < k; a++)
    for (let b = 0; b < k; b++) {
      g1[a] += h1[b] * ps.cov[b * k + a] * n;
      g0[a] += h0[b] * ps.cov[b * k + a] * n;
    }
  const norm1 = s1 / n;
  const norm0 = s0 / n;
  const phi = new Float64Array(n);
  const phiKnown = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let c1 = 0;
    let c0 = 0;
    for (let a = 0; a < k; a++) {
      const score = (t[i] - e[i]) * ps.design[a][i];
      c1 += g1[a] * score;
      c0 += g0[a] * score;
    }
    const r1 = t[i] === 1 ? w[i] * (y[i] - mu1) : 0;
    const r0 = t[i] === 0 ? w[i] * (y[i] - mu0) : 0;
    phiKnown[i] = r1 / norm1 - r0 / norm0;
    phi[i] = (r1 + c1) / norm1 - (r0 + c0) / norm0;
  }
  const se = influenceSe(phi);
  const stabilized = new Float64Array(n);
  let maxWeight = 0;
  let minE = 1;
  let maxE = 0;
  for (let i = 0; i < n; i++) {
    stabilized[i] = t[i] === 1 ? pTreated * w[i] : (1 - pTreated) * w[i];
    maxWeight = Math.max(maxWeight, w[i]);
    minE = Math.min(minE, e[i]);
    maxE = Math.max(maxE, e[i]);
  }
  const smdRaw: Record<string, number> = {};
  const smdWeighted: Record<string, number> = {};
  const varianceRatioRaw: Record<string, number> = {};
  const varianceRatioWeighted: Record<string, number> = {};
  set.forEach((id, j) => {
    smdRaw[id] = smd(z[j], t);
    smdWeighted[id] = smd(z[j], t, w);
    varianceRatioRaw[id] = varianceRatio(z[j], t);
    varianceRatioWeighted[id] = varianceRatio(z[j], t, w);
  });
  const warnings: string[] = [];
  if (!ps.converged) warnings.push('the propensity model did not converge (separation?)');
  if (minE < 0.01 || maxE > 0.99) warnings.push(`propensity scores reach [${minE.toPrecision(2)}, ${maxE.toPrecision(2)}]: limited overlap`);
  let meanStabilized = 0;
  for (let i = 0; i < n; i++) meanStabilized += stabilized[i] / n;
  return {
    kind: 'ipw', name, estimand, estimate, se, ci: waldCi(estimate, se), set: [...set].sort(), warnings,
    diagnostics: {
      seKnownPs: influenceSe(phiKnown),
      essTreated: kishEss(w, (i) => t[i] === 1),
      essControl: kishEss(w, (i) => t[i] === 0),
      nTreated: Math.round(pTreated * n),
      nControl: n - Math.round(pTreated * n),
      maxWeight,
      meanStabilizedWeight: att ? null : meanStabilized,
      psRange: [minE, maxE],
      smdRaw,
      smdWeighted,
      varianceRatioRaw,
      varianceRatioWeighted,
    },
  };
}
