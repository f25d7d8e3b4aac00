/**
 * engine/adjust/search-space — which nodes an adjustment set must contain (I) and may contain (R).
 *
 * Contract: `searchSpace(problem, must, mustNot)` gives I = must ∪ selected nodes (selected nodes are
 * always conditioned on) and R = every node except X, Y, the forbidden nodes of the problem, latent
 * nodes and `mustNot`; `feasible` is false when I ⊄ R (then no set exists). Every search in this folder
 * looks for sets Z with I ⊆ Z ⊆ R. Complexity: O(n).
 * Reference: van der Zander, Liśkiewicz & Textor 2019 (AIJ), the (I, R)-constrained separator problems.
 */
import type { AdjustmentProblem } from './adjustment-problem';

export interface SearchSpace {
  /** Nodes every set contains, ascending. */
  readonly include: readonly number[];
  /** candidates[v] = 1 when v may be in a set (includes `include` when feasible). */
  readonly candidates: Uint8Array;
  readonly feasible: boolean;
}

export function searchSpace(problem: AdjustmentProblem, must: readonly number[] = [], mustNot: readonly number[] = []): SearchSpace {
  const { ig, inX, inY, forbidden } = problem;
  const n = ig.n;
  const candidates = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (!inX[v] && !inY[v] && !forbidden[v] && !ig.roleMask.latent[v]) candidates[v] = 1;
  }
  for (const v of mustNot) candidates[v] = 0;
  const includeMask = new Uint8Array(n);
  for (const v of must) includeMask[v] = 1;
  for (let v = 0; v < n; v++) if (ig.roleMask.selected[v]) includeMask[v] = 1;
  const include: number[] = [];
  let feasible = true;
  for (let v = 0; v < n; v++) {
    if (!includeMask[v]) continue;
    include.push(v);
    if (!candidates[v]) feasible = false;
  }
  return { include, candidates, feasible };
}
