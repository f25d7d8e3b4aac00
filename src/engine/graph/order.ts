/**
 * engine/graph/order — topological order of the directed part, and a cycle witness when none exists.
 *
 * Contract: `topologicalOrder` returns node indices so that every parent precedes its children,
 * breaking ties by node index (stable, so results do not depend on edge order), or `null` when the
 * directed edges contain a cycle. `findCycle` returns one directed cycle as a node sequence whose
 * first node is repeated at the end (`A → B → C → A`), or `null`.
 * Complexity: O((n + m) log n) for the ordered Kahn's algorithm; O(n + m) for the cycle search.
 * Reference: Kahn 1962; iterative depth-first search with three colours (Cormen et al., §22.3).
 */
import type { IndexedGraph } from './indexed';

export function topologicalOrder(ig: IndexedGraph): number[] | null {
  const indegree = ig.parents.map((p) => p.length);
  // A binary heap keeps ties in index order without sorting the frontier repeatedly.
  const heap: number[] = [];
  const push = (v: number) => {
    heap.push(v);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p] <= heap[i]) break;
      [heap[p], heap[i]] = [heap[i], heap[p]];
      i = p;
    }
  };
  const pop = () => {
    const top = heap[0];
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && heap[l] < heap[m]) m = l;
        if (r < heap.length && heap[r] < heap[m]) m = r;
        if (m === i) break;
        [heap[m], heap[i]] = [heap[i], heap[m]];
        i = m;
      }
    }
    return top;
  };
  for (let v = 0; v < ig.n; v++) if (indegree[v] === 0) push(v);
  const order: number[] = [];
  while (heap.length > 0) {
    const v = pop();
    order.push(v);
    for (const c of ig.children[v]) if (--indegree[c] === 0) push(c);
  }
  return order.length === ig.n ? order : null;
}

export function findCycle(ig: IndexedGraph): number[] | null {
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Uint8Array(ig.n);
  const parentOnPath = new Int32Array(ig.n).fill(-1);
  const nextChild = new Int32Array(ig.n);
  for (let s = 0; s < ig.n; s++) {
    if (colour[s] !== WHITE) continue;
    const stack = [s];
    colour[s] = GREY;
    while (stack.length > 0) {
      const v = stack[stack.length - 1];
      const kids = ig.children[v];
      if (nextChild[v] < kids.length) {
        const w = kids[nextChild[v]++];
        if (colour[w] === WHITE) {
          colour[w] = GREY;
          parentOnPath[w] = v;
          stack.push(w);
        } else if (colour[w] === GREY) {
          const cycle = [w];
          for (let u = v; u !== w; u = parentOnPath[u]) cycle.push(u);
          cycle.push(w);
          return cycle.reverse();
        }
      } else {
        colour[v] = BLACK;
        stack.pop();
      }
    }
  }
  return null;
}
