/**
 * app/store/graph-edits — the editor's changes to a causal graph, as pure functions.
 *
 * Contract: every function takes a `CausalGraph` and returns a new one, or the very same object
 * when nothing changes (so the undo history, which compares graphs by identity, records no step
 * for a no-op). Inputs are never mutated. Positions are model units (see `units.ts`).
 * Complexity: O(n + m) per call.
 */
import {
  type CausalEdge,
  type CausalGraph,
  type CausalNode,
  type EdgeKind,
  type NodeId,
  type Position,
  type Role,
  SYMMETRIC_EDGE_KINDS,
  nodeId,
  normalizeRoles,
} from '../../engine';

/** A stable string key for an edge: kind and endpoints (symmetric kinds are stored with from < to). */
export function edgeKey(edge: Pick<CausalEdge, 'from' | 'kind' | 'to'>): string {
  return JSON.stringify([edge.from, edge.kind, edge.to]);
}

/** The inverse of `edgeKey`. */
export function parseEdgeKey(key: string): { from: NodeId; kind: EdgeKind; to: NodeId } {
  const [from, kind, to] = JSON.parse(key) as [string, EdgeKind, string];
  return { from: nodeId(from), kind, to: nodeId(to) };
}

/** Orders the endpoints of a symmetric edge the way the engine stores them. */
function oriented(from: NodeId, to: NodeId, kind: EdgeKind): [NodeId, NodeId] {
  return SYMMETRIC_EDGE_KINDS.has(kind) && to < from ? [to, from] : [from, to];
}

/** The first free id of the form `v1`, `v2`, … */
export function freshNodeId(graph: CausalGraph, stem = 'v'): NodeId {
  const taken = new Set<string>(graph.nodes.map((n) => n.id));
  for (let i = 1; ; i++) {
    if (!taken.has(`${stem}${i}`)) return nodeId(`${stem}${i}`);
  }
}

export function hasNode(graph: CausalGraph, id: string): boolean {
  return graph.nodes.some((n) => n.id === id);
}

export function addNode(graph: CausalGraph, node: { id: NodeId; pos?: Position; label?: string }): CausalGraph {
  if (hasNode(graph, node.id)) return graph;
  const created: CausalNode = { id: node.id, roles: [], ...(node.pos ? { pos: node.pos } : {}), ...(node.label ? { label: node.label } : {}) };
  return { ...graph, nodes: [...graph.nodes, created] };
}

/** Why a rename is refused, or null when `newId` is acceptable for node `id`. */
export function renameProblem(graph: CausalGraph, id: string, newId: string): string | null {
  if (newId.trim() === '') return 'A variable needs a name.';
  if (newId !== id && hasNode(graph, newId)) return `A variable named “${newId}” already exists.`;
  return null;
}

/** Changes a node's id, rewriting the edges that mention it. Refused renames return the graph unchanged. */
export function renameNode(graph: CausalGraph, id: string, newId: string): CausalGraph {
  if (newId === id || renameProblem(graph, id, newId) !== null || !hasNode(graph, id)) return graph;
  const to = nodeId(newId);
  const swap = (x: NodeId) => (x === id ? to : x);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => (n.id === id ? { ...n, id: to } : n)),
    edges: graph.edges.map((e) => {
      if (e.from !== id && e.to !== id) return e;
      const [from, target] = oriented(swap(e.from), swap(e.to), e.kind);
      return { ...e, from, to: target };
    }),
  };
}

/** Sets (or, with an empty or undefined label, removes) a node's display label. */
export function relabelNode(graph: CausalGraph, id: string, label: string | undefined): CausalGraph {
  const node = graph.nodes.find((n) => n.id === id);
  const next = label && label.trim() !== '' ? label : undefined;
  if (!node || node.label === next) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      if (n.id !== id) return n;
      const { label: _old, ...rest } = n;
      return next === undefined ? rest : { ...rest, label: next };
    }),
  };
}

/**
 * The inline "rename" gesture: a node with a display label gets a new label; a node without one
 * gets a new id (the id is what model code and the analyses show).
 */
export function renameOrRelabel(graph: CausalGraph, id: string, text: string): CausalGraph {
  const node = graph.nodes.find((n) => n.id === id);
  if (!node) return graph;
  return node.label !== undefined ? relabelNode(graph, id, text) : renameNode(graph, id, text.trim());
}

/** Adds an edge; refuses self-loops, unknown endpoints and duplicates (returns the graph unchanged). */
export function addEdge(graph: CausalGraph, from: string, to: string, kind: EdgeKind = '->'): CausalGraph {
  if (from === to || !hasNode(graph, from) || !hasNode(graph, to)) return graph;
  const [a, b] = oriented(nodeId(from), nodeId(to), kind);
  const key = edgeKey({ from: a, kind, to: b });
  if (graph.edges.some((e) => edgeKey(e) === key)) return graph;
  return { ...graph, edges: [...graph.edges, { from: a, to: b, kind }] };
}

/** Removes nodes (with their edges) and edges given by key. */
export function removeElements(graph: CausalGraph, nodeIdsToRemove: readonly string[], edgeKeys: readonly string[] = []): CausalGraph {
  const nodes = new Set(nodeIdsToRemove);
  const edges = new Set(edgeKeys);
  const keptNodes = graph.nodes.filter((n) => !nodes.has(n.id));
  const keptEdges = graph.edges.filter((e) => !nodes.has(e.from) && !nodes.has(e.to) && !edges.has(edgeKey(e)));
  if (keptNodes.length === graph.nodes.length && keptEdges.length === graph.edges.length) return graph;
  return { ...graph, nodes: keptNodes, edges: keptEdges };
}

/** Rewrites the chosen edges with a new kind (directed ↔ bidirected); duplicates that would arise are dropped. */
export function setEdgeKind(graph: CausalGraph, edgeKeys: readonly string[], kind: EdgeKind): CausalGraph {
  const chosen = new Set(edgeKeys);
  if (!graph.edges.some((e) => chosen.has(edgeKey(e)) && e.kind !== kind)) return graph;
  const seen = new Set<string>();
  const edges: CausalEdge[] = [];
  for (const e of graph.edges) {
    let next = e;
    if (chosen.has(edgeKey(e)) && e.kind !== kind) {
      const [from, to] = oriented(e.from, e.to, kind);
      const { pos: _bend, ...rest } = e;
      next = { ...rest, from, to, kind };
    }
    const key = edgeKey(next);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(next);
  }
  return { ...graph, edges };
}

/** Directed edges become bidirected; every other chosen edge becomes directed. */
export function toggleEdgeKind(graph: CausalGraph, edgeKeys: readonly string[]): CausalGraph {
  const chosen = new Set(edgeKeys);
  const picked = graph.edges.filter((e) => chosen.has(edgeKey(e)));
  if (picked.length === 0) return graph;
  const toBidirected = picked.filter((e) => e.kind === '->').map(edgeKey);
  const toDirected = picked.filter((e) => e.kind !== '->').map(edgeKey);
  return setEdgeKind(setEdgeKind(graph, toDirected, '->'), toBidirected, '<->');
}

/** Reverses the chosen directed edges. */
export function reverseEdges(graph: CausalGraph, edgeKeys: readonly string[]): CausalGraph {
  const chosen = new Set(edgeKeys);
  if (!graph.edges.some((e) => chosen.has(edgeKey(e)) && e.kind === '->')) return graph;
  const seen = new Set<string>();
  const edges: CausalEdge[] = [];
  for (const e of graph.edges) {
    const next = chosen.has(edgeKey(e)) && e.kind === '->' ? { ...e, from: e.to, to: e.from } : e;
    const key = edgeKey(next);
    if (seen.has(key)) continue;
    seen.add(key);
    edges.push(next);
  }
  return { ...graph, edges };
}

const samePos = (a: Position | undefined, b: Position) => a !== undefined && a.x === b.x && a.y === b.y;

/** Moves nodes to new positions (model units). Nodes not named keep their object identity. */
export function moveNodes(graph: CausalGraph, positions: ReadonlyMap<string, Position> | Record<string, Position>): CausalGraph {
  const map = positions instanceof Map ? positions : new Map(Object.entries(positions));
  if (!graph.nodes.some((n) => map.has(n.id) && !samePos(n.pos, map.get(n.id)!))) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const pos = map.get(n.id);
      return pos && !samePos(n.pos, pos) ? { ...n, pos: { x: pos.x, y: pos.y } } : n;
    }),
  };
}

/** Adds (`on`) or removes a role on the given nodes. */
export function setRoles(graph: CausalGraph, ids: readonly string[], role: Role, on: boolean): CausalGraph {
  const chosen = new Set(ids);
  const changes = (n: CausalNode) => chosen.has(n.id) && n.roles.includes(role) !== on;
  if (!graph.nodes.some(changes)) return graph;
  return {
    ...graph,
    nodes: graph.nodes.map((n) =>
      changes(n) ? { ...n, roles: on ? normalizeRoles([...n.roles, role]) : n.roles.filter((r) => r !== role) } : n,
    ),
  };
}

/** Toggles a role: if every chosen node has it, removes it from all; otherwise adds it to all. */
export function toggleRole(graph: CausalGraph, ids: readonly string[], role: Role): CausalGraph {
  const chosen = graph.nodes.filter((n) => ids.includes(n.id));
  if (chosen.length === 0) return graph;
  const allHave = chosen.every((n) => n.roles.includes(role));
  return setRoles(graph, ids, role, !allHave);
}

/** Makes exactly `ids` the adjusted nodes. */
export function applyAdjustedSet(graph: CausalGraph, ids: readonly string[]): CausalGraph {
  const wanted = new Set(ids);
  const off = graph.nodes.filter((n) => n.roles.includes('adjusted') && !wanted.has(n.id)).map((n) => n.id);
  return setRoles(setRoles(graph, off, 'adjusted', false), ids, 'adjusted', true);
}

/** A copied part of a graph: the chosen nodes and the edges among them. */
export interface Fragment {
  readonly nodes: readonly CausalNode[];
  readonly edges: readonly CausalEdge[];
}

export function extractFragment(graph: CausalGraph, ids: readonly string[]): Fragment {
  const chosen = new Set(ids);
  return {
    nodes: graph.nodes.filter((n) => chosen.has(n.id)),
    edges: graph.edges.filter((e) => chosen.has(e.from) && chosen.has(e.to)),
  };
}

/**
 * Pastes a fragment: ids that are taken get a numeric suffix (`X` → `X2`), positions shift by
 * `offset`. Returns the new graph and the ids the pasted nodes received.
 */
export function pasteFragment(graph: CausalGraph, fragment: Fragment, offset: Position): { graph: CausalGraph; ids: NodeId[] } {
  const taken = new Set<string>(graph.nodes.map((n) => n.id));
  const rename = new Map<string, NodeId>();
  for (const node of fragment.nodes) {
    let id = node.id as string;
    if (taken.has(id)) {
      const stem = id.replace(/\d+$/, '');
      let i = 2;
      while (taken.has(`${stem}${i}`)) i++;
      id = `${stem}${i}`;
    }
    taken.add(id);
    rename.set(node.id, nodeId(id));
  }
  const nodes = fragment.nodes.map((n) => ({
    ...n,
    id: rename.get(n.id)!,
    ...(n.pos ? { pos: { x: round3(n.pos.x + offset.x), y: round3(n.pos.y + offset.y) } } : {}),
  }));
  let next: CausalGraph = { ...graph, nodes: [...graph.nodes, ...nodes] };
  for (const e of fragment.edges) next = addEdge(next, rename.get(e.from)!, rename.get(e.to)!, e.kind);
  return { graph: next, ids: nodes.map((n) => n.id) };
}

/** Rounds to the 3 decimals model code keeps, so positions survive a round-trip exactly. */
export function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
