/**
 * engine/graph/indexed — the integer-indexed adjacency view every algorithm runs on.
 *
 * Contract: node i is `graph.nodes[i]`; `parents`, `children`, `spouses` (bidirected neighbours)
 * and `neighbours` (undirected `--`) are de-duplicated adjacency lists. PAG circle-mark edges are
 * kept in `circleEdges` but take no part in DAG/ADMG analyses, which refuse such graphs.
 * Complexity: O(n + m) to build. Immutable once built; safe to share between analyses.
 */
import type { CausalGraph, NodeId, Role } from './types';
import { assertNever } from './types';

export interface IndexedGraph {
  readonly graph: CausalGraph;
  readonly n: number;
  readonly ids: readonly NodeId[];
  readonly indexOf: ReadonlyMap<NodeId, number>;
  readonly parents: readonly (readonly number[])[];
  readonly children: readonly (readonly number[])[];
  readonly spouses: readonly (readonly number[])[];
  readonly neighbours: readonly (readonly number[])[];
  readonly circleEdges: readonly { readonly from: number; readonly to: number; readonly kind: '@-@' | '@->' | '@--' }[];
  /** roleMask[role][i] === 1 when node i has the role. */
  readonly roleMask: Readonly<Record<Role, Uint8Array>>;
}

function emptyLists(n: number): number[][] {
  return Array.from({ length: n }, () => []);
}

/** Builds the indexed view. Edges naming unknown nodes throw (a document validator catches this earlier). */
export function indexGraph(graph: CausalGraph): IndexedGraph {
  const n = graph.nodes.length;
  const ids = graph.nodes.map((node) => node.id);
  const indexOf = new Map<NodeId, number>();
  ids.forEach((id, i) => {
    if (indexOf.has(id)) throw new Error(`engine/graph: duplicate node id "${id}"`);
    indexOf.set(id, i);
  });
  const parents = emptyLists(n);
  const children = emptyLists(n);
  const spouses = emptyLists(n);
  const neighbours = emptyLists(n);
  const circleEdges: IndexedGraph['circleEdges'][number][] = [];
  // Numeric keys (kind, ordered pair) keep de-duplication cheap on large graphs; they stay exact
  // (below 2^53) far past the document size limit.
  const seen = new Set<number>();
  const KIND_CODE = { '->': 0, '<->': 1, '--': 2, '@-@': 3, '@->': 4, '@--': 5 } as const;
  const at = (id: NodeId) => {
    const i = indexOf.get(id);
    if (i === undefined) throw new Error(`engine/graph: edge names unknown node "${id}"`);
    return i;
  };
  for (const edge of graph.edges) {
    const a = at(edge.from);
    const b = at(edge.to);
    const oriented = edge.kind === '->' || edge.kind === '@->' || edge.kind === '@--';
    const [lo, hi] = oriented || a < b ? [a, b] : [b, a];
    const key = (KIND_CODE[edge.kind] * n + lo) * n + hi;
    if (seen.has(key)) continue;
    seen.add(key);
    switch (edge.kind) {
      case '->':
        parents[b].push(a);
        children[a].push(b);
        break;
      case '<->':
        spouses[a].push(b);
        spouses[b].push(a);
        break;
      case '--':
        neighbours[a].push(b);
        neighbours[b].push(a);
        break;
      case '@-@':
      case '@->':
      case '@--':
        circleEdges.push({ from: a, to: b, kind: edge.kind });
        break;
      default:
        assertNever(edge.kind, 'edge kind');
    }
  }
  const mask = () => new Uint8Array(n);
  const roleMask: Record<Role, Uint8Array> = {
    exposure: mask(),
    outcome: mask(),
    adjusted: mask(),
    latent: mask(),
    selected: mask(),
  };
  graph.nodes.forEach((node, i) => {
    for (const role of node.roles) roleMask[role][i] = 1;
  });
  return { graph, n, ids, indexOf, parents, children, spouses, neighbours, circleEdges, roleMask };
}

/** Maps ids to indices, throwing a clear error for an id that is not in the graph. */
export function indicesOf(ig: IndexedGraph, ids: readonly string[], what = 'node'): number[] {
  return ids.map((id) => {
    const i = ig.indexOf.get(id as NodeId);
    if (i === undefined) throw new Error(`unknown ${what} "${id}"`);
    return i;
  });
}

/** Maps indices back to ids, sorted (the CLI and UI print sets sorted). */
export function sortedIds(ig: IndexedGraph, indices: Iterable<number>): NodeId[] {
  return [...indices].map((i) => ig.ids[i]).sort(compareIds);
}

/** Plain code-unit comparison, the order every printed set uses. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The members of a 0/1 mask, ascending. */
export function maskMembers(mask: Uint8Array): number[] {
  const out: number[] = [];
  for (let i = 0; i < mask.length; i++) if (mask[i]) out.push(i);
  return out;
}

/** A 0/1 mask of length n with `members` set. */
export function maskOf(n: number, members: Iterable<number>): Uint8Array {
  const mask = new Uint8Array(n);
  for (const i of members) mask[i] = 1;
  return mask;
}

/** Whether the graph is a DAG/ADMG in edge kinds (only `->` and `<->`). Cycles are checked separately. */
export function hasOnlyAdmgEdges(ig: IndexedGraph): boolean {
  return ig.circleEdges.length === 0 && ig.neighbours.every((list) => list.length === 0);
}
