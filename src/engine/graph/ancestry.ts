/**
 * engine/graph/ancestry — ancestors and descendants of a node set along directed edges.
 *
 * Contract: the result mask includes the start nodes themselves (the usual convention An(X) ⊇ X).
 * `within`, when given, restricts the walk to the induced subgraph on that mask (G[V'] in ID).
 * Complexity: O(n + m) breadth-first search.
 */
import type { IndexedGraph } from './indexed';

function reach(
  adjacency: readonly (readonly number[])[],
  n: number,
  start: Iterable<number>,
  within?: Uint8Array,
): Uint8Array {
  const mark = new Uint8Array(n);
  const stack: number[] = [];
  for (const s of start) {
    if (within && !within[s]) continue;
    if (!mark[s]) {
      mark[s] = 1;
      stack.push(s);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const w of adjacency[v]) {
      if (!mark[w] && (!within || within[w])) {
        mark[w] = 1;
        stack.push(w);
      }
    }
  }
  return mark;
}

/** An(start): every node with a directed path into `start`, plus `start`. */
export function ancestorsMask(ig: IndexedGraph, start: Iterable<number>, within?: Uint8Array): Uint8Array {
  return reach(ig.parents, ig.n, start, within);
}

/** De(start): every node reachable from `start` along directed edges, plus `start`. */
export function descendantsMask(ig: IndexedGraph, start: Iterable<number>, within?: Uint8Array): Uint8Array {
  return reach(ig.children, ig.n, start, within);
}
