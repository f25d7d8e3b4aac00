/**
 * engine/adjust/proper-backdoor — proper causal paths, and the graphs in which adjustment becomes a
 * separation question.
 *
 * Contract:
 * - `properCausalNodes(ig, X, Y)` is PCP(X, Y): the nodes other than X on some proper causal path, i.e.
 *   a directed path x → … → y whose only node in X is its first. It equals
 *   (De(X) in G_X̄ minus X) ∩ (An(Y) in G_X̲). Outcomes reachable from X belong to it.
 * - `withoutDirectedEdges(ig, drop)` is the same graph with the directed edges `drop(from, to)` removed
 *   (bidirected edges and roles are kept). The proper back-door graph G^pbd drops x → c for x ∈ X and
 *   c ∈ PCP(X, Y) — exactly the first edges of the proper causal paths; the single-door graph of a
 *   direct effect drops every x → y.
 * Complexity: O(n + m) each.
 * References: van der Zander, Liśkiewicz & Textor 2019 (Artificial Intelligence 270), definitions of
 * PCP and of the proper back-door graph; Pearl 2009, *Causality* §5.3.1 (single-door criterion).
 */
import type { IndexedGraph } from '../graph/indexed';

export function properCausalNodes(ig: IndexedGraph, x: readonly number[], y: readonly number[]): Uint8Array {
  const n = ig.n;
  const inX = new Uint8Array(n);
  for (const v of x) inX[v] = 1;
  // Forward from X without re-entering X: the walk never uses an edge into X (G_X̄).
  const fromX = new Uint8Array(n);
  const stack: number[] = [...x];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const c of ig.children[v]) {
      if (inX[c] || fromX[c]) continue;
      fromX[c] = 1;
      stack.push(c);
    }
  }
  // Backward from Y without leaving X along its out-edges (G_X̲): X nodes are never reached.
  const toY = new Uint8Array(n);
  for (const v of y) {
    if (!inX[v] && !toY[v]) {
      toY[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const p of ig.parents[v]) {
      if (inX[p] || toY[p]) continue;
      toY[p] = 1;
      stack.push(p);
    }
  }
  const pcp = new Uint8Array(n);
  for (let v = 0; v < n; v++) if (fromX[v] && toY[v]) pcp[v] = 1;
  return pcp;
}

/** The graph without the directed edges for which `drop(from, to)` holds. */
export function withoutDirectedEdges(ig: IndexedGraph, drop: (from: number, to: number) => boolean): IndexedGraph {
  const children = ig.children.map((list, from) => list.filter((to) => !drop(from, to)));
  const parents = ig.parents.map((list, to) => list.filter((from) => !drop(from, to)));
  return { ...ig, parents, children };
}

/** G^pbd: the graph without the first edge of every proper causal path from X to Y. */
export function properBackdoorGraph(ig: IndexedGraph, x: readonly number[], pcp: Uint8Array): IndexedGraph {
  const inX = new Uint8Array(ig.n);
  for (const v of x) inX[v] = 1;
  return withoutDirectedEdges(ig, (from, to) => inX[from] === 1 && pcp[to] === 1);
}

/** The single-door graph: the graph without every edge x → y (x ∈ X, y ∈ Y). */
export function singleDoorGraph(ig: IndexedGraph, x: readonly number[], y: readonly number[]): IndexedGraph {
  const inX = new Uint8Array(ig.n);
  for (const v of x) inX[v] = 1;
  const inY = new Uint8Array(ig.n);
  for (const v of y) inY[v] = 1;
  return withoutDirectedEdges(ig, (from, to) => inX[from] === 1 && inY[to] === 1);
}
