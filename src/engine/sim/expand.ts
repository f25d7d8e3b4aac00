/**
 * engine/sim/expand — the DAG an SCM lives on: the drawn graph's directed edges, plus one explicit
 * latent root per bidirected edge a <-> b (id `L_a_b`, made unique) with edges into a and b.
 *
 * Contract: `expandForScm(graph)` returns the expanded node list (drawn nodes first, in graph
 * order, then the added latents), each node's parents, which nodes are latent (graph role `latent`
 * or added for a bidirected edge), the bidirected edge each added latent stands for, and a
 * topological order — or a refusal message when the graph has a directed cycle or edges that are
 * not `->`/`<->`.
 * Complexity: O(n + m).
 * Reference: the explicit-latent convention of dagitty's `simulateSEM` (SIMULATOR.md §1).
 */
import { graphFromLists } from '../graph/build';
import { hasOnlyAdmgEdges, indexGraph } from '../graph/indexed';
import { findCycle, topologicalOrder } from '../graph/order';
import type { CausalGraph } from '../graph/types';

export interface ExpandedGraph {
  readonly ids: readonly string[];
  readonly parents: ReadonlyMap<string, readonly string[]>;
  readonly latent: ReadonlySet<string>;
  /** Added latent id → the bidirected edge [a, b] it replaces. */
  readonly bidirectedLatents: ReadonlyMap<string, readonly [string, string]>;
  /** Node ids, parents before children. */
  readonly order: readonly string[];
}

export type Expansion = { readonly ok: true; readonly graph: ExpandedGraph } | { readonly ok: false; readonly message: string };

export function expandForScm(graph: CausalGraph): Expansion {
  const ig = indexGraph(graph);
  if (!hasOnlyAdmgEdges(ig)) {
    return { ok: false, message: 'engine/sim: an SCM needs a DAG or ADMG (only -> and <-> edges)' };
  }
  const cycle = findCycle(ig);
  if (cycle) {
    return { ok: false, message: `engine/sim: the graph has a directed cycle ${cycle.map((i) => ig.ids[i]).join(' → ')}` };
  }
  const ids: string[] = [...ig.ids];
  const taken = new Set<string>(ids);
  const latent = new Set<string>(graph.nodes.filter((n) => n.roles.includes('latent')).map((n) => n.id));
  const directed: [string, string][] = graph.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to]);
  const bidirectedLatents = new Map<string, readonly [string, string]>();
  for (const edge of graph.edges) {
    if (edge.kind !== '<->') continue;
    const [a, b] = edge.from < edge.to ? [edge.from, edge.to] : [edge.to, edge.from];
    let id = `L_${a}_${b}`;
    while (taken.has(id)) id += '_';
    taken.add(id);
    ids.push(id);
    latent.add(id);
    bidirectedLatents.set(id, [a, b]);
    directed.push([id, a], [id, b]);
  }
  const expanded = indexGraph(graphFromLists({ nodes: ids, directed }));
  const order = topologicalOrder(expanded)!;
  const parents = new Map<string, string[]>();
  expanded.ids.forEach((id, i) => parents.set(id, expanded.parents[i].map((p) => expanded.ids[p])));
  return {
    ok: true,
    graph: { ids, parents, latent, bidirectedLatents, order: order.map((i) => expanded.ids[i]) },
  };
}
