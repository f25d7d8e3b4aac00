/**
 * engine/sim/estimators/frontdoor — the front-door estimator through mediators M.
 *
 * Contract: linear (any continuous column among T, M, Y): τ̂ = Σₘ α̂ₘβ̂ₘ with α̂ₘ from Mₘ ~ T and
 * β̂ from Y ~ M + T; SE by the delta method on the stacked OLS influence functions
 * (Σₘ β̂ₘ·IF(α̂ₘ) + α̂ₘ·IF(β̂ₘ)), which for one mediator is √(α̂²se(β̂)² + β̂²se(α̂)²) up to their
 * (asymptotically zero) covariance. Discrete (all of T, M, Y discrete): the plug-in
 * Σₘ P̂(m | t) Σₜ′ P̂(y | m, t′) P̂(t′) on the count table, with a bootstrap SE.
 * Complexity: linear O(n·|M|²); discrete O(n + states) per evaluation, × B for the bootstrap.
 * Reference: Pearl 1995 (Biometrika 82); Pearl 2009 Theorem 3.3.4.
 */
import { P, prod, sum } from '../../identify/expression';
import { cellIndex, jointFromCells } from '../joint';
import { fitOls, olsInfluence } from '../ols';
import { bootstrapCountsSe } from './bootstrap-counts';
import { pluginContrast } from './plugin';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, influenceSe, waldCi } from './types';

/** P(y | do(t)) = Σ_m P(m | t) Σ_t′ P(y | m, t′) P(t′), with t′ bound by the inner sum. */
export function frontdoorFormula(t: string, y: string, mediators: readonly string[]) {
  return sum(mediators, prod([P(mediators, [t]), sum([t], prod([P([y], [...mediators, t]), P([t])]))]));
}

function isDiscrete(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) if (!Number.isInteger(col[i]) || col[i] < 0 || col[i] > 16) return false;
  return true;
}

export function frontdoorEstimate(ctx: EstimatorContext, mediators: readonly string[], name: string, bootstrap = 200): EstimateResult | EstimatorFailure {
  if (mediators.length === 0) return { kind: 'frontdoor', name, error: 'no mediators given' };
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  const m = columnsOf(ctx, mediators);
  const set = [...mediators].sort();
  if ([t, y, ...m].every(isDiscrete)) {
    const ids = [ctx.treatment, ...mediators, ctx.outcome];
    const formula = frontdoorFormula(ctx.treatment, ctx.outcome, mediators);
    const cells = cellIndex(ctx.data, ids);
    const table = jointFromCells(cells);
    const at = (weights: Float64Array) => pluginContrast(formula, { ...table, weights }, ctx.treatment, ctx.outcome, 1, 0);
    const point = at(table.weights);
    if (!Number.isFinite(point.value)) return { kind: 'frontdoor', name, error: 'a (mediator, treatment) cell is empty: positivity fails in the sample' };
    const boot = bootstrapCountsSe(table.weights, bootstrap, ctx.bootstrapSeed, (weights) => at(weights).value);
    const warnings = boot.failed > 0 ? [`${boot.failed} of ${bootstrap} bootstrap resamples had an empty cell`] : [];
    return {
      kind: 'frontdoor', name, estimand: 'ATE', estimate: point.value, se: boot.se, ci: waldCi(point.value, boot.se), set, warnings,
      diagnostics: { method: 'discrete plug-in', seMethod: `bootstrap (B = ${bootstrap})` },
    };
  }
  const outcomeFit = fitOls(y, [...m, t]);
  if (!outcomeFit) return { kind: 'frontdoor', name, error: 'Y ~ M + T is collinear' };
  const n = y.length;
  const phi = new Float64Array(n);
  let estimate = 0;
  const alphas: number[] = [];
  for (let j = 0; j < m.length; j++) {
    const first = fitOls(m[j], [t]);
    if (!first) return { kind: 'frontdoor', name, error: 'the treatment does not vary' };
    const alpha = first.beta[1];
    const beta = outcomeFit.beta[1 + j];
    alphas.push(alpha);
    estimate += alpha * beta;
    const ia = olsInfluence(first, 1);
    const ib = olsInfluence(outcomeFit, 1 + j);
    for (let i = 0; i < n; i++) phi[i] += beta * ia[i] + alpha * ib[i];
  }
  const se = influenceSe(phi);
  return {
    kind: 'frontdoor', name, estimand: 'ATE', estimate, se, ci: waldCi(estimate, se), set, warnings: [],
    diagnostics: { method: 'linear α·β', alpha: alphas, seMethod: 'delta method' },
  };
}
