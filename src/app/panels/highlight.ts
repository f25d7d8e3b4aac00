/**
 * app/panels/highlight — turns what a panel shows (a path, a set, a hedge) into the node and edge
 * lists the canvas highlights. Pure lookups in the graph; nothing causal is decided here.
 */
import type { CausalGraph, EdgeKind } from '../../engine';
import type { IdSet, PathView } from '../analysis/types';

export type HighlightTone = 'open-path' | 'blocked-path' | 'causal-path' | 'hedge' | 'forbidden' | 'set';

export interface HighlightEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

export interface HighlightSpec {
  readonly nodes: string[];
  readonly edges: HighlightEdge[];
  readonly tone: HighlightTone;
}

/** The graph edge between a and b of the given kind, in the orientation the graph stores it. */
function findEdge(graph: CausalGraph, a: string, b: string, kind: '->' | '<->'): HighlightEdge | null {
  for (const e of graph.edges) {
    if (e.kind !== kind) continue;
    if ((e.from === a && e.to === b) || (kind === '<->' && e.from === b && e.to === a)) {
      return { from: e.from, to: e.to, kind };
    }
  }
  return null;
}

/** The tone a path is drawn in: open causal, open biasing, or blocked. */
export function pathTone(path: PathView): HighlightTone {
  if (!path.open) return 'blocked-path';
  return path.causal ? 'causal-path' : 'open-path';
}

export function pathHighlight(graph: CausalGraph, path: PathView, tone: HighlightTone = pathTone(path)): HighlightSpec {
  const edges: HighlightEdge[] = [];
  for (let i = 0; i + 1 < path.nodes.length; i++) {
    const a = path.nodes[i];
    const b = path.nodes[i + 1];
    const step = path.edges[i];
    const edge =
      step === '->' ? findEdge(graph, a, b, '->') : step === '<-' ? findEdge(graph, b, a, '->') : findEdge(graph, a, b, '<->');
    if (edge) edges.push(edge);
  }
  return { nodes: [...path.nodes], edges, tone };
}

/** A node set, with the edges among its members when `withEdges` (used for hedges). */
export function setHighlight(graph: CausalGraph, nodes: IdSet, tone: HighlightTone, withEdges = false): HighlightSpec {
  const members = new Set(nodes);
  const edges: HighlightEdge[] = withEdges
    ? graph.edges
        .filter((e) => (e.kind === '->' || e.kind === '<->') && members.has(e.from) && members.has(e.to))
        .map((e) => ({ from: e.from, to: e.to, kind: e.kind }))
    : [];
  return { nodes: [...nodes], edges, tone };
}

/**
 * A hedge's forests F on the drawn graph. The engine finds F among the observed variables, in the
 * graph with its latent nodes projected away; on the canvas those latent nodes are what make it a
 * hedge, so every latent node joining two members of F through latent nodes only (a hidden common
 * cause, or a hidden link in a chain) is drawn with it, with its arrows.
 * Cost: one search per latent node, O(latent · (n + m)).
 */
export function hedgeHighlight(graph: CausalGraph, forest: IdSet): HighlightSpec {
  const members = new Set<string>(forest);
  const latent = new Set(graph.nodes.filter((n) => n.roles.includes('latent') && !members.has(n.id)).map((n) => n.id as string));
  const children = new Map<string, string[]>();
  const parents = new Map<string, string[]>();
  for (const e of graph.edges) {
    if (e.kind !== '->') continue;
    children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
    parents.set(e.to, [...(parents.get(e.to) ?? []), e.from]);
  }
  /** Members of F reached from `start` along `next`, passing through latent nodes only. */
  const reached = (start: string, next: Map<string, string[]>): Set<string> => {
    const found = new Set<string>();
    const seen = new Set([start]);
    const stack = [start];
    while (stack.length > 0) {
      for (const v of next.get(stack.pop()!) ?? []) {
        if (seen.has(v)) continue;
        seen.add(v);
        if (members.has(v)) found.add(v);
        else if (latent.has(v)) stack.push(v);
      }
    }
    return found;
  };
  const hidden = [...latent].filter((v) => new Set([...reached(v, children), ...reached(v, parents)]).size >= 2);
  return setHighlight(graph, [...forest, ...hidden], 'hedge', true);
}

/**
 * A path given only as nodes: each step is drawn with every `->` / `<->` edge joining the pair
 * (for an open path that is the edge it takes, except when a pair is joined by two kinds of edge).
 */
export function nodePathHighlight(graph: CausalGraph, nodes: IdSet, tone: HighlightTone): HighlightSpec {
  const steps = new Set<string>();
  for (let i = 0; i + 1 < nodes.length; i++) {
    steps.add(`${nodes[i]}\u0000${nodes[i + 1]}`);
    steps.add(`${nodes[i + 1]}\u0000${nodes[i]}`);
  }
  const edges = graph.edges
    .filter((e) => (e.kind === '->' || e.kind === '<->') && steps.has(`${e.from}\u0000${e.to}`))
    .map((e) => ({ from: e.from, to: e.to, kind: e.kind }));
  return { nodes: [...nodes], edges, tone };
}

/** The arrow between consecutive path nodes, or '–' when the pair is joined by more than one edge. */
export function stepArrow(graph: CausalGraph, a: string, b: string): string {
  const kinds: string[] = [];
  for (const e of graph.edges) {
    if (e.kind === '->' && e.from === a && e.to === b) kinds.push('→');
    else if (e.kind === '->' && e.from === b && e.to === a) kinds.push('←');
    else if (e.kind === '<->' && ((e.from === a && e.to === b) || (e.from === b && e.to === a))) kinds.push('↔');
  }
  return kinds.length === 1 ? kinds[0] : '–';
}
