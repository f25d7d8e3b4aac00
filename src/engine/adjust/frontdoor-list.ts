/**
 * engine/adjust/frontdoor-list — list every front-door adjustment set with must ⊆ Z ⊆ allowed,
 * in lexicographic order of the sorted id arrays, with polynomial delay.
 *
 * Contract: a generator of node-index masks. Sets come out in the order in which their sorted id
 * arrays compare lexicographically (plain code-unit order), so capping the listing after K sets
 * always gives the same K sets whatever the node order in the document.
 *
 * Algorithm: backtracking over the candidates in id order (Takata 2010 scheme, as used for
 * front-door sets by Jeong, Tian & Bareinboim 2022, NeurIPS, and with the linear-time test by
 * Wienöbst, van der Zander & Liśkiewicz 2024, AAAI). Each branch fixes "in"/"out" for the next
 * candidate and is pruned at once when `findFrontdoorSet` says no set exists between the nodes
 * fixed in and the nodes not yet fixed out, so every branch explored yields at least one set. The
 * maximal candidate of the parent branch is reused whenever the allowed set did not change.
 * Why the order is lexicographic: with the same decisions so far, a set that adds nothing further
 * is a prefix of every set that does (so it comes first), and a set taking the next candidate v has
 * v as its next element, smaller than anything a set skipping v can continue with.
 * Complexity: O(n (n + m)) delay between consecutive sets.
 */
import type { IndexedGraph } from '../graph/indexed';
import { compareIds } from '../graph/indexed';
import { findFrontdoorSet, maximalFrontdoorCandidate } from './frontdoor';

export function* listFrontdoorSets(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  must: Uint8Array,
  allowed: Uint8Array,
): Generator<Uint8Array> {
  const order: number[] = [];
  for (let v = 0; v < ig.n; v++) if (allowed[v] || must[v]) order.push(v);
  order.sort((a, b) => compareIds(ig.ids[a], ig.ids[b]));
  // mustAfter[k] = number of must-include nodes at positions ≥ k: a set may stop growing only when 0.
  const mustAfter = new Int32Array(order.length + 1);
  for (let k = order.length - 1; k >= 0; k--) mustAfter[k] = mustAfter[k + 1] + (must[order[k]] ? 1 : 0);
  const inSet = new Uint8Array(ig.n);
  const open = new Uint8Array(ig.n);
  for (const v of order) open[v] = 1;

  // The nodes already in, plus the must-include nodes still ahead.
  const mustNow = (): Uint8Array => {
    const m = new Uint8Array(ig.n);
    for (const v of order) if (inSet[v] || must[v]) m[v] = 1;
    return m;
  };
  const contains = (outer: Uint8Array, inner: Uint8Array) => order.every((v) => !inner[v] || outer[v]);
  const sameSet = (a: Uint8Array, b: Uint8Array) => order.every((v) => a[v] === b[v]);

  // `best` is the maximal candidate for the current `open`: a branch has a set iff it intercepts
  // and holds everything fixed in. Taking v in keeps `open`, so `best` is reused; leaving v out
  // changes it only when v was in `best`.
  function* walk(k: number, stoppedAlready: boolean, best: ReturnType<typeof maximalFrontdoorCandidate>): Generator<Uint8Array> {
    const fixed = mustNow();
    if (!best.intercepts || !contains(best.set, fixed)) return;
    if (!stoppedAlready && mustAfter[k] === 0) {
      if (sameSet(best.set, fixed) || findFrontdoorSet(ig, x, y, fixed, fixed) !== null) yield fixed;
    }
    if (k === order.length) return;
    const v = order[k];
    if (must[v]) {
      inSet[v] = 1;
      yield* walk(k + 1, false, best);
      inSet[v] = 0;
      return;
    }
    if (best.set[v]) {
      inSet[v] = 1;
      yield* walk(k + 1, false, best);
      inSet[v] = 0;
    }
    open[v] = 0;
    // The set that stops here was produced above (or is not a set): it must not repeat.
    const without = best.set[v] ? maximalFrontdoorCandidate(ig, x, y, open) : best;
    yield* walk(k + 1, mustAfter[k] === 0, without);
    open[v] = 1;
  }
  yield* walk(0, false, maximalFrontdoorCandidate(ig, x, y, open));
}
