/**
 * engine/adjust/adjustment-criterion — is Z an adjustment set (total effect) or a single-door set
 * (direct effect), and if not, why not.
 *
 * Contract: `testAdjustment(problem, Z)` for Z disjoint from X ∪ Y returns the members of Z that the
 * causal structure forbids (see `adjustment-problem.ts`) and, when Z leaves X and Y connected in the
 * separation graph, a shortest open path as witness. The witness is cut to start at its last X node,
 * so it is proper; for the total effect it is then a non-causal path of G (a causal one would begin
 * with an edge G^pbd lacks) that is open given Z. Z is valid iff both lists are empty. Latent nodes
 * are the caller's concern.
 * Complexity: O(n + m).
 * References: van der Zander, Liśkiewicz & Textor 2019 (AIJ), the constructive back-door criterion;
 * Shachter 1998 (reachability).
 */
import { dConnectingPath } from '../paths/dseparation';
import type { AdjustmentProblem } from './adjustment-problem';

export interface AdjustmentTest {
  readonly valid: boolean;
  /** Members of Z that are mediators, descendants of mediators, or (direct effect) descendants of Y. */
  readonly forbidden: readonly number[];
  /** A shortest proper open path from X to Y in the separation graph, or `null`. */
  readonly openPath: readonly number[] | null;
}

export function testAdjustment(problem: AdjustmentProblem, z: readonly number[]): AdjustmentTest {
  const forbidden = z.filter((v) => problem.forbidden[v] === 1);
  const path = dConnectingPath(problem.graph, problem.x, problem.y, z);
  let openPath: number[] | null = null;
  if (path) {
    let start = 0;
    for (let i = 0; i < path.length; i++) if (problem.inX[path[i]]) start = i;
    openPath = path.slice(start);
  }
  return { valid: forbidden.length === 0 && openPath === null, forbidden, openPath };
}

/** True when Z satisfies the criterion (Z disjoint from X ∪ Y). */
export function isAdjustmentSet(problem: AdjustmentProblem, z: readonly number[]): boolean {
  for (const v of z) if (problem.forbidden[v]) return false;
  return dConnectingPath(problem.graph, problem.x, problem.y, z) === null;
}
