/**
 * engine/sim/estimators/naive — the unadjusted contrast.
 *
 * Contract: binary T: ȳ₁ − ȳ₀ with the Neyman/Welch SE √(s₁²/n₁ + s₀²/n₀); continuous T: the
 * slope of y on T with an HC1 SE. Valid only when the empty set satisfies the backdoor criterion.
 * Complexity: O(n). Reference: Imbens & Rubin 2015, ch. 6 (Neyman's variance).
 */
import { fitOls, olsSe } from '../ols';
import { type EstimateResult, type EstimatorContext, type EstimatorFailure, isBinaryColumn, waldCi } from './types';

export function armMoments(y: Float64Array, t: Float64Array, arm: number) {
  let n = 0;
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    if (t[i] !== arm) continue;
    n++;
    s += y[i];
  }
  const mean = s / n;
  let ss = 0;
  for (let i = 0; i < y.length; i++) if (t[i] === arm) ss += (y[i] - mean) * (y[i] - mean);
  return { n, mean, variance: n > 1 ? ss / (n - 1) : NaN };
}

export function naiveEstimate(ctx: EstimatorContext, name = 'naive difference'): EstimateResult | EstimatorFailure {
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  if (isBinaryColumn(t)) {
    const a = armMoments(y, t, 1);
    const b = armMoments(y, t, 0);
    if (a.n < 2 || b.n < 2) return { kind: 'naive', name, error: 'each arm needs at least two units' };
    const estimate = a.mean - b.mean;
    const se = Math.sqrt(a.variance / a.n + b.variance / b.n);
    return {
      kind: 'naive', name, estimand: 'ATE', estimate, se, ci: waldCi(estimate, se), set: [], warnings: [],
      diagnostics: { n1: a.n, n0: b.n },
    };
  }
  const fit = fitOls(y, [t]);
  if (!fit) return { kind: 'naive', name, error: 'the treatment does not vary' };
  const se = olsSe(fit, 1);
  return {
    kind: 'naive', name, estimand: 'ATE', estimate: fit.beta[1], se, ci: waldCi(fit.beta[1], se), set: [], warnings: [],
    diagnostics: { hc: fit.hc },
  };
}
