/**
 * engine/adjust/adjustment-report — the `adjustment` key of the `analyze` report (DESIGN §5).
 *
 * Contract: `adjustmentReport(graph)` returns `null` when the graph has no exposure or no outcome;
 * throws `InputError` for a cyclic graph (with the cycle as message) or contradictory roles;
 * otherwise `{ total: { minimal, truncated, canonical, optimal }, direct: { minimal, truncated },
 * given: { set, valid, open_paths } }`, where `given` checks the nodes with role `adjusted` (plus the
 * selected nodes) for the total effect. `minimal` lists are capped at `max` (default 100).
 * Complexity: O(max · n · (n + m)) for the two listings, O(n + m) for the rest.
 * References: see `adjustment-api.ts`.
 */
import { indexGraph } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { canonicalAdjustmentSet, checkAdjustmentSet, DEFAULT_MAX_ADJUSTMENT_SETS, minimalAdjustmentSets, optimalAdjustmentSet } from './adjustment-api';
import { analysableIndexedGraph } from './adjustment-input';

export interface AdjustmentReport {
  readonly total: {
    readonly minimal: NodeId[][];
    readonly truncated: boolean;
    readonly canonical: NodeId[] | null;
    readonly optimal: NodeId[] | null;
  };
  readonly direct: { readonly minimal: NodeId[][]; readonly truncated: boolean };
  readonly given: { readonly set: NodeId[]; readonly valid: boolean; readonly open_paths: NodeId[][] };
}

export function adjustmentReport(graph: CausalGraph, options: { readonly max?: number } = {}): AdjustmentReport | null {
  const ig = indexGraph(graph);
  const has = (role: 'exposure' | 'outcome') => ig.roleMask[role].some((v) => v === 1);
  if (!has('exposure') || !has('outcome')) return null;
  analysableIndexedGraph(graph);
  const max = options.max ?? DEFAULT_MAX_ADJUSTMENT_SETS;
  const total = minimalAdjustmentSets(graph, { effect: 'total', max });
  const direct = minimalAdjustmentSets(graph, { effect: 'direct', max });
  const adjusted = graph.nodes.filter((node) => node.roles.includes('adjusted')).map((node) => node.id);
  const check = checkAdjustmentSet(graph, { set: adjusted, effect: 'total' });
  return {
    total: {
      minimal: total.sets,
      truncated: total.truncated,
      canonical: canonicalAdjustmentSet(graph, 'total'),
      optimal: optimalAdjustmentSet(graph).set,
    },
    direct: { minimal: direct.sets, truncated: direct.truncated },
    given: { set: check.set, valid: check.valid, open_paths: check.openPaths },
  };
}
