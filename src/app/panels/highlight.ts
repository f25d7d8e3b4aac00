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
