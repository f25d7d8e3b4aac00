/**
 * engine/paths/query-input — turns an id-level separation or path query into checked node indices.
 *
 * Contract: every function throws `InputError` with a message for the user when the query cannot
 * be answered: the graph is not a DAG/ADMG (a cycle is printed `A → B → C → A`), an id is unknown,
 * a set that must not be empty is empty, sets overlap, a latent node would be conditioned on, or a
 * selected node (always conditioned on) is used as an endpoint. Ids are de-duplicated.
 * Complexity: O(n + m) for the readiness check, O(k) per resolved list of k ids.
 */
import { InputError } from '../errors';
import { type IndexedGraph, indexGraph } from '../graph/indexed';
import type { NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';

/** Indexes the graph and refuses cycles and edge kinds the DAG/ADMG analyses cannot handle. */
export function analysableGraph(graph: IndexedGraph['graph']): IndexedGraph {
  const ig = indexGraph(graph);
  const readiness = analysisReadiness(ig);
  if (!readiness.ok) throw new InputError(readiness.message);
  return ig;
}

/** Maps ids to distinct indices in first-seen order; `what` names the list in messages. */
export function resolveIds(ig: IndexedGraph, ids: readonly string[], what: string): number[] {
  const out: number[] = [];
  const seen = new Set<number>();
  for (const id of ids) {
    const i = ig.indexOf.get(id as NodeId);
    if (i === undefined) throw new InputError(`unknown node "${id}" in ${what}`);
    if (!seen.has(i)) {
      seen.add(i);
      out.push(i);
    }
  }
  return out;
}

/** Refuses an empty list. */
export function requireNonEmpty(nodes: readonly number[], what: string): void {
  if (nodes.length === 0) throw new InputError(`${what} is empty: name at least one node`);
}

/** Refuses a node that is in two of the named lists. */
export function requireDisjoint(ig: IndexedGraph, lists: readonly (readonly [string, readonly number[]])[]): void {
  const owner = new Map<number, string>();
  for (const [what, nodes] of lists) {
    for (const v of nodes) {
      const first = owner.get(v);
      if (first !== undefined && first !== what) {
        throw new InputError(`"${ig.ids[v]}" is in both ${first} and ${what}; they must not overlap`);
      }
      owner.set(v, what);
    }
  }
}

/** Refuses an endpoint that carries the `selected` role: it is always conditioned on. */
export function requireUnselected(ig: IndexedGraph, nodes: readonly number[], what: string): void {
  for (const v of nodes) {
    if (ig.roleMask.selected[v]) {
      throw new InputError(`"${ig.ids[v]}" is selected (always conditioned on), so it cannot be in ${what}`);
    }
  }
}

/**
 * The conditioning set actually used: `given` plus every selected node, ascending by index.
 * Refuses latent nodes, which can never be conditioned on.
 */
export function conditioningSet(ig: IndexedGraph, given: readonly number[]): number[] {
  const mask = new Uint8Array(ig.n);
  for (const v of given) mask[v] = 1;
  for (let v = 0; v < ig.n; v++) if (ig.roleMask.selected[v]) mask[v] = 1;
  const out: number[] = [];
  for (let v = 0; v < ig.n; v++) {
    if (!mask[v]) continue;
    if (ig.roleMask.latent[v]) {
      const why = ig.roleMask.selected[v] ? 'it is marked selected, but it' : 'it';
      throw new InputError(`"${ig.ids[v]}" is latent (unobserved): ${why} cannot be conditioned on`);
    }
    out.push(v);
  }
  return out;
}
