/**
 * engine/adjust/adjustment-open-paths — the paths a candidate adjustment set leaves open, for
 * explanations.
 *
 * Contract: `openBiasingPaths(problem, Z, max)` lists proper paths (only the first node in X, the
 * last in Y, no other outcome on the way) that are open given Z: for the total effect the non-causal
 * paths of G, for the direct effect every path of the single-door graph (an open causal path through
 * a mediator is a bias there too). Shortest first, ties in id order, at most `max`; node sequences
 * are distinct. The search is breadth-first over partial paths with a work budget, so on huge
 * graphs the list can be incomplete (`complete: false`); callers add the separation witness, which always exists when Z
 * fails the separation test. Paths may pass through other outcomes: with a forbidden node in Z, a
 * path can run causally into one outcome and on to a collider below it.
 * Complexity: exponential in the worst case; bounded by `budget` partial paths (default 100 000).
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

export function openBiasingPaths(problem: AdjustmentProblem, z: readonly number[], max: number, budget = 100_000): OpenPathListing {
  const { inX, inY, ig } = problem;
  const g = problem.effect === 'total' ? ig : problem.graph;
  const nonCausalOnly = problem.effect === 'total';
  const inZ = new Uint8Array(g.n);
  for (const v of z) inZ[v] = 1;
  const anZ = ancestorsMask(g, z);
  // Every node of a path that is open given Z lies in An(X ∪ Y ∪ Z): a prune that keeps the search
  // small on large sparse graphs.
  const relevant = ancestorsMask(g, [...problem.x, ...problem.y, ...z]);
  // Breadth-first over partial paths, so complete paths appear in order of length. A partial path
  // is a chain of entries: its last node, the entry before it, the edge that led here, whether that
  // edge has an arrowhead at the node, and whether every edge so far points forward.
  const node: number[] = [];
  const parent: number[] = [];
  const edge: StepEdge[] = [];
  const headIn: boolean[] = [];
  const causal: boolean[] = [];
  const push = (v: number, from: number, e: StepEdge, head: boolean, forward: boolean) => {
    node.push(v);
    parent.push(from);
    edge.push(e);
    headIn.push(head);
    causal.push(forward);
  };
  const onPath = (entry: number, w: number) => {
    for (let e = entry; e !== -1; e = parent[e]) if (node[e] === w) return true;
    return false;
  };
  const unwind = (entry: number): OpenPath => {
    const nodes: number[] = [];
    const edges: StepEdge[] = [];
    for (let e = entry; e !== -1; e = parent[e]) {
      nodes.push(node[e]);
      if (parent[e] !== -1) edges.push(edge[e]);
    }
    return { nodes: nodes.reverse(), edges: edges.reverse() };
  };
  for (const x of problem.x) push(x, -1, '->', false, true);
  const found: OpenPath[] = [];
  let levelEnd = node.length;
  let level: OpenPath[] = [];
  const byIds = (a: OpenPath, b: OpenPath) => {
    for (let i = 0; i < a.nodes.length; i++) {
      const c = compareIds(ig.ids[a.nodes[i]], ig.ids[b.nodes[i]]);
      if (c !== 0) return c;
    }
    return 0;
  };
  const seen = new Set<string>();
  const flush = () => {
    for (const p of level.sort(byIds)) {
      const key = p.nodes.join(',');
      if (!seen.has(key)) {
        seen.add(key);
        found.push(p);
      }
    }
    level = [];
  };
  let exhausted = false;
  for (let head = 0; head < node.length; head++) {
    if (head === levelEnd) {
      flush();
      if (found.length >= max) break;
      levelEnd = node.length;
    }
    if (node.length > budget) {
      exhausted = true;
      break;
    }
    const v = node[head];
    const interior = parent[head] !== -1;
    const step = (w: number, e: StepEdge, headAtV: boolean, headAtW: boolean) => {
      if (inX[w] || !relevant[w] || onPath(head, w)) return;
      if (interior && !(headIn[head] && headAtV ? anZ[v] === 1 : inZ[v] === 0)) return;
      const forward = causal[head] && e === '->';
      push(w, head, e, headAtW, forward);
      if (inY[w] && !(nonCausalOnly && forward)) level.push(unwind(node.length - 1));
    };
    for (const c of g.children[v]) step(c, '->', false, true);
    for (const p of g.parents[v]) step(p, '<-', true, false);
    for (const s of g.spouses[v]) step(s, '<->', true, true);
  }
  if (!exhausted) flush();
  return { paths: found.slice(0, max), complete: !exhausted };
}
