/**
 * engine/identify/present — chooses the formula shown for an identifiable query.
 *
 * Contract: `presentFormula(ig, raw, y, x, z)` returns the adjustment formula Σ_s P(y | x, s) P(s)
 * when a valid adjustment set exists (the query has no conditioning; the set is the smallest of
 * the first minimal sets engine/adjust lists), else the front-door
 * formula Σ_s P(s | x) Σ_{x'} P(y | x', s) P(x') when a front-door set exists, else the simplified
 * ID/IDC tree; with the strategy and a step saying why. All three are equal on every positive
 * distribution Markov to `ig` (the property tests check each against interventional truth).
 * When the conditioning set holds selected nodes, a last step says that the formula is the
 * effect within the selected group, as the query P(y | do(x), s) is.
 * Complexity: a few O(n · (n + m)) set searches plus the simplifier.
 * References: Pearl 1995 (back-door and front-door formulas); Jeong, Tian & Bareinboim 2022 (sets).
 */
import { ancestorsMask } from '../graph/ancestry';
import type { IndexedGraph } from '../graph/indexed';
import { compareIds, maskOf } from '../graph/indexed';
import type { NodeId } from '../graph/types';
import { minimalAdjustmentSets } from '../adjust/adjustment-api';
import { minimalFrontdoorSet } from '../adjust/frontdoor-minimal';
import { type Expr, P, prod, sum } from './expression';
import type { IdentificationStep } from './id';
import type { IdentificationStrategy } from './identify';
import { simplifyExpr } from './simplify';

export interface Presentation {
  readonly expression: Expr;
  readonly strategy: IdentificationStrategy;
  readonly steps: IdentificationStep[];
}

const braces = (vs: readonly string[]) => `{${vs.join(', ')}}`;

/** How many minimal adjustment sets to look at when choosing the one to print. */
const ADJUSTMENT_CANDIDATES = 8;

export function presentFormula(
  ig: IndexedGraph,
  raw: Expr,
  y: readonly NodeId[],
  x: readonly NodeId[],
  z: readonly NodeId[],
): Presentation {
  const presentation = chooseFormula(ig, raw, y, x, z);
  const selected = z.filter((v) => ig.roleMask.selected[ig.indexOf.get(v)!]);
  if (selected.length === 0) return presentation;
  // Selection conditions the query itself: the formula answers for the selected units only.
  const text = `the data are selected on ${braces(selected)}, which ${selected.length === 1 ? 'is' : 'are'} always conditioned on: this formula is the effect within the selected group, which can differ from the effect in the whole population`;
  const query = `P(${y.join(', ')} | do(${x.join(', ')}), ${z.join(', ')})`;
  return { ...presentation, steps: [...presentation.steps, { rule: 'selection', depth: 0, query, text }] };
}

function chooseFormula(
  ig: IndexedGraph,
  raw: Expr,
  y: readonly NodeId[],
  x: readonly NodeId[],
  z: readonly NodeId[],
): Presentation {
  const query = `P(${y.join(', ')} | do(${x.join(', ')}))`;
  const at = (vs: readonly NodeId[]) => vs.map((v) => ig.indexOf.get(v)!);
  // With no directed path from x to y the effect is just P(y), which the simplified tree shows.
  const ancestorsOfY = ancestorsMask(ig, at(y));
  const causal = at(x).some((v) => ancestorsOfY[v]);
  if (z.length === 0 && causal) {
    const ids = (vs: readonly number[]) => vs.map((v) => ig.ids[v]).sort(compareIds);
    // The smallest of the first few minimal sets (ties: lexicographically first), as listed by engine/adjust.
    const listing = minimalAdjustmentSets(ig.graph, { exposures: x, outcomes: y, max: ADJUSTMENT_CANDIDATES });
    const adjustment = listing.sets.reduce<NodeId[] | null>((best, set) => (best === null || set.length < best.length ? set : best), null);
    if (adjustment) {
      const s = adjustment;
      const expression = s.length === 0 ? P(y, x) : sum(s, prod([P(y, [...x, ...s].sort(compareIds)), P(s)]));
      const text =
        s.length === 0
          ? `no back-door path needs blocking (the empty set satisfies the adjustment criterion): ${query} = P(${y.join(', ')} | ${x.join(', ')})`
          : `${braces(s)} satisfies the adjustment criterion: adjust for it`;
      return { expression, strategy: { kind: 'adjustment', set: s }, steps: [{ rule: 'adjustment', depth: 0, query, text }] };
    }
    const inXY = maskOf(ig.n, at([...x, ...y]));
    const allowed = maskOf(ig.n, Array.from({ length: ig.n }, (_, v) => v).filter((v) => !inXY[v] && !ig.roleMask.latent[v]));
    const frontdoor = minimalFrontdoorSet(ig, at(x), at(y), new Uint8Array(ig.n), allowed);
    if (frontdoor && frontdoor.some((v) => v === 1)) {
      const s = ids(Array.from({ length: ig.n }, (_, v) => v).filter((v) => frontdoor[v]));
      const inner = sum(x, prod([P(y, [...x, ...s].sort(compareIds)), P(x)]));
      const expression = sum(s, prod([P(s, x), inner]));
      return {
        expression,
        strategy: { kind: 'frontdoor', set: s },
        steps: [{ rule: 'frontdoor', depth: 0, query, text: `no adjustment set exists, but ${braces(s)} satisfies the front-door criterion` }],
      };
    }
  }
  return {
    expression: simplifyExpr(raw, ig),
    strategy: { kind: 'id' },
    steps: [],
  };
}
