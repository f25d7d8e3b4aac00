/**
 * engine/io/canonical — a normal form of a causal graph, for comparing graphs.
 *
 * Contract: `canonicalGraph(g)` returns an equal-meaning graph with nodes sorted by id and edges
 * sorted by (from, to, kind) in code-unit order, symmetric edges stored with the smaller id first,
 * roles in `ROLES` order, empty labels and empty attribute lists dropped, and -0 written as 0.
 * Attribute order is kept: model code round-trips it. Two graphs mean the same diagram exactly
 * when their canonical forms are deep-equal.
 * Complexity: O((n + m) log(n + m)).
 */
import { normalizeRoles } from '../graph/build';
import { compareIds } from '../graph/indexed';
import type { Attributes, CausalEdge, CausalGraph, CausalNode, Position } from '../graph/types';
import { storedEnds } from './graph-builder';

const zero = (n: number) => (n === 0 ? 0 : n);
const position = (p: Position | undefined) => (p ? { pos: { x: zero(p.x), y: zero(p.y) } } : {});
const attributes = (a: Attributes | undefined) => (a && a.length > 0 ? { attrs: a.map(([k, v]) => [k, v] as const) } : {});
const label = (l: string | undefined) => (l ? { label: l } : {});

export function canonicalNode(node: CausalNode): CausalNode {
  return { id: node.id, ...label(node.label), ...position(node.pos), roles: normalizeRoles(node.roles), ...attributes(node.attrs) };
}

export function canonicalEdge(edge: CausalEdge): CausalEdge {
  const [from, to] = storedEnds(edge.kind, edge.from, edge.to) as [CausalEdge['from'], CausalEdge['to']];
  return { from, to, kind: edge.kind, ...label(edge.label), ...position(edge.pos), ...attributes(edge.attrs) };
}

export function canonicalGraph(graph: CausalGraph): CausalGraph {
  const nodes = graph.nodes.map(canonicalNode).sort((a, b) => compareIds(a.id, b.id));
  const edges = graph.edges
    .map(canonicalEdge)
    .sort((a, b) => compareIds(a.from, b.from) || compareIds(a.to, b.to) || compareIds(a.kind, b.kind));
  return {
    type: graph.type,
    ...(graph.name !== undefined ? { name: graph.name } : {}),
    ...(graph.bb ? { bb: [zero(graph.bb[0]), zero(graph.bb[1]), zero(graph.bb[2]), zero(graph.bb[3])] as const } : {}),
    nodes,
    edges,
    ...attributes(graph.attrs),
  };
}
