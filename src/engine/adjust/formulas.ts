/**
 * engine/adjust/formulas — the adjustment and front-door formulas as expression trees.
 *
 * Contract: `adjustmentFormula(graph, set)` builds Σ_Z P(Y | X, Z) P(Z) (P(Y | X) for the empty
 * set); `frontdoorFormula(graph, set)` builds Σ_Z P(Z | X) Σ_X P(Y | Z, X) P(X), where the inner
 * Σ_X re-binds X (the TeX printer shows it as x′). X and Y are the exposures and outcomes (roles,
 * or the options). Nodes with role `selected` are conditioned on in every term, because selected
 * data only ever show P(· | S = 1). The trees are correct only for a valid set — an adjustment set
 * (van der Zander, Liśkiewicz & Textor 2019; Shpitser, VanderWeele & Robins 2010) or a front-door
 * set (Pearl 1995) — which callers establish first; a latent node in the set is refused.
 * Variables inside every term are sorted, so equal formulas are equal trees.
 * Complexity: O(|set| log |set|). References: Pearl 1995, Biometrika 82(4); Pearl 2009, §3.3.
 */
import { type IndexedGraph, compareIds, indexGraph, indicesOf, maskMembers } from '../graph/indexed';
import type { CausalGraph } from '../graph/types';
import { type Expr, P, prod, sum } from '../identify/expression';

export interface FormulaOptions {
  readonly exposure?: readonly string[];
  readonly outcome?: readonly string[];
}

interface Parts {
  readonly x: string[];
  readonly y: string[];
  readonly z: string[];
  readonly s: string[];
}

const sorted = (ids: readonly string[]) => [...ids].sort(compareIds);

function parts(graph: CausalGraph, set: readonly string[], options: FormulaOptions, what: string): Parts {
  const ig: IndexedGraph = indexGraph(graph);
  const role = (r: 'exposure' | 'outcome') => maskMembers(ig.roleMask[r]).map((i) => ig.ids[i] as string);
  const x = sorted(options.exposure ?? role('exposure'));
  const y = sorted(options.outcome ?? role('outcome'));
  if (x.length === 0 || y.length === 0) throw new Error(`the ${what} formula needs an exposure and an outcome`);
  for (const i of indicesOf(ig, set)) {
    if (ig.roleMask.latent[i]) throw new Error(`node "${ig.ids[i]}" is latent and cannot be in a ${what} set`);
  }
  const taken = new Set([...x, ...y]);
  for (const v of set) if (taken.has(v)) throw new Error(`node "${v}" is an exposure or outcome and cannot be in a ${what} set`);
  const s = sorted(maskMembers(ig.roleMask.selected).map((i) => ig.ids[i] as string));
  return { x, y, z: sorted(set.filter((v) => !s.includes(v))), s };
}

/** Σ_Z P(Y | X, Z, S) P(Z | S), or P(Y | X, S) when Z is empty. */
export function adjustmentFormula(graph: CausalGraph, set: readonly string[], options: FormulaOptions = {}): Expr {
  const { x, y, z, s } = parts(graph, set, options, 'adjustment');
  const outcome = P(y, sorted([...x, ...z, ...s]));
  if (z.length === 0) return outcome;
  return sum(z, prod([outcome, P(z, s)]));
}

/** Σ_Z P(Z | X, S) Σ_X P(Y | Z, X, S) P(X | S); Σ_X P(Y | X, S) P(X | S) when Z is empty. */
export function frontdoorFormula(graph: CausalGraph, set: readonly string[], options: FormulaOptions = {}): Expr {
  const { x, y, z, s } = parts(graph, set, options, 'front-door');
  const inner = sum(x, prod([P(y, sorted([...z, ...x, ...s])), P(x, s)]));
  if (z.length === 0) return inner;
  return sum(z, prod([P(z, sorted([...x, ...s])), inner]));
}
