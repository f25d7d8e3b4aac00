/**
 * engine/sim/estimators/aipw — augmented IPW (doubly robust).
 *
 * Contract: φᵢ = m̂₁(Zᵢ) − m̂₀(Zᵢ) + Tᵢ(yᵢ − m̂₁)/êᵢ − (1 − Tᵢ)(yᵢ − m̂₀)/(1 − êᵢ); τ̂ = mean φ;
 * SE = sd(φ)/√n. Consistent when either the PS model or the per-arm outcome models are right.
 * Outcome models: OLS per arm (continuous Y) or logistic (0/1 Y); PS: logistic. No cross-fitting
 * (not needed for these parametric models).
 * Complexity: O(n·k²). References: Robins, Rotnitzky & Zhao 1994; Glynn & Quinn 2010.
 */
import { fitArmModel, fitPropensity, isZeroOne } from './armModel';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, influenceSe, waldCi } from './types';

export function aipwEstimate(ctx: EstimatorContext, set: readonly string[], name: string): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  if (!isZeroOne(t)) return { kind: 'aipw', name, error: 'AIPW needs a 0/1 treatment' };
  const z = columnsOf(ctx, set);
  const ps = fitPropensity(t, z);
  const m1 = fitArmModel(y, z, t, 1);
  const m0 = fitArmModel(y, z, t, 0);
  if (!ps || !m1 || !m0) return { kind: 'aipw', name, error: 'a model could not be fitted (too few units or collinear)' };
  const n = y.length;
  const phi = new Float64Array(n);
  let estimate = 0;
  for (let i = 0; i < n; i++) {
    const e = ps.fitted[i];
    const a = m1.predictions[i];
    const b = m0.predictions[i];
    phi[i] = a - b + (t[i] === 1 ? (y[i] - a) / e : -(y[i] - b) / (1 - e));
    estimate += phi[i];
  }
  estimate /= n;
  const se = influenceSe(phi);
  const warnings: string[] = [];
  if (!ps.converged || !m1.converged || !m0.converged) warnings.push('a logistic model did not converge (separation?)');
  return {
    kind: 'aipw', name, estimand: 'ATE', estimate, se, ci: waldCi(estimate, se), set: [...set].sort(), warnings,
    diagnostics: { outcomeModel: m1.logistic ? 'logistic per arm' : 'OLS per arm' },
  };
}
