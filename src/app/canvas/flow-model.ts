/**
 * app/canvas/flow-model — turns the document graph plus UI state into React Flow nodes and edges.
 *
 * React Flow re-renders what changes identity, and 200-node graphs must drag smoothly, so each
 * builder reuses the previous object for a node or edge whose inputs are unchanged (`reuse`).
 */
import type { Edge, Node } from '@xyflow/react';
import { type CausalEdge, type CausalGraph, type CausalNode, type Position, displayNameLookup } from '../../engine';
import { edgeKey } from '../store/graph-edits';
import type { Highlight, HighlightTone } from '../store/ui';
import { toPixels } from '../store/units';

export interface CausalNodeData extends Record<string, unknown> {
  readonly node: CausalNode;
  readonly tone: HighlightTone | null;
  readonly connectTarget: boolean;
}

export interface CausalEdgeData extends Record<string, unknown> {
  readonly edge: CausalEdge;
  readonly tone: HighlightTone | null;
  /** Bend as a fraction of the edge length (0 = straight); positive bends to the left of travel. */
  readonly bend: number;
}

export type CausalFlowNode = Node<CausalNodeData, 'causal'>;
export type CausalFlowEdge = Edge<CausalEdgeData, 'causal'>;

const ROLE_WORDS: Record<string, string> = {
  exposure: 'exposure',
  outcome: 'outcome',
  adjusted: 'adjusted',
  latent: 'latent (unobserved)',
  selected: 'selected (conditioned by selection)',
};

export function nodeText(node: CausalNode): string {
  return node.label ?? node.id;
}

export function nodeAriaLabel(node: CausalNode): string {
  const name = node.label !== undefined && node.label !== node.id ? `${node.label} (${node.id})` : node.id;
  return node.roles.length ? `${name}: ${node.roles.map((r) => ROLE_WORDS[r]).join(', ')}` : name;
}

/** The edge as a screen reader says it, naming its ends as the diagram shows them (`nameOf`: id → display name). */
export function edgeAriaLabel(edge: CausalEdge, nameOf: (id: string) => string = (id) => id): string {
  const [from, to] = [nameOf(edge.from), nameOf(edge.to)];
  switch (edge.kind) {
    case '->':
      return `${from} → ${to}, directed`;
    case '<->':
      return `${from} ↔ ${to}, bidirected (hidden common cause)`;
    default:
      return `${from} ${edge.kind} ${to}`;
  }
}

type Cache<T> = Map<string, T>;

/**
 * `next` when it differs from `previous`, else `previous` itself. React Flow copies a new node or
 * edge list into its store and re-runs every subscribed selector (thousands at 200 nodes), so a
 * rebuilt list whose items are all the cached objects must keep its identity.
 */
export function reuseList<T>(previous: T[] | null, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

export interface NodeInputs {
  readonly graph: CausalGraph;
  readonly selection: ReadonlySet<string>;
  readonly highlight: Highlight | null;
  readonly connectFrom: string | null;
  /** Positions (pixels) of nodes being dragged right now. */
  readonly dragging: ReadonlyMap<string, Position> | null;
  readonly measured: ReadonlyMap<string, { width: number; height: number }>;
}

/** Builds the node list, reusing cached objects whose inputs did not change. */
export function buildNodes(inputs: NodeInputs, cache: Cache<CausalFlowNode>): CausalFlowNode[] {
  const highlighted = inputs.highlight ? new Set(inputs.highlight.nodes) : null;
  const next: CausalFlowNode[] = [];
  const seen = new Set<string>();
  for (const [i, node] of inputs.graph.nodes.entries()) {
    seen.add(node.id);
    const selected = inputs.selection.has(node.id);
    const tone = highlighted?.has(node.id) ? inputs.highlight!.tone : null;
    const connectTarget = inputs.connectFrom !== null && inputs.connectFrom !== node.id;
    const position = inputs.dragging?.get(node.id) ?? toPixels(node.pos ?? { x: i * 1.5, y: 0 });
    const measured = inputs.measured.get(node.id);
    const old = cache.get(node.id);
    if (
      old &&
      old.data.node === node &&
      old.selected === selected &&
      old.data.tone === tone &&
      old.data.connectTarget === connectTarget &&
      old.position.x === position.x &&
      old.position.y === position.y &&
      old.measured?.width === measured?.width &&
      old.measured?.height === measured?.height
    ) {
      next.push(old);
      continue;
    }
    const flowNode: CausalFlowNode = {
      id: node.id,
      type: 'causal',
      position,
      data: { node, tone, connectTarget },
      selected,
      ariaLabel: nodeAriaLabel(node),
      ...(measured ? { measured } : {}),
    };
    cache.set(node.id, flowNode);
    next.push(flowNode);
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return next;
}

export interface EdgeInputs {
  readonly graph: CausalGraph;
  readonly selectedEdges: ReadonlySet<string>;
  readonly highlight: Highlight | null;
}

/** Builds the edge list; antiparallel or doubled pairs get opposite bends so neither hides the other. */
export function buildEdges(inputs: EdgeInputs, cache: Cache<CausalFlowEdge>): CausalFlowEdge[] {
  const pairCount = new Map<string, number>();
  const pair = (e: CausalEdge) => (e.from < e.to ? `${e.from}\u0000${e.to}` : `${e.to}\u0000${e.from}`);
  for (const e of inputs.graph.edges) pairCount.set(pair(e), (pairCount.get(pair(e)) ?? 0) + 1);
  const toneOf = (e: CausalEdge): HighlightTone | null => {
    const h = inputs.highlight;
    if (!h) return null;
    const hit = h.edges.some(
      (x) => x.kind === e.kind && ((x.from === e.from && x.to === e.to) || (e.kind !== '->' && x.from === e.to && x.to === e.from)),
    );
    return hit ? h.tone : null;
  };
  const nameOf = displayNameLookup(inputs.graph);
  const next: CausalFlowEdge[] = [];
  const seen = new Set<string>();
  for (const e of inputs.graph.edges) {
    const id = edgeKey(e);
    seen.add(id);
    const shared = (pairCount.get(pair(e)) ?? 1) > 1;
    const symmetric = e.kind !== '->' && e.kind !== '@->' && e.kind !== '@--';
    // Bidirected edges are always curved (their visual signature); a directed edge curves only
    // when another edge joins the same two nodes.
    const bend = symmetric ? (shared ? 0.3 : 0.2) : shared ? 0.15 : 0;
    const tone = toneOf(e);
    const selected = inputs.selectedEdges.has(id);
    const ariaLabel = edgeAriaLabel(e, nameOf);
    const old = cache.get(id);
    if (old && old.data?.edge === e && old.data.tone === tone && old.data.bend === bend && old.selected === selected && old.ariaLabel === ariaLabel) {
      next.push(old);
      continue;
    }
    const flowEdge: CausalFlowEdge = {
      id,
      type: 'causal',
      source: e.from,
      target: e.to,
      selected,
      data: { edge: e, tone, bend },
      ariaLabel,
    };
    cache.set(id, flowEdge);
    next.push(flowEdge);
  }
  for (const id of cache.keys()) if (!seen.has(id)) cache.delete(id);
  return next;
}
