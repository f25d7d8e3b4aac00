/**
 * engine/adjust/frontdoor-minimal — an inclusion-minimal front-door adjustment set.
 *
 * Contract: `minimalFrontdoorSet(ig, x, y, must, allowed)` returns a set Z with
 * must ⊆ Z ⊆ allowed satisfying the front-door criterion such that no proper subset of Z that still
 * contains `must` satisfies it; `null` when no set exists. Deterministic: nodes are tried in id order.
 *
 * Algorithm: start from the maximal set; for each node v of the current set in id order ask the
 * linear-time existence test (`findFrontdoorSet`) whether a set exists between `must` and
 * current ∖ {v}. If so, continue from the maximal such set (it lies inside current ∖ {v}); if not,
 * v is essential for every subset of the current set and is never tried again. When every remaining
 * node is essential, no proper subset is valid, so the set is minimal. Dropping nodes one at a time
 * without the existence test would not do: {a, b} with a ↔ b, a → Y, b → Y and no directed path from
 * X to Y is a front-door set whose one-node subsets both fail while ∅ succeeds.
 * This is not the single-pass linear-time construction of Wienöbst, van der Zander & Liśkiewicz
 * (2024, AAAI); it relies on their maximal-set lemma and linear-time test instead.
 * Complexity: O(n (n + m)) — at most one existence test per node.
 */
import type { IndexedGraph } from '../graph/indexed';
import { compareIds } from '../graph/indexed';
import { findFrontdoorSet } from './frontdoor';

export function minimalFrontdoorSet(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  must: Uint8Array,
  allowed: Uint8Array,
): Uint8Array | null {
  let current = findFrontdoorSet(ig, x, y, must, allowed);
  if (current === null) return null;
  const essential = new Uint8Array(ig.n);
  const order: number[] = [];
  for (let v = 0; v < ig.n; v++) if (current[v]) order.push(v);
  order.sort((a, b) => compareIds(ig.ids[a], ig.ids[b]));
  for (const v of order) {
    if (!current[v] || must[v] || essential[v]) continue;
    const smaller = current.slice();
    smaller[v] = 0;
    const found = findFrontdoorSet(ig, x, y, must, smaller);
    if (found === null) essential[v] = 1;
    else current = found;
  }
  return current;
}
