/**
 * engine/paths/path-rule — when a single path is open, causal, and what each interior node is on it.
 *
 * Contract: a path is a node sequence with one edge between each consecutive pair, written in the
 * direction of travel: `->` (tail at the earlier node), `<-` (arrowhead at the earlier node) or
 * `<->` (a bidirected edge: arrowheads at both ends). An interior node is a collider when both of
 * its edges have an arrowhead at it, a fork when both have a tail at it, a chain node otherwise.
 * The path is open given Z when every collider is in An(Z) and every other interior node is not
 * in Z (Pearl 1988; Richardson 2003 for bidirected edges). It is causal when every edge is `->`.
 * Complexity: O(length of the path).
 */

/** One edge of a path, in the direction of travel. */
export type PathEdge = '->' | '<-' | '<->';

/** A path as node indices and the `length - 1` edges between them. */
export interface IndexedPath {
  readonly nodes: readonly number[];
  readonly edges: readonly PathEdge[];
}

export type PathNodeKind = 'chain' | 'fork' | 'collider';

/** Fixed order of edge kinds, used to break ties between paths over the same nodes. */
export const PATH_EDGE_RANK: Readonly<Record<PathEdge, number>> = { '->': 0, '<-': 1, '<->': 2 };

const headAtEnd = (edge: PathEdge) => edge !== '<-';
const headAtStart = (edge: PathEdge) => edge !== '->';

/** The kind of interior node `i` (0 < i < nodes.length - 1) on the path. */
export function interiorKind(edges: readonly PathEdge[], i: number): PathNodeKind {
  const inHead = headAtEnd(edges[i - 1]);
  const outHead = headAtStart(edges[i]);
  if (inHead && outHead) return 'collider';
  if (!inHead && !outHead) return 'fork';
  return 'chain';
}

/** Whether interior node `i` lets the path through, given Z (`inZ`) and An(Z) (`anZ`) as masks. */
export function interiorOpen(path: IndexedPath, i: number, inZ: Uint8Array, anZ: Uint8Array): boolean {
  const v = path.nodes[i];
  return interiorKind(path.edges, i) === 'collider' ? anZ[v] === 1 : inZ[v] !== 1;
}

/** Whether every interior node lets the path through. */
export function isOpenPath(path: IndexedPath, inZ: Uint8Array, anZ: Uint8Array): boolean {
  for (let i = 1; i < path.nodes.length - 1; i++) if (!interiorOpen(path, i, inZ, anZ)) return false;
  return true;
}

/** Whether every edge points from the start of the path towards its end. */
export function isCausalPath(path: IndexedPath): boolean {
  return path.edges.every((edge) => edge === '->');
}
