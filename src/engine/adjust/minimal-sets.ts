/**
 * engine/adjust/minimal-sets — lists the minimal separators of a separation network with polynomial
 * delay, and with them the minimal adjustment sets.
 *
 * Contract: `minimalSeparators(net)` yields, lazily and each exactly once, every inclusion-minimal
 * set S of FREE nodes whose deletion disconnects SOURCE from TARGET (see `adjustment-moral-graph.ts`),
 * each sorted ascending; nothing when SOURCE and TARGET are joined through FIXED nodes only, and a
 * single empty set when they are already disconnected. FIXED nodes are "undeletable": write H' for
 * the graph on the other nodes in which two of them are adjacent when joined through FIXED nodes.
 *
 * Method (after Takata 2010 and van der Zander, Liśkiewicz & Textor 2019, ListMinSep): a minimal
 * separator S is determined by its full component C_x(S) on the source side. For a connected source
 * side A, the separator closest to A is S_A = N(D), where D is the target's component of H' − N[A];
 * it is minimal (every node of it touches both A and D). Every minimal separator S with A ⊆ C_x(S)
 * either equals S_A or puts some v ∈ S_A inside C_x(S), which gives the branching "v joins the source
 * side" / "v stays out of it" (the set B). A branch is entered only when it holds a separator: for
 * A' = A ∪ {v} the closest separator S_A' has the smallest source side of all separators around A',
 * so the branch is non-empty iff C_x(S_A') avoids B. Every leaf is therefore an output.
 * Complexity: O(n + m) per search step, depth ≤ n: O(n·(n + m)) delay; the first set costs O(n + m).
 * References: Takata 2010 (Discrete Applied Mathematics 158); Berry, Bordat & Cogis 1999 (close
 * separators); van der Zander, Liśkiewicz & Textor 2019 (AIJ).
 */
import { ABSENT, FREE, type SeparationNetwork, separationNetwork, SOURCE, TARGET } from './adjustment-moral-graph';
import type { AdjustmentProblem } from './adjustment-problem';
import type { SearchSpace } from './search-space';

const A_SIDE = 1;
const BOUNDARY = 2;

/** S_A for the source side `inA`, or `null` when a target is adjacent to A in H'. */
function closestSeparator(net: SeparationNetwork, inA: Uint8Array): number[] | null {
  const { size, adjacency, kind } = net;
  const mark = new Uint8Array(size);
  const stack: number[] = [];
  for (let v = 0; v < size; v++) {
    if (inA[v]) {
      mark[v] = A_SIDE;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const w of adjacency[v]) {
      if (mark[w]) continue;
      const k = kind[w];
      if (k === TARGET) return null;
      if (k === ABSENT) continue;
      if (k === FREE && !inA[w]) {
        mark[w] = BOUNDARY;
        continue;
      }
      mark[w] = A_SIDE;
      stack.push(w);
    }
  }
  const separator: number[] = [];
  const seen = new Uint8Array(size);
  for (let v = 0; v < size; v++) {
    if (kind[v] === TARGET) {
      seen[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const w of adjacency[v]) {
      if (seen[w] || kind[w] === ABSENT) continue;
      seen[w] = 1;
      if (mark[w] === BOUNDARY) separator.push(w);
      else stack.push(w);
    }
  }
  return separator.sort((a, b) => a - b);
}

/** Whether the source-side component of H' − S contains no node of B. */
function sourceSideAvoids(net: SeparationNetwork, inA: Uint8Array, separator: readonly number[], inB: Uint8Array): boolean {
  const { size, adjacency, kind } = net;
  const seen = new Uint8Array(size);
  for (const s of separator) seen[s] = 1;
  const stack: number[] = [];
  for (let v = 0; v < size; v++) {
    if (inA[v] && !seen[v]) {
      seen[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const w of adjacency[v]) {
      if (seen[w] || kind[w] === ABSENT) continue;
      if (inB[w]) return false;
      seen[w] = 1;
      stack.push(w);
    }
  }
  return true;
}

function* listFrom(
  net: SeparationNetwork,
  inA: Uint8Array,
  separator: number[],
  inB: Uint8Array,
): Generator<number[], void, undefined> {
  // The branch in which every free node of S_A stays out of the source side ends in S_A itself.
  yield separator;
  const free = separator.filter((v) => !inB[v]);
  for (const v of free) inB[v] = 1;
  for (let i = free.length - 1; i >= 0; i--) {
    const v = free[i];
    inB[v] = 0;
    const grown = inA.slice();
    grown[v] = 1;
    const next = closestSeparator(net, grown);
    if (next !== null && sourceSideAvoids(net, grown, next, inB)) yield* listFrom(net, grown, next, inB);
  }
}

export function* minimalSeparators(net: SeparationNetwork): Generator<number[], void, undefined> {
  const inA = new Uint8Array(net.size);
  for (let v = 0; v < net.size; v++) if (net.kind[v] === SOURCE) inA[v] = 1;
  const first = closestSeparator(net, inA);
  if (first === null) return;
  yield* listFrom(net, inA, first, new Uint8Array(net.size));
}

/**
 * The I-minimal adjustment sets of `problem` within `space`: every Z with I ⊆ Z ⊆ R satisfying the
 * criterion such that no valid Z' with I ⊆ Z' ⊊ Z exists, sorted ascending. Such a Z lies inside
 * An(X ∪ Y ∪ I) of the separation graph (a separator intersected with that set still separates), so
 * the moral ancestral graph holds all of them.
 */
export function* minimalAdjustmentSetsOf(problem: AdjustmentProblem, space: SearchSpace): Generator<number[], void, undefined> {
  if (!space.feasible) return;
  const net = separationNetwork(problem.graph, problem.x, problem.y, space.include, space.candidates);
  for (const separator of minimalSeparators(net)) {
    yield [...space.include, ...separator].sort((a, b) => a - b);
  }
}
