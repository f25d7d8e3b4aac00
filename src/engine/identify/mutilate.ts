/**
 * engine/identify/mutilate — the do-calculus graph surgeries G_{X̄ Z̲}.
 *
 * Contract: `mutilate(ig, into, outOf)` returns an IndexedGraph over the same nodes (same ids,
 * indices and roles) without the edges *into* `into` — directed edges into it and bidirected
 * edges touching it, since a bidirected edge stands for a hidden common parent — and without the
 * directed edges *out of* `outOf`. Complexity: O(n + m).
 * Reference: Pearl 1995 (do-calculus), IDENTIFICATION.md §1 notation.
 */
import type { IndexedGraph } from '../graph/indexed';

export function mutilate(ig: IndexedGraph, into: Uint8Array, outOf: Uint8Array): IndexedGraph {
  const keep = (from: number, to: number) => !into[to] && !outOf[from];
  return {
    ...ig,
    parents: ig.parents.map((ps, v) => ps.filter((p) => keep(p, v))),
    children: ig.children.map((cs, v) => cs.filter((c) => keep(v, c))),
    spouses: ig.spouses.map((ss, v) => (into[v] ? [] : ss.filter((s) => !into[s]))),
  };
}
