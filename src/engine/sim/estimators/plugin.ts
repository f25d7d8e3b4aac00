/**
 * engine/sim/estimators/plugin — E[Y | do(T = t₁)] − E[Y | do(T = t₀)] by plugging a discrete
 * distribution into an identification formula (an `Expr` tree for P(Y | do(T))).
 *
 * Contract: `pluginContrast(expr, dist, t, y, t1, t0)` evaluates Σ_y y·P(y | do(t)) at both levels
 * with the identification engine's evaluator; NaN (and `positivityHole`) when a conditioning event
 * has no weight. The same tree evaluated on the exact observational joint of the SCM must equal
 * the do() truth (the exact-joint test).
 * Complexity: O(|expr| · states) per evaluation. Reference: SIMULATOR.md §5.8; Pearl 2009 §3.3–3.4.
 */
import { compileExpr, type Distribution } from '../../identify/evaluate';
import type { Expr } from '../../identify/expression';

export function pluginContrast(expr: Expr, dist: Distribution, t: string, y: string, t1: number, t0: number) {
  const f = compileExpr(expr, dist);
  const yCard = dist.cards[dist.vars.indexOf(y)];
  let hole = false;
  const mean = (level: number) => {
    let m = 0;
    for (let v = 1; v < yCard; v++) {
      const r = f({ [t]: level, [y]: v });
      if (r.zeroDenominator) hole = true;
      m += v * r.value;
    }
    return m;
  };
  const value = mean(t1) - mean(t0);
  return { value, positivityHole: hole };
}
