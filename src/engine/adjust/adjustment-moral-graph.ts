/**
 * engine/adjust/adjustment-moral-graph — the moralised ancestral graph in which minimal separators are
 * listed, with the constraints of the search built in.
 *
 * Contract: `separationNetwork(G, X, Y, I, R)` returns an undirected graph on the nodes of
 * An(X ∪ Y ∪ I) plus one extra "hub" per district. A set Z with I ⊆ Z ⊆ An(X ∪ Y ∪ I) m-separates X
 * and Y in G iff S = Z ∖ I separates the SOURCE nodes (X) from the TARGET nodes (Y) in the network
 * once S is deleted. Node kinds: SOURCE, TARGET, FREE (a node of R that a separator may contain),
 * FIXED (never in a separator: hubs, and ancestral nodes outside R) and ABSENT (non-ancestors, and I,
 * which is always conditioned on and so deleted up front).
 * Why hubs: in an ADMG two nodes are adjacent in the augmented (moral) graph of an ancestral set iff
 * both lie in D ∪ pa(D) for one district D (they are joined by a collider path). A FIXED hub joined to
 * D ∪ pa(D) expresses that clique with |D ∪ pa(D)| edges instead of its square, and covers every edge
 * of G inside the ancestral set. For a DAG the districts are single nodes and this is the usual
 * moral graph.
 * Complexity: O(n + m) time and size.
 * References: Lauritzen et al. 1990 (moralisation); Richardson 2003 (augmented graphs of ADMGs);
 * van der Zander, Liśkiewicz & Textor 2019 (AIJ), minimal separators in the moral ancestral graph.
 */
import { ancestorsMask } from '../graph/ancestry';
import { districts } from '../graph/districts';
import type { IndexedGraph } from '../graph/indexed';

export const ABSENT = 0;
export const FREE = 1;
export const FIXED = 2;
export const SOURCE = 3;
export const TARGET = 4;

export interface SeparationNetwork {
  /** Number of network nodes: the graph's n nodes, then the hubs. */
  readonly size: number;
  readonly adjacency: readonly (readonly number[])[];
  readonly kind: Uint8Array;
}

export function separationNetwork(
  g: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  include: readonly number[],
  candidates: Uint8Array,
): SeparationNetwork {
  const n = g.n;
  const ancestral = ancestorsMask(g, [...x, ...y, ...include]);
  const kindOfNode = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (ancestral[v]) kindOfNode[v] = candidates[v] ? FREE : FIXED;
  for (const v of include) kindOfNode[v] = ABSENT;
  for (const v of x) kindOfNode[v] = SOURCE;
  for (const v of y) kindOfNode[v] = TARGET;
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  const hubKinds: number[] = [];
  const inHub = new Int32Array(n).fill(-1);
  let stamp = 0;
  for (const district of districts(g, ancestral)) {
    stamp++;
    const members: number[] = [];
    const add = (v: number) => {
      if (inHub[v] === stamp || kindOfNode[v] === ABSENT) return;
      inHub[v] = stamp;
      members.push(v);
    };
    for (const v of district) {
      add(v);
      for (const p of g.parents[v]) add(p);
    }
    if (members.length < 2) continue;
    const hub = n + hubKinds.length;
    hubKinds.push(FIXED);
    adjacency.push(members);
    for (const v of members) adjacency[v].push(hub);
  }
  const kind = new Uint8Array(n + hubKinds.length);
  kind.set(kindOfNode);
  kind.fill(FIXED, n);
  return { size: n + hubKinds.length, adjacency, kind };
}
