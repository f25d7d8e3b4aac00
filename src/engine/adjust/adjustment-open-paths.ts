/**
 * engine/adjust/adjustment-open-paths — the paths a candidate adjustment set leaves open, for
 * explanations.
 *
 * Contract: `openBiasingPaths(problem, Z, max)` lists proper paths (only the first node in X, the
 * last in Y, no other outcome on the way) that are open given Z: for the total effect the non-causal
 * paths of G, for the direct effect every path of the single-door graph (an open causal path through
 * a mediator is a bias there too). Shortest first, ties in id order, at most `max`; node sequences
 * are distinct. The search is iterative deepening with a work budget, so on huge graphs the list can
 * be incomplete (`complete: false`); callers add the separation witness, which always exists when Z
 * fails the separation test. Stopping at the first outcome loses nothing once Z avoids the forbidden
 * nodes: a path that passes an outcome y causally and then turns back needs a collider below y, which
 * only a forbidden node in Z could open.
 * Complexity: exponential in the worst case; bounded by `budget` node expansions (default 200 000).
 * References: Pearl 2009 (blocking); Shpitser, VanderWeele & Robins 2010 (proper non-causal paths).
 */
import { ancestorsMask } from '../graph/ancestry';
import { compareIds } from '../graph/indexed';
import type { AdjustmentProblem } from './adjustment-problem';

export type StepEdge = '->' | '<-' | '<->';

export interface OpenPath {
  readonly nodes: readonly number[];
  readonly edges: readonly StepEdge[];
}

export interface OpenPathListing {
  readonly paths: OpenPath[];
  readonly complete: boolean;
}

export function openBiasingPaths(problem: AdjustmentProblem, z: readonly number[], max: number, budget = 200_000): OpenPathListing {
  const { inX, inY, ig } = problem;
  const g = problem.effect === 'total' ? ig : problem.graph;
  const nonCausalOnly = problem.effect === 'total';
  const n = g.n;
  const inZ = new Uint8Array(n);
  for (const v of z) inZ[v] = 1;
  const anZ = ancestorsMask(g, z);
  const found: OpenPath[] = [];
  const seenSequences = new Set<string>();
  const nodes: number[] = [];
  const edges: StepEdge[] = [];
  const onPath = new Uint8Array(n);
  let work = 0;
  let exhausted = false;

  // Extends the path ending at `v` (entered through an arrowhead when `headIn`) up to `limit` edges.
  const extend = (v: number, headIn: boolean, causal: boolean, limit: number) => {
    if (++work > budget) {
      exhausted = true;
      return;
    }
    const interior = nodes.length > 1;
    const step = (w: number, edge: StepEdge, headAtV: boolean, headAtW: boolean) => {
      if (exhausted || onPath[w] || inX[w]) return;
      if (interior) {
        const open = headIn && headAtV ? anZ[v] === 1 : inZ[v] === 0;
        if (!open) return;
      }
      const stillCausal = causal && edge === '->';
      nodes.push(w);
      edges.push(edge);
      if (inY[w]) {
        if (nodes.length - 1 === limit && !(nonCausalOnly && stillCausal)) {
          const key = nodes.join(',');
          if (!seenSequences.has(key)) {
            seenSequences.add(key);
            found.push({ nodes: [...nodes], edges: [...edges] });
          }
        }
      } else if (nodes.length - 1 < limit) {
        onPath[w] = 1;
        extend(w, headAtW, stillCausal, limit);
        onPath[w] = 0;
      }
      nodes.pop();
      edges.pop();
    };
    for (const c of g.children[v]) step(c, '->', false, true);
    for (const p of g.parents[v]) step(p, '<-', true, false);
    for (const s of g.spouses[v]) step(s, '<->', true, true);
  };

  for (let limit = 1; limit < n && found.length < max && !exhausted; limit++) {
    const before = found.length;
    for (const x of problem.x) {
      nodes.push(x);
      onPath[x] = 1;
      extend(x, false, true, limit);
      onPath[x] = 0;
      nodes.pop();
    }
    const byIds = (a: OpenPath, b: OpenPath) => {
      for (let i = 0; i < a.nodes.length; i++) {
        const c = compareIds(ig.ids[a.nodes[i]], ig.ids[b.nodes[i]]);
        if (c !== 0) return c;
      }
      return 0;
    };
    const level = found.splice(before).sort(byIds);
    found.push(...level);
  }
  return { paths: found.slice(0, max), complete: !exhausted };
}
