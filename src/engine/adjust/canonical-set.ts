/**
 * engine/adjust/canonical-set — the canonical adjustment set: one test that decides whether any
 * adjustment set exists.
 *
 * Contract: `canonicalSetOf(problem, space)` returns Z₀ = (An(X ∪ Y ∪ I) ∩ R) ∪ I, ancestors taken in
 * the separation graph, when Z₀ satisfies the criterion, and `null` otherwise — in which case no Z
 * with I ⊆ Z ⊆ R does. With I = the selected nodes and R = all allowed nodes this is
 * An(X ∪ Y) ∖ (X ∪ Y ∪ Dpcp ∪ latent) for the total effect (ancestors in G and in G^pbd differ only
 * by nodes of Dpcp or of An(X)). An empty array means the empty set works.
 * Complexity: O(n + m).
 * References: van der Zander, Liśkiewicz & Textor 2014 (UAI) and 2019 (AIJ), "Adjust(X, Y)" and
 * FindSep; Perković et al. 2018 (JMLR), the canonical set of the generalised adjustment criterion.
 */
import { ancestorsMask } from '../graph/ancestry';
import { isAdjustmentSet } from './adjustment-criterion';
import type { AdjustmentProblem } from './adjustment-problem';
import type { SearchSpace } from './search-space';

/** Z₀ = (An(X ∪ Y ∪ I) ∩ R) ∪ I in the separation graph, ascending (whether or not it is valid). */
export function candidateSet(problem: AdjustmentProblem, space: SearchSpace): number[] {
  const ancestral = ancestorsMask(problem.graph, [...problem.x, ...problem.y, ...space.include]);
  const set: number[] = [];
  for (let v = 0; v < problem.ig.n; v++) if (ancestral[v] && space.candidates[v]) set.push(v);
  return set;
}

export function canonicalSetOf(problem: AdjustmentProblem, space: SearchSpace): number[] | null {
  if (!space.feasible) return null;
  const set = candidateSet(problem, space);
  return isAdjustmentSet(problem, set) ? set : null;
}
