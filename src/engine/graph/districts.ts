/**
 * engine/graph/districts — the districts (c-components) of an ADMG: the connected components of
 * its bidirected part (Tian & Pearl 2002).
 *
 * Contract: `districts` returns the components of the induced subgraph on `within` (all nodes when
 * omitted), each sorted ascending, ordered by their smallest member. Complexity: O(n + m).
 */
import type { IndexedGraph } from './indexed';

export function districts(ig: IndexedGraph, within?: Uint8Array): number[][] {
  const seen = new Uint8Array(ig.n);
  const out: number[][] = [];
  for (let s = 0; s < ig.n; s++) {
    if (seen[s] || (within && !within[s])) continue;
    const component: number[] = [];
    const stack = [s];
    seen[s] = 1;
    while (stack.length > 0) {
      const v = stack.pop()!;
      component.push(v);
      for (const w of ig.spouses[v]) {
        if (!seen[w] && (!within || within[w])) {
          seen[w] = 1;
          stack.push(w);
        }
      }
    }
    out.push(component.sort((a, b) => a - b));
  }
  return out;
}

/** The district containing node `v` within `within` (all nodes when omitted). */
export function districtOf(ig: IndexedGraph, v: number, within?: Uint8Array): number[] {
  const seen = new Uint8Array(ig.n);
  const stack = [v];
  seen[v] = 1;
  const component: number[] = [];
  while (stack.length > 0) {
    const u = stack.pop()!;
    component.push(u);
    for (const w of ig.spouses[u]) {
      if (!seen[w] && (!within || within[w])) {
        seen[w] = 1;
        stack.push(w);
      }
    }
  }
  return component.sort((a, b) => a - b);
}
