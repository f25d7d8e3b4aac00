/**
 * engine/sim/estimators/gcomp — standardization (g-computation, the parametric g-formula).
 *
 * Contract: fits m̂₁ and m̂₀ per arm on the adjustment set Z (OLS for continuous Y, logistic for
 * 0/1 Y) and returns τ̂ = mean(m̂₁(Zᵢ) − m̂₀(Zᵢ)). SE by the delta method:
 * g₁′V₁g₁ + g₀′V₀g₀ + Var(m̂₁ − m̂₀)/n, with gₐ the mean gradient of m̂ₐ in its coefficients and Vₐ
 * their (robust) covariance; the last term is the sampling variance of Z. Needs a 0/1 treatment.
 * Complexity: O(n·k²). Reference: Robins 1986; Hernán & Robins 2020, ch. 13.
 */
import { quadForm } from '../linalg';
import { fitArmModel, isZeroOne } from './armModel';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, waldCi } from './types';

export function gcompEstimate(ctx: EstimatorContext, set: readonly string[], name: string): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  if (!isZeroOne(t)) return { kind: 'gcomp', name, error: 'g-computation here needs a 0/1 treatment' };
  const z = columnsOf(ctx, set);
  const m1 = fitArmModel(y, z, t, 1);
  const m0 = fitArmModel(y, z, t, 0);
  if (!m1 || !m0) return { kind: 'gcomp', name, error: 'an arm model could not be fitted (too few units or collinear)' };
  const n = y.length;
  const diff = new Float64Array(n);
  let estimate = 0;
  for (let i = 0; i < n; i++) {
    diff[i] = m1.predictions[i] - m0.predictions[i];
    estimate += diff[i];
  }
  estimate /= n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (diff[i] - estimate) ** 2;
  const variance = quadForm(m1.cov, m1.gradient, m1.k) + quadForm(m0.cov, m0.gradient, m0.k) + ss / (n - 1) / n;
  const se = Math.sqrt(variance);
  const warnings = m1.converged && m0.converged ? [] : ['a logistic arm model did not converge (separation?)'];
  return {
    kind: 'gcomp', name, estimand: 'ATE', estimate, se, ci: waldCi(estimate, se), set: [...set].sort(), warnings,
    diagnostics: { model: m1.logistic ? 'logistic per arm' : 'OLS per arm' },
  };
}
