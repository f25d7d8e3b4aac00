/**
 * engine/paths/dseparation — d-separation (DAGs) and m-separation (ADMGs) by linear-time
 * reachability, with a witness path when the sets are not separated.
 *
 * Contract: `dConnectingPath(ig, X, Y, Z)` returns `null` when X and Y are d-/m-separated given Z,
 * otherwise a shortest open path from some x ∈ X to some y ∈ Y as node indices;
 * `dConnectingPathEdges` returns the same path with the edge taken at each step (which matters
 * when two nodes are joined by both `->` and `<->`). X, Y and Z must be
 * pairwise disjoint and the graph must have only `->` and `<->` edges (callers check this; see
 * `separation.ts`). A bidirected edge counts as a hidden common parent: it has arrowheads at both
 * ends. A collider is open when it is in An(Z); any other node is open when it is not in Z.
 *
 * Why the witness is a path and not just a walk: the search is breadth-first over (node, mark)
 * states, so it finds an open walk with the fewest edges; if such a walk repeated a node v, cutting
 * out the loop would give a shorter open walk (v is either a non-collider outside Z, or it is
 * entered and left through arrowheads and is then in An(Z) because the loop went down through a
 * collider that is in An(Z)), so the shortest one is a simple path.
 *
 * Complexity: O(n + m) time and memory.
 * References: Shachter 1998 ("Bayes-ball"); Koller & Friedman 2009, Algorithm 3.1;
 * Richardson 2003 (m-separation in ADMGs).
 */
import { ancestorsMask } from '../graph/ancestry';
import type { IndexedGraph } from '../graph/indexed';
import type { IndexedPath, PathEdge } from './path-rule';

/** How the walk entered a node: through an arrowhead at it, or through a tail at it. */
const HEAD = 0;
const TAIL = 1;

/** Edge codes stored per search state, in the order of `STEP_EDGES`. */
const STEP_EDGES: readonly PathEdge[] = ['->', '<-', '<->'];
const FORWARD = 0;
const BACKWARD = 1;
const BIDIRECTED = 2;

export function dConnectingPathEdges(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  z: readonly number[],
): IndexedPath | null {
  const n = ig.n;
  const inZ = new Uint8Array(n);
  for (const v of z) inZ[v] = 1;
  const inY = new Uint8Array(n);
  for (const v of y) inY[v] = 1;
  const anZ = ancestorsMask(ig, z);
  // State s = 2 * node + mark. `from` holds the predecessor state, -1 for a start, -2 unvisited;
  // `via` the edge that led into the state.
  const from = new Int32Array(2 * n).fill(-2);
  const via = new Uint8Array(2 * n);
  const queue = new Int32Array(2 * n);
  let head = 0;
  let tail = 0;
  const visit = (state: number, previous: number, edge: number) => {
    if (from[state] !== -2) return;
    from[state] = previous;
    via[state] = edge;
    queue[tail++] = state;
  };
  for (const s of x) {
    if (inY[s]) return { nodes: [s], edges: [] };
    // Leaving a start node is allowed along every edge: treat it as entered by a tail.
    visit(2 * s + TAIL, -1, FORWARD);
  }
  while (head < tail) {
    const state = queue[head++];
    const v = state >> 1;
    const mark = state & 1;
    if (inY[v] && from[state] !== -1) return rebuild(from, via, state);
    const passThrough = !inZ[v];
    // Leave along v -> c: the mark at v is a tail, so v is a non-collider on this stretch.
    if (passThrough) for (const c of ig.children[v]) visit(2 * c + HEAD, state, FORWARD);
    // Leave along v <- p: a tail at p, an arrowhead at v.
    // Leave along v <-> s: arrowheads at both ends.
    // Both put an arrowhead at v: v is a collider when it was entered through an arrowhead.
    const openAsCollider = mark === HEAD ? anZ[v] === 1 : passThrough;
    if (openAsCollider) {
      for (const p of ig.parents[v]) visit(2 * p + TAIL, state, BACKWARD);
      for (const s of ig.spouses[v]) visit(2 * s + HEAD, state, BIDIRECTED);
    }
  }
  return null;
}

function rebuild(from: Int32Array, via: Uint8Array, end: number): IndexedPath {
  const nodes: number[] = [];
  const edges: PathEdge[] = [];
  for (let s = end; s >= 0; s = from[s]) {
    nodes.push(s >> 1);
    if (from[s] >= 0) edges.push(STEP_EDGES[via[s]]);
  }
  return { nodes: nodes.reverse(), edges: edges.reverse() };
}

export function dConnectingPath(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  z: readonly number[],
): number[] | null {
  const path = dConnectingPathEdges(ig, x, y, z);
  return path === null ? null : [...path.nodes];
}

/** True when X and Y are d-/m-separated given Z. */
export function isDSeparated(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  z: readonly number[],
): boolean {
  return dConnectingPath(ig, x, y, z) === null;
}
