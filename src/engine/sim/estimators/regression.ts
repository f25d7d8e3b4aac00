/**
 * engine/sim/estimators/regression — regression adjustment: OLS of Y on T and the adjustment set.
 *
 * Contract: the estimate is the T coefficient with an HC1 sandwich SE (HC3 when n < 250). With
 * heterogeneous effects the OLS estimand is a variance-weighted average of stratum effects, not the
 * ATE; the check adds that warning when the SCM's effects vary.
 * Complexity: O(n·k²). References: White 1980; Angrist & Pischke 2009 §3.3.1 (the OLS weighting).
 */
import { fitOls, olsSe } from '../ols';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, waldCi } from './types';

export function regressionEstimate(ctx: EstimatorContext, set: readonly string[], name: string): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  const fit = fitOls(y, [t, ...columnsOf(ctx, set)]);
  if (!fit) return { kind: 'ols', name, error: 'the design matrix is collinear' };
  const se = olsSe(fit, 1);
  const warnings: string[] = [];
  if (isBinaryOutcome(y)) {
    let outside = 0;
    for (let i = 0; i < fit.n; i++) if (fit.fitted[i] < 0 || fit.fitted[i] > 1) outside++;
    if (outside > 0) warnings.push(`the linear model predicts ${outside} probabilities outside [0, 1]`);
  }
  return {
    kind: 'ols', name, estimand: 'ATE', estimate: fit.beta[1], se, ci: waldCi(fit.beta[1], se), set: [...set].sort(), warnings,
    diagnostics: { hc: fit.hc, design: ['(intercept)', ctx.treatment, ...set] },
  };
}

function isBinaryOutcome(y: Float64Array): boolean {
  for (let i = 0; i < y.length; i++) if (y[i] !== 0 && y[i] !== 1) return false;
  return true;
}
