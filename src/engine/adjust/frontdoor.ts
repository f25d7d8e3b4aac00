/**
 * engine/adjust/frontdoor — find a front-door adjustment set in linear time.
 *
 * Contract: `findFrontdoorSet(ig, x, y, must, allowed)` returns the maximal set Z with
 * must ⊆ Z ⊆ allowed that satisfies Pearl's front-door criterion for (X, Y), or `null` when no such
 * set exists. By the maximal-set lemma, one call decides existence. The criterion (Pearl 1995):
 *   1. Z intercepts every directed path from X to Y;
 *   2. no back-door path from X to Z is open: (X ⊥ Z) in G_X̲ given ∅;
 *   3. every back-door path from Z to Y is blocked by X: (Z ⊥ Y | X) in G_Z̲.
 * `allowed` must exclude X, Y and latent nodes (the id-level API does this). Indices throughout.
 *
 * Each condition is one reachability pass (Wienöbst, van der Zander & Liśkiewicz 2024, AAAI,
 * "Linear-time algorithms for front-door adjustment in causal graphs"):
 *   - condition 2 removes every candidate reached from X by a collider-free walk that leaves X
 *     through an edge into X and never uses an edge out of X;
 *   - condition 3 searches from Y given X. Candidates are treated as members of Z until proven
 *     otherwise: one entered through an arrowhead has an open back-door path to Y, so it is dropped
 *     and the search continues through it; one entered through its own outgoing edge is parked,
 *     because that edge does not exist in G_Z̲, and resumed only if the node is dropped later.
 *     Dropping a node only opens walks, so the pass reaches the greatest fixpoint: the maximal set.
 *     Candidates are never ancestors of X (such a node reaches X by a back-door walk and fails
 *     condition 2), so An(X) is the same in G and in G_Z̲ and colliders can be judged once;
 *   - condition 1 is a directed search from X that may not enter Z.
 * Complexity: O(n + m).
 */
import { ancestorsMask } from '../graph/ancestry';
import type { IndexedGraph } from '../graph/indexed';

const HEAD = 0;
const TAIL = 1;

/** Nodes reachable from X by an open back-door walk in G_X̲ with nothing conditioned. */
function backdoorReachFromX(ig: IndexedGraph, inX: Uint8Array, x: readonly number[]): Uint8Array {
  const seen = new Uint8Array(2 * ig.n);
  const reached = new Uint8Array(ig.n);
  const stack: number[] = [];
  const visit = (v: number, mark: number) => {
    if (inX[v] || seen[2 * v + mark]) return;
    seen[2 * v + mark] = 1;
    reached[v] = 1;
    stack.push(2 * v + mark);
  };
  for (const s of x) {
    for (const p of ig.parents[s]) visit(p, TAIL);
    for (const q of ig.spouses[s]) visit(q, HEAD);
  }
  while (stack.length > 0) {
    const state = stack.pop()!;
    const v = state >> 1;
    for (const c of ig.children[v]) visit(c, HEAD);
    if ((state & 1) === TAIL) {
      for (const p of ig.parents[v]) visit(p, TAIL);
      for (const q of ig.spouses[v]) visit(q, HEAD);
    }
  }
  return reached;
}

/**
 * Drops from `candidate` (in place) every node with a back-door path to Y that is open given X in
 * G_Z̲, where Z is the final candidate set.
 */
function dropOpenToOutcome(
  ig: IndexedGraph,
  inX: Uint8Array,
  y: readonly number[],
  candidate: Uint8Array,
): void {
  const anX = ancestorsMask(ig, maskToList(inX));
  const seen = new Uint8Array(2 * ig.n);
  const parked = new Uint8Array(ig.n);
  const stack: number[] = [];
  const visit = (v: number, mark: number) => {
    if (seen[2 * v + mark]) return;
    seen[2 * v + mark] = 1;
    stack.push(2 * v + mark);
  };
  const expand = (v: number, mark: number) => {
    if (mark === TAIL) {
      if (inX[v]) return;
      for (const p of ig.parents[v]) visit(p, TAIL);
      for (const c of ig.children[v]) visit(c, HEAD);
      for (const q of ig.spouses[v]) visit(q, HEAD);
      return;
    }
    if (!inX[v]) for (const c of ig.children[v]) visit(c, HEAD);
    if (anX[v]) {
      for (const p of ig.parents[v]) visit(p, TAIL);
      for (const q of ig.spouses[v]) visit(q, HEAD);
    }
  };
  for (const s of y) visit(s, TAIL);
  while (stack.length > 0) {
    const state = stack.pop()!;
    const v = state >> 1;
    const mark = state & 1;
    if (candidate[v]) {
      if (mark === TAIL) {
        parked[v] = 1;
        continue;
      }
      candidate[v] = 0;
      if (parked[v]) expand(v, TAIL);
    }
    expand(v, mark);
  }
}

/** True when some directed path from X reaches Y without entering Z. */
function directedPathAvoiding(ig: IndexedGraph, x: readonly number[], inY: Uint8Array, z: Uint8Array): boolean {
  const seen = new Uint8Array(ig.n);
  const stack = [...x];
  for (const s of x) seen[s] = 1;
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const c of ig.children[v]) {
      if (seen[c] || z[c]) continue;
      if (inY[c]) return true;
      seen[c] = 1;
      stack.push(c);
    }
  }
  return false;
}

function maskToList(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return out;
}

/**
 * The largest subset of `allowed` meeting conditions 2 and 3, and whether it also meets condition 1.
 * Every front-door set inside `allowed` is a subset of it; a set containing `must` exists iff
 * `intercepts` and must ⊆ set. Removing a non-member from `allowed` leaves the result unchanged.
 */
export function maximalFrontdoorCandidate(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  allowed: Uint8Array,
): { readonly set: Uint8Array; readonly intercepts: boolean } {
  const inX = new Uint8Array(ig.n);
  for (const v of x) inX[v] = 1;
  const inY = new Uint8Array(ig.n);
  for (const v of y) inY[v] = 1;
  const reached = backdoorReachFromX(ig, inX, x);
  const candidate = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) candidate[v] = allowed[v] && !reached[v] && !inX[v] && !inY[v] ? 1 : 0;
  dropOpenToOutcome(ig, inX, y, candidate);
  return { set: candidate, intercepts: !directedPathAvoiding(ig, x, inY, candidate) };
}

export function findFrontdoorSet(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  must: Uint8Array,
  allowed: Uint8Array,
): Uint8Array | null {
  const { set, intercepts } = maximalFrontdoorCandidate(ig, x, y, allowed);
  if (!intercepts) return null;
  for (let v = 0; v < ig.n; v++) if (must[v] && !set[v]) return null;
  return set;
}
