/**
 * engine/adjust/optimal-set — the optimal adjustment set (O-set) for one exposure in a DAG.
 *
 * Contract: `optimalSetOf(problem)` returns O(X, Y) = pa(cn(X, Y)) ∖ forb(X, Y), where cn = PCP(X, Y)
 * (the causal nodes) and forb = De(cn) ∪ X, when the theory applies and O is a valid adjustment set:
 * then, among all valid adjustment sets, O gives the smallest asymptotic variance of the adjusted
 * estimator in linear-Gaussian causal models (and of the efficient non-parametric estimator). It
 * returns `{ set: null, reason }` when the O-set is not defined here — an ADMG (bidirected edges),
 * several exposures, a selected node, no causal path from the exposure to the outcome, or an O-set
 * with a latent node — or when no valid adjustment set exists.
 * Complexity: O(n + m).
 * References: Henckel, Perković & Maathuis 2022 (JRSS-B 84), Definition of O and Theorem 3.10;
 * Rotnitzky & Smucler 2020 (JMLR 21), the non-parametric counterpart.
 */
import { displayNames } from '../graph/names';
import { isAdjustmentSet } from './adjustment-criterion';
import type { AdjustmentProblem } from './adjustment-problem';
import { canonicalSetOf } from './canonical-set';
import { searchSpace } from './search-space';

export interface OptimalSetResult {
  readonly set: number[] | null;
  /** Why there is no O-set; `null` when `set` is given. Names nodes by id. */
  readonly reason: string | null;
}

const none = (reason: string): OptimalSetResult => ({ set: null, reason });

export function optimalSetOf(problem: AdjustmentProblem): OptimalSetResult {
  const { ig, x, causalNodes, forbidden } = problem;
  if (problem.effect !== 'total') return none('the optimal adjustment set is defined for the total effect only');
  if (ig.spouses.some((list) => list.length > 0)) {
    return none('the optimal adjustment set is defined for DAGs; this graph has bidirected edges (hidden confounding)');
  }
  if (x.length !== 1) return none('the optimal adjustment set is computed for a single exposure only');
  if (ig.roleMask.selected.some((v) => v === 1)) {
    return none('the optimal adjustment set theory does not cover selected (always conditioned on) nodes');
  }
  if (!causalNodes.some((v) => v === 1)) {
    return none(`"${displayNames(ig.graph)[x[0]]}" has no causal path to the outcome, so the optimal adjustment set is not defined`);
  }
  const inO = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) {
    if (!causalNodes[v]) continue;
    for (const p of ig.parents[v]) if (!causalNodes[p] && !forbidden[p] && !problem.inX[p] && !problem.inY[p]) inO[p] = 1;
  }
  const set: number[] = [];
  for (let v = 0; v < ig.n; v++) if (inO[v]) set.push(v);
  const latent = set.filter((v) => ig.roleMask.latent[v]);
  if (latent.length > 0) {
    const names = displayNames(ig.graph);
    const listed = latent.map((v) => `"${names[v]}"`).join(', ');
    return none(`the optimal adjustment set would contain the latent node${latent.length > 1 ? 's' : ''} ${listed}`);
  }
  if (!isAdjustmentSet(problem, set)) {
    return canonicalSetOf(problem, searchSpace(problem)) === null
      ? none('no valid adjustment set exists')
      : none('the O-set is not a valid adjustment set for these outcomes');
  }
  return { set, reason: null };
}
