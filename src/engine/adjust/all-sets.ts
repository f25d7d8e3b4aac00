/**
 * engine/adjust/all-sets — lists every valid adjustment set (not only the minimal ones), lazily.
 *
 * Contract: `allAdjustmentSetsOf(problem, space)` yields each Z with I ⊆ Z ⊆ R that satisfies the
 * criterion exactly once, sorted ascending. The number of sets is exponential in general (every
 * irrelevant node doubles it), so callers cap the listing.
 * Method (ListSep): backtracking on (I, R). A branch is entered only when FindSep succeeds — some
 * valid set with I ⊆ Z ⊆ R exists iff (An(X ∪ Y ∪ I) ∩ R) ∪ I is valid (see `canonical-set.ts`) —
 * then a node v ∈ R ∖ I is either put into I or taken out of R. Every leaf (I = R) is an output.
 * Complexity: O(n·(n + m)) delay.
 * Reference: van der Zander, Liśkiewicz & Textor 2019 (AIJ), ListSep; Takata 2010 (backtracking
 * with a non-emptiness oracle).
 */
import type { AdjustmentProblem } from './adjustment-problem';
import { canonicalSetOf } from './canonical-set';
import type { SearchSpace } from './search-space';

function* listFrom(problem: AdjustmentProblem, space: SearchSpace, free: readonly number[], next: number): Generator<number[], void, undefined> {
  if (canonicalSetOf(problem, space) === null) return;
  if (next === free.length) {
    yield [...space.include];
    return;
  }
  const v = free[next];
  const include = [...space.include, v].sort((a, b) => a - b);
  yield* listFrom(problem, { ...space, include }, free, next + 1);
  const candidates = space.candidates.slice();
  candidates[v] = 0;
  yield* listFrom(problem, { ...space, candidates }, free, next + 1);
}

export function* allAdjustmentSetsOf(problem: AdjustmentProblem, space: SearchSpace): Generator<number[], void, undefined> {
  if (!space.feasible) return;
  const inInclude = new Uint8Array(problem.ig.n);
  for (const v of space.include) inInclude[v] = 1;
  const free: number[] = [];
  for (let v = 0; v < problem.ig.n; v++) if (space.candidates[v] && !inInclude[v]) free.push(v);
  yield* listFrom(problem, space, free, 0);
}
