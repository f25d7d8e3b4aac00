/**
 * engine/io/dagitty-typecheck — located diagnostics for edges and cycles a graph type does not allow.
 *
 * Contract: given the graph type, the edges with their source locations and whether the header
 * was implied (header-less text is read as a `dag`), returns error-severity diagnostics that keep
 * the graph: one per disallowed edge kind (at its first occurrence, with a count), a directed
 * cycle for `dag`/`mag` (`cycle: A → B → C → A`, at the edge that closes it), and a semicycle
 * (a directed edge inside, or a directed cycle between, components of `--` edges) for `pdag`.
 * `pag` and `digraph` accept every edge kind and are not checked for cycles.
 * Complexity: O(n + m) (union–find with path halving is effectively linear).
 * Reference: Andersson, Madigan & Perlman 1997 (chain graphs have no semi-directed cycles).
 */
import type { IndexedGraph } from '../graph/indexed';
import { findCycle } from '../graph/order';
import type { CausalGraph, EdgeKind, GraphType, NodeId } from '../graph/types';
import { formatCycle } from '../graph/validate';
import { type Diagnostic, diagnostic, START_OF_TEXT, type SourceLocation } from './diagnostics';
import { type EdgeLocation, edgeKey } from './graph-builder';

const ALLOWED: Readonly<Record<GraphType, readonly EdgeKind[]>> = {
  dag: ['->', '<->'],
  pdag: ['->', '--', '<->'],
  mag: ['->', '<->', '--'],
  pag: ['->', '<->', '--', '@-@', '@->', '@--'],
  graph: ['--'],
  digraph: ['->', '<->', '--', '@-@', '@->', '@--'],
};

const KIND_NAME: Readonly<Record<EdgeKind, string>> = {
  '->': 'directed edge',
  '<->': 'bidirected edge',
  '--': 'undirected edge',
  '@-@': 'circle-mark edge',
  '@->': 'circle-mark edge',
  '@--': 'circle-mark edge',
};

function suggestedHeader(kind: EdgeKind): string {
  if (kind === '--') return 'a pdag, mag or graph header';
  if (kind === '->' || kind === '<->') return 'a dag header';
  return 'a pag header';
}

export function typeDiagnostics(
  graph: CausalGraph,
  edges: readonly EdgeLocation[],
  impliedHeader: boolean,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const allowed = new Set(ALLOWED[graph.type]);
  const first = new Map<EdgeKind, { at: SourceLocation; count: number }>();
  for (const e of edges) {
    if (allowed.has(e.kind)) continue;
    const seen = first.get(e.kind);
    if (seen) seen.count++;
    else first.set(e.kind, { at: e.at, count: 1 });
  }
  for (const [kind, { at, count }] of first) {
    const where =
      impliedHeader ? 'text without a header is read as a dag' : `it is not allowed in ${graph.type === 'graph' ? 'an undirected graph' : `a ${graph.type}`}`;
    const more = count > 1 ? ` (${count} such edges)` : '';
    out.push(diagnostic('error', `${KIND_NAME[kind]} "${kind}" needs ${suggestedHeader(kind)}; ${where}${more}`, at));
  }
  if (graph.type === 'dag' || graph.type === 'mag') {
    const cycle = directedCycle(graph);
    if (cycle) {
      const at = locate(edges, '->', cycle[cycle.length - 2], cycle[cycle.length - 1]);
      out.push(diagnostic('error', `cycle: ${formatCycle(cycle)}`, at));
    }
  }
  if (graph.type === 'pdag') {
    const edge = semicycleEdge(graph);
    if (edge) {
      out.push(
        diagnostic(
          'error',
          `semicycle: the edge ${edge[0]} -> ${edge[1]} lies on a cycle of directed and undirected edges, which a pdag cannot have`,
          locate(edges, '->', edge[0], edge[1]),
        ),
      );
    }
  }
  return out;
}

function directedCycle(graph: CausalGraph): NodeId[] | null {
  // Only the directed part matters, and `findCycle` reads only `n` and `children`: a full
  // `indexGraph` (all edge kinds, roles) cost more than the whole parse on large inputs.
  const index = new Map<string, number>();
  graph.nodes.forEach((node, i) => index.set(node.id, i));
  const children: number[][] = Array.from({ length: graph.nodes.length }, () => []);
  for (const e of graph.edges) if (e.kind === '->') children[index.get(e.from)!].push(index.get(e.to)!);
  const view = { n: graph.nodes.length, children } as Pick<IndexedGraph, 'n' | 'children'> as IndexedGraph;
  const cycle = findCycle(view);
  return cycle ? cycle.map((i) => graph.nodes[i].id) : null;
}

/** A directed edge lying on a semi-directed cycle, or null. */
function semicycleEdge(graph: CausalGraph): [NodeId, NodeId] | null {
  const index = new Map<string, number>();
  graph.nodes.forEach((n, i) => index.set(n.id, i));
  const root = Int32Array.from(graph.nodes, (_, i) => i);
  const find = (v: number): number => {
    while (root[v] !== v) {
      root[v] = root[root[v]];
      v = root[v];
    }
    return v;
  };
  for (const e of graph.edges) {
    if (e.kind === '--') root[find(index.get(e.from)!)] = find(index.get(e.to)!);
  }
  const directed = graph.edges.filter((e) => e.kind === '->');
  for (const e of directed) {
    if (find(index.get(e.from)!) === find(index.get(e.to)!)) return [e.from, e.to];
  }
  // Kahn's algorithm on the graph of components; edges left over lie on (or lead into) a cycle.
  const n = graph.nodes.length;
  const indegree = new Int32Array(n);
  const out: number[][] = Array.from({ length: n }, () => []);
  directed.forEach((e, k) => {
    out[find(index.get(e.from)!)].push(k);
    indegree[find(index.get(e.to)!)]++;
  });
  const queue: number[] = [];
  for (let v = 0; v < n; v++) if (find(v) === v && indegree[v] === 0) queue.push(v);
  const done = new Uint8Array(n);
  while (queue.length > 0) {
    const c = queue.pop()!;
    done[c] = 1;
    for (const k of out[c]) {
      const d = find(index.get(directed[k].to)!);
      if (--indegree[d] === 0) queue.push(d);
    }
  }
  // Every unfinished component still has an incoming edge from another unfinished one, so
  // walking those edges backwards must revisit a component, which then lies on a cycle.
  const pending = directed.filter((e) => !done[find(index.get(e.from)!)] && !done[find(index.get(e.to)!)]);
  if (pending.length === 0) return null;
  const comp = (id: NodeId) => find(index.get(id)!);
  const incoming = new Map<number, (typeof directed)[number]>();
  for (const e of pending) if (!incoming.has(comp(e.to))) incoming.set(comp(e.to), e);
  const visited = new Set<number>();
  let c = comp(pending[0].to);
  while (!visited.has(c)) {
    visited.add(c);
    c = comp(incoming.get(c)!.from);
  }
  const e = incoming.get(c)!;
  return [e.from, e.to];
}

function locate(edges: readonly EdgeLocation[], kind: EdgeKind, from: string, to: string): SourceLocation {
  const key = edgeKey(kind, from, to);
  return edges.find((e) => edgeKey(e.kind, e.from, e.to) === key)?.at ?? START_OF_TEXT;
}
