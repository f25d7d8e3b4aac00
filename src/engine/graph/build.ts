/**
 * engine/graph/build — small constructors for causal graphs.
 *
 * `graphFromLists` is how tests, benchmarks and the CLI build graphs without going through model
 * code. It rejects duplicate node ids and self-loops, and creates nodes that edges mention.
 */
import {
  type CausalEdge,
  type CausalGraph,
  type CausalNode,
  type GraphType,
  type NodeId,
  type Role,
  ROLES,
  SYMMETRIC_EDGE_KINDS,
} from './types';

export interface GraphLists {
  readonly type?: GraphType;
  /** Node ids (or full nodes) in the order they should appear. */
  readonly nodes?: readonly (string | CausalNode)[];
  readonly directed?: readonly (readonly [string, string])[];
  readonly bidirected?: readonly (readonly [string, string])[];
  readonly undirected?: readonly (readonly [string, string])[];
  /** Role assignments, e.g. `{ exposure: ['X'], outcome: ['Y'] }`. */
  readonly roles?: Partial<Record<Role, readonly string[]>>;
}

/** Sorts and de-duplicates roles into `ROLES` order. */
export function normalizeRoles(roles: Iterable<Role>): Role[] {
  const set = new Set(roles);
  return ROLES.filter((r) => set.has(r));
}

/** Builds a graph from id lists. Throws on a duplicate node id or a self-loop. */
export function graphFromLists(lists: GraphLists): CausalGraph {
  const nodes = new Map<string, CausalNode>();
  for (const entry of lists.nodes ?? []) {
    const node: CausalNode = typeof entry === 'string' ? { id: entry as NodeId, roles: [] } : entry;
    if (nodes.has(node.id)) throw new Error(`engine/graph: duplicate node id "${node.id}"`);
    nodes.set(node.id, node);
  }
  const ensure = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, { id: id as NodeId, roles: [] });
  };
  const edges: CausalEdge[] = [];
  const seen = new Set<string>();
  const add = (kind: CausalEdge['kind'], pairs: readonly (readonly [string, string])[] | undefined) => {
    for (const [a, b] of pairs ?? []) {
      if (a === b) throw new Error(`engine/graph: self-loop on "${a}"`);
      ensure(a);
      ensure(b);
      const [from, to] = SYMMETRIC_EDGE_KINDS.has(kind) && b < a ? [b, a] : [a, b];
      const key = `${kind}\u0000${from}\u0000${to}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ from: from as NodeId, to: to as NodeId, kind });
    }
  };
  add('->', lists.directed);
  add('<->', lists.bidirected);
  add('--', lists.undirected);
  for (const role of ROLES) {
    for (const id of lists.roles?.[role] ?? []) {
      ensure(id);
      const node = nodes.get(id)!;
      nodes.set(id, { ...node, roles: normalizeRoles([...node.roles, role]) });
    }
  }
  return { type: lists.type ?? 'dag', nodes: [...nodes.values()], edges };
}

/** The ids of nodes carrying `role`, in node order. */
export function nodesWithRole(graph: CausalGraph, role: Role): NodeId[] {
  return graph.nodes.filter((n) => n.roles.includes(role)).map((n) => n.id);
}
