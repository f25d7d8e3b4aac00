/**
 * engine/graph/validate — can the DAG/ADMG analyses run on this graph, and if not, why not.
 *
 * Contract: `analysisReadiness` returns `{ ok: true }` for a graph with only `->`/`<->` edges and
 * an acyclic directed part; otherwise a message a person understands (nodes by display name) and,
 * for a cycle, the cycle as node ids with the first repeated at the end. Complexity: O(n + m).
 */
import type { IndexedGraph } from './indexed';
import { hasOnlyAdmgEdges } from './indexed';
import { displayNames } from './names';
import { findCycle } from './order';
import type { NodeId } from './types';

export type Readiness =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'cycle'; readonly cycle: readonly NodeId[]; readonly message: string }
  | { readonly ok: false; readonly reason: 'edge-kinds'; readonly message: string };

/** Formats a cycle the way every view prints it: `A → B → C → A`. */
export function formatCycle(cycle: readonly string[]): string {
  return cycle.join(' → ');
}

export function analysisReadiness(ig: IndexedGraph): Readiness {
  if (!hasOnlyAdmgEdges(ig)) {
    return {
      ok: false,
      reason: 'edge-kinds',
      message:
        'this analysis needs a DAG or ADMG (only -> and <-> edges); the graph has undirected or circle-mark edges',
    };
  }
  const cycle = findCycle(ig);
  if (cycle) {
    const ids = cycle.map((i) => ig.ids[i]);
    const names = displayNames(ig.graph);
    return { ok: false, reason: 'cycle', cycle: ids, message: `the graph has a cycle: ${formatCycle(cycle.map((i) => names[i]))}` };
  }
  return { ok: true };
}
