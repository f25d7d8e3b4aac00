/**
 * engine/adjust/implications-separator — a minimal m-separator between node sets, nearest to one
 * side, in linear time.
 *
 * Contract: `minimalSeparator(ig, a, b, must, allowed, nearest)` returns a set Z with
 * must ⊆ Z ⊆ allowed ∪ must that m-separates A and B, such that no proper subset containing `must`
 * separates them; `null` when no separator within those bounds exists. `nearest` picks which side
 * the separator hugs: 'a' keeps the blockers closest to A, 'b' those closest to B. A, B and
 * `allowed` must be disjoint; latent nodes must already be excluded from `allowed`.
 *
 * Algorithm (van der Zander, Liśkiewicz & Textor 2019, AIJ 270; van der Zander & Liśkiewicz
 * 2020, UAI, "Finding minimal d-separators in linear time"): restrict to the ancestral set
 * A* = An(A ∪ B ∪ must); Z₀ = allowed ∩ A* separates iff any separator exists. In the moral graph of
 * A*, Z₁ = must ∪ (the nodes of Z₀ adjacent to the component of the near side after deleting Z₀),
 * then Z₂ = must ∪ (the nodes of Z₁ adjacent to the component of the far side after deleting Z₁).
 * The moral graph is never built: a walk in G[A*] in which every collider is passable (all of A*
 * is ancestral, and a moral edge joins co-parents whatever their common child) and a non-collider is
 * passable only outside the blocking set visits exactly the nodes adjacent in the moral graph;
 * bidirected edges stand for latent parents, so district chains are colliders too.
 * Complexity: O(n + m).
 */
import { ancestorsMask } from '../graph/ancestry';
import type { IndexedGraph } from '../graph/indexed';

const HEAD = 0;
const TAIL = 1;

/**
 * Nodes of `blocking` adjacent, in the moral graph of G[within], to the component of `start`
 * after deleting `blocking`; `hit` is set when a node of `target` is in that component.
 */
function blockersReached(
  ig: IndexedGraph,
  start: readonly number[],
  blocking: Uint8Array,
  within: Uint8Array,
  target: Uint8Array,
): { reached: Uint8Array; hit: boolean } {
  const seen = new Uint8Array(2 * ig.n);
  const reached = new Uint8Array(ig.n);
  const stack: number[] = [];
  let hit = false;
  const visit = (v: number, mark: number) => {
    if (!within[v] || seen[2 * v + mark]) return;
    seen[2 * v + mark] = 1;
    if (blocking[v]) reached[v] = 1;
    if (target[v]) hit = true;
    stack.push(2 * v + mark);
  };
  for (const s of start) visit(s, TAIL);
  while (stack.length > 0) {
    const state = stack.pop()!;
    const v = state >> 1;
    const passes = !blocking[v];
    if (passes) for (const c of ig.children[v]) visit(c, HEAD);
    // Leaving towards a parent or spouse puts an arrowhead at v: v is a collider if it was entered
    // through one (always passable here), a non-collider otherwise.
    if ((state & 1) === HEAD || passes) {
      for (const p of ig.parents[v]) visit(p, TAIL);
      for (const q of ig.spouses[v]) visit(q, HEAD);
    }
  }
  return { reached, hit };
}

export function minimalSeparator(
  ig: IndexedGraph,
  a: readonly number[],
  b: readonly number[],
  must: readonly number[],
  allowed: Uint8Array,
  nearest: 'a' | 'b' = 'a',
): number[] | null {
  const within = ancestorsMask(ig, [...a, ...b, ...must]);
  const inA = new Uint8Array(ig.n);
  for (const v of a) inA[v] = 1;
  const inB = new Uint8Array(ig.n);
  for (const v of b) inB[v] = 1;
  const z0 = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) if (within[v] && allowed[v] && !inA[v] && !inB[v]) z0[v] = 1;
  for (const v of must) z0[v] = 1;
  const [near, far, farMask] = nearest === 'a' ? [a, b, inB] : [b, a, inA];
  const first = blockersReached(ig, near, z0, within, farMask);
  if (first.hit) return null;
  const z1 = first.reached;
  for (const v of must) z1[v] = 1;
  const second = blockersReached(ig, far, z1, within, new Uint8Array(ig.n)).reached;
  for (const v of must) second[v] = 1;
  const out: number[] = [];
  for (let v = 0; v < ig.n; v++) if (second[v]) out.push(v);
  return out;
}
