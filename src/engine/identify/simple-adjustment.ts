/**
 * engine/identify/simple-adjustment — one small valid adjustment set, so that an identifiable
 * effect can be shown in the familiar form Σ_z P(y | x, z) P(z).
 *
 * Contract: `smallAdjustmentSet(ig, x, y)` (an ADMG over observed nodes, disjoint non-empty x, y)
 * returns a set Z satisfying the adjustment criterion, or null when none exists. It starts from
 * the canonical set An(X ∪ Y) ∖ (X ∪ Y ∪ Dpcp(X, Y)), which is valid iff any set is, and drops
 * members (in reverse id order) while the criterion still holds, so no single member can be
 * removed from the result. This is a private helper for choosing the printed formula; the full
 * adjustment analysis (minimal, optimal, listing) lives in engine/adjust.
 * Complexity: O(n · (n + m)).
 * References: Shpitser, VanderWeele & Robins 2010; van der Zander, Liśkiewicz & Textor 2014/2019
 * (proper back-door graph, canonical set); Perković et al. 2018 (ADMGs).
 */
import { ancestorsMask, descendantsMask } from '../graph/ancestry';
import type { IndexedGraph } from '../graph/indexed';
import { compareIds, maskOf } from '../graph/indexed';
import { isDSeparated } from '../paths/dseparation';

export function smallAdjustmentSet(ig: IndexedGraph, x: readonly number[], y: readonly number[]): number[] | null {
  const inX = maskOf(ig.n, x);
  const inY = maskOf(ig.n, y);
  const notX = maskOf(ig.n, Array.from({ length: ig.n }, (_, v) => v).filter((v) => !inX[v]));
  // Proper causal paths: descendants of X reached without re-entering X, that reach Y avoiding X.
  const firstSteps = x.flatMap((v) => ig.children[v].filter((c) => !inX[c]));
  const fromX = descendantsMask(ig, firstSteps, notX);
  const toY = ancestorsMask(ig, y, notX);
  const onCausalPath = maskOf(ig.n, Array.from({ length: ig.n }, (_, v) => v).filter((v) => fromX[v] && toY[v]));
  const forbidden = descendantsMask(ig, Array.from({ length: ig.n }, (_, v) => v).filter((v) => onCausalPath[v]));
  // The proper back-door graph: drop the first edge X -> c of every proper causal path.
  const backdoor: IndexedGraph = {
    ...ig,
    children: ig.children.map((cs, v) => (inX[v] ? cs.filter((c) => !onCausalPath[c]) : cs)),
    parents: ig.parents.map((ps, v) => (onCausalPath[v] ? ps.filter((p) => !inX[p]) : ps)),
  };
  const valid = (z: readonly number[]) => isDSeparated(backdoor, x, y, z);
  const relevant = ancestorsMask(ig, [...x, ...y]);
  let z = Array.from({ length: ig.n }, (_, v) => v).filter(
    (v) => relevant[v] && !inX[v] && !inY[v] && !forbidden[v] && !ig.roleMask.latent[v],
  );
  if (!valid(z)) return null;
  const byIdDescending = [...z].sort((a, b) => compareIds(ig.ids[b], ig.ids[a]));
  for (const v of byIdDescending) {
    const smaller = z.filter((u) => u !== v);
    if (valid(smaller)) z = smaller;
  }
  return z;
}
