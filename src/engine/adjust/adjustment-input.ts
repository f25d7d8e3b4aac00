/**
 * engine/adjust/adjustment-input — turns an id-level adjustment query into a checked problem.
 *
 * Contract: `adjustmentQuery(graph, query)` indexes the graph, refuses graphs the DAG/ADMG analyses
 * cannot handle (a cycle is printed `A → B → C → A`), resolves exposures and outcomes (the graph's
 * roles unless given), and throws `InputError` for an unknown id, an empty exposure or outcome list,
 * a node that is both, a selected or latent exposure/outcome, and an unknown effect kind.
 * `resolveNodes` resolves any further id list the same way. Complexity: O(n + m).
 */
import { InputError } from '../errors';
import { type IndexedGraph, indexGraph } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { type AdjustmentProblem, adjustmentProblem, EFFECT_KINDS, type EffectKind } from './adjustment-problem';

export interface AdjustmentQuery {
  /** Exposure ids; default: the nodes with role `exposure`. */
  readonly exposures?: readonly string[];
  /** Outcome ids; default: the nodes with role `outcome`. */
  readonly outcomes?: readonly string[];
  /** `total` (default) or `direct`. */
  readonly effect?: EffectKind;
}

/** Indexes the graph, refusing cycles and edge kinds other than `->` and `<->`. */
export function analysableIndexedGraph(graph: CausalGraph): IndexedGraph {
  const ig = indexGraph(graph);
  const readiness = analysisReadiness(ig);
  if (!readiness.ok) throw new InputError(readiness.message);
  return ig;
}

/** Distinct indices of `ids`, ascending; `what` names the list in the error for an unknown id. */
export function resolveNodes(ig: IndexedGraph, ids: readonly string[], what: string): number[] {
  const out = new Set<number>();
  for (const id of ids) {
    const i = ig.indexOf.get(id as NodeId);
    if (i === undefined) throw new InputError(`unknown node "${id}" in ${what}`);
    out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

const withRole = (ig: IndexedGraph, role: 'exposure' | 'outcome'): number[] => {
  const out: number[] = [];
  for (let v = 0; v < ig.n; v++) if (ig.roleMask[role][v]) out.push(v);
  return out;
};

export function adjustmentQuery(graph: CausalGraph, query: AdjustmentQuery = {}): AdjustmentProblem {
  const ig = analysableIndexedGraph(graph);
  const effect = query.effect ?? 'total';
  if (!EFFECT_KINDS.includes(effect)) throw new InputError(`unknown effect "${String(effect)}": use total or direct`);
  const x = query.exposures ? resolveNodes(ig, query.exposures, 'the exposures') : withRole(ig, 'exposure');
  const y = query.outcomes ? resolveNodes(ig, query.outcomes, 'the outcomes') : withRole(ig, 'outcome');
  if (x.length === 0) throw new InputError('no exposure: mark at least one node as exposure');
  if (y.length === 0) throw new InputError('no outcome: mark at least one node as outcome');
  const inX = new Set(x);
  for (const v of y) {
    if (inX.has(v)) throw new InputError(`"${ig.ids[v]}" is both an exposure and an outcome`);
  }
  for (const v of [...x, ...y]) {
    const what = inX.has(v) ? 'an exposure' : 'an outcome';
    if (ig.roleMask.latent[v]) throw new InputError(`"${ig.ids[v]}" is latent (unobserved), so it cannot be ${what}`);
    if (ig.roleMask.selected[v]) {
      throw new InputError(`"${ig.ids[v]}" is selected (always conditioned on), so it cannot be ${what}`);
    }
  }
  return adjustmentProblem(ig, x, y, effect);
}
