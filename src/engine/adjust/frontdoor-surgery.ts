/**
 * engine/adjust/frontdoor-surgery — edge surgery on the indexed graph: the mutilated graphs
 * G_X̲ (edges out of X removed), G_X̄ (edges into X removed) and the proper back-door graph that the
 * front-door criterion, conditional instruments and role labels test separation in.
 *
 * Contract: returns a new `IndexedGraph` sharing ids, roles and the source graph with `ig`; only
 * the adjacency lists differ. The input is never mutated. A bidirected edge counts as an edge *into*
 * both endpoints (it stands for a hidden common parent), so `G_X̄` drops bidirected edges at X.
 * Complexity: O(n + m). Reference: Pearl 2009, §3.4 (notation G_X̄, G_X̲).
 */
import type { IndexedGraph } from '../graph/indexed';

/** Keeps the directed edges `a -> b` with `keepDirected(a, b)` and bidirected `a <-> b` with `keepBidirected(a, b)`. */
export function cutEdges(
  ig: IndexedGraph,
  keepDirected: (from: number, to: number) => boolean,
  keepBidirected: (a: number, b: number) => boolean = () => true,
): IndexedGraph {
  const parents: number[][] = [];
  const children: number[][] = [];
  const spouses: number[][] = [];
  for (let v = 0; v < ig.n; v++) {
    parents.push(ig.parents[v].filter((p) => keepDirected(p, v)));
    children.push(ig.children[v].filter((c) => keepDirected(v, c)));
    spouses.push(ig.spouses[v].filter((s) => keepBidirected(v, s)));
  }
  return { ...ig, parents, children, spouses };
}

/** G_S̲: every directed edge out of a node in `mask` removed. */
export function withoutEdgesOutOf(ig: IndexedGraph, mask: Uint8Array): IndexedGraph {
  return cutEdges(ig, (from) => !mask[from]);
}

/** G_S̄: every directed edge into a node in `mask`, and every bidirected edge touching one, removed. */
export function withoutEdgesInto(ig: IndexedGraph, mask: Uint8Array): IndexedGraph {
  return cutEdges(
    ig,
    (_from, to) => !mask[to],
    (a, b) => !mask[a] && !mask[b],
  );
}
