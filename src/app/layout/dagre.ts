/**
 * app/layout/dagre — layered left-to-right layout in causal order (Sugiyama, via @dagrejs/dagre).
 *
 * Contract: `layoutAll` returns a position for every node; `placeMissing` gives positions only to
 * nodes that have none, leaving every placed node where it is. Both are deterministic (same graph,
 * same result). Positions are model units and name node centres — the convention the canvas uses
 * (React Flow `nodeOrigin` [0.5, 0.5]) — so dagre's centres need no half-size shift.
 * Directed edges set the ranks; bidirected and undirected edges carry no order of their own, so
 * they follow a topological order of the directed ones — enough to put their ends in different
 * layers. Then the clearance pass (./clearance) moves nodes within their layers until no edge, drawn
 * straight or curved as the canvas draws it, passes within 24 px of a node it does not join; when
 * it cannot, dagre's drawing is stretched (1.5×, 2.25×; node sizes stay) and cleared again, and the
 * attempt that leaves fewest nodes in conflict is kept. Complexity: dagre's, roughly
 * O((n + m) log n) per sweep, plus the clearance pass (see there) once per attempt.
 * Reference: Gansner, Koutsofios, North & Vo 1993, "A technique for drawing directed graphs".
 */
import { Graph, layout } from '@dagrejs/dagre';
import { type CausalGraph, type CausalNode, indexGraph, type Position, topologicalOrder } from '../../engine';
import { buildEdges } from '../canvas/flow-model';
import { round3 } from '../store/graph-edits';
import { UNIT_PX } from '../store/units';
import { type ClearBox, clearEdgesOfNodes } from './clearance';

/** How far (px) a drawn edge keeps from every node it does not join: twice the 12 px that still reads as clear, so it does at a glance. */
const EDGE_CLEARANCE = 24;
const NODE_GAP = 36;
const LAYER_GAP = 90;
const SPREADS = [1, 1.5, 2.25];

/** The box a node will roughly occupy (pixels); the canvas is not needed to lay out a graph. */
export function estimateSize(node: CausalNode): { width: number; height: number } {
  const text = node.label ?? node.id;
  const marks = node.roles.length * 14;
  return { width: Math.max(48, Math.min(260, text.length * 8.2 + 30 + marks)), height: 38 };
}

/** Each node's place in a topological order of the directed edges (file order when there is a cycle). */
function causalRank(graph: CausalGraph): (id: string) => number {
  const ig = indexGraph(graph);
  const order = topologicalOrder(ig) ?? ig.ids.map((_, i) => i);
  const place = new Map<string, number>();
  order.forEach((v, k) => place.set(ig.ids[v], k));
  return (id) => place.get(id)!;
}

/**
 * Lays out every node, left to right in causal order. `clearEdges: false` skips the clearance pass
 * (for placing a few new nodes among placed ones, which stay where they are anyway).
 */
export function layoutAll(graph: CausalGraph, { clearEdges = true }: { clearEdges?: boolean } = {}): Map<string, Position> {
  if (!clearEdges) return positionsOf(graph, layeredBoxes(graph));
  const index = new Map(graph.nodes.map((node, i) => [node.id as string, i]));
  // The edges exactly as the canvas will bend them, so the clearance pass sees what is drawn.
  const drawn = buildEdges({ graph, selectedEdges: new Set(), highlight: null }, new Map());
  const edges = drawn.map((e) => ({ a: index.get(e.source)!, b: index.get(e.target)!, bend: e.data!.bend }));
  // Some graphs need more room than the usual spacing to clear every edge: then dagre's drawing
  // is stretched (node sizes stay) and cleared again; the attempt with fewest conflicts is kept.
  const placed = layeredBoxes(graph);
  const height = Math.max(0, ...placed.map((b) => b.cy + b.h / 2));
  let boxes: ClearBox[] = [];
  let fewest = Infinity;
  for (const spread of SPREADS) {
    const attempt = placed.map((b) => ({ ...b, cx: b.cx * spread, cy: b.cy * spread }));
    const left = clearEdgesOfNodes(attempt, edges, { margin: EDGE_CLEARANCE, gap: NODE_GAP, maxTravel: height * spread + 200 });
    if (left < fewest) [boxes, fewest] = [attempt, left];
    if (left === 0) break;
  }
  return positionsOf(graph, boxes);
}

function positionsOf(graph: CausalGraph, boxes: readonly ClearBox[]): Map<string, Position> {
  const out = new Map<string, Position>();
  graph.nodes.forEach((node, i) => out.set(node.id, { x: round3(boxes[i].cx / UNIT_PX), y: round3(boxes[i].cy / UNIT_PX) }));
  return out;
}

/** Dagre's placement of every node (centres and sizes in pixels). */
function layeredBoxes(graph: CausalGraph): ClearBox[] {
  const g = new Graph();
  g.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: LAYER_GAP, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const node of graph.nodes) g.setNode(node.id, estimateSize(node));
  // Every edge joins two different layers, so none is drawn along a layer through the nodes
  // between its ends; edges without a direction point forward in a causal order.
  const rankOf = causalRank(graph);
  for (const edge of graph.edges) {
    if (edge.kind === '->' || edge.kind === '@->' || rankOf(edge.from) <= rankOf(edge.to)) g.setEdge(edge.from, edge.to);
    else g.setEdge(edge.to, edge.from);
  }
  layout(g);
  return graph.nodes.map((node) => {
    const placed = g.node(node.id) as { x: number; y: number; width: number; height: number };
    return { cx: placed.x, cy: placed.y, w: placed.width, h: placed.height };
  });
}

/** Applies positions to the nodes they name. */
export function withPositions(graph: CausalGraph, positions: ReadonlyMap<string, Position>): CausalGraph {
  return { ...graph, nodes: graph.nodes.map((n) => (positions.has(n.id) ? { ...n, pos: positions.get(n.id)! } : n)) };
}

/**
 * Gives positions to nodes without one. Nodes missing a position first take the position the same
 * id had in `previous` (so editing model code without `pos` keeps the drawing); the rest are laid
 * out with the whole graph, aligned to the placed nodes, and moved down until they overlap nothing.
 */
export function placeMissing(graph: CausalGraph, previous?: CausalGraph): CausalGraph {
  const before = new Map(previous?.nodes.filter((n) => n.pos).map((n) => [n.id as string, n.pos!]) ?? []);
  let current = graph.nodes.some((n) => !n.pos && before.has(n.id))
    ? { ...graph, nodes: graph.nodes.map((n) => (!n.pos && before.has(n.id) ? { ...n, pos: before.get(n.id)! } : n)) }
    : graph;
  const missing = current.nodes.filter((n) => !n.pos);
  if (missing.length === 0) return current;
  const placed = current.nodes.filter((n) => n.pos);
  const layout = layoutAll(current, { clearEdges: placed.length === 0 });
  if (placed.length === 0) return withPositions(current, layout);
  // Translate the layout so that, on average, it agrees with where the placed nodes are.
  let dx = 0;
  let dy = 0;
  for (const n of placed) {
    dx += n.pos!.x - layout.get(n.id)!.x;
    dy += n.pos!.y - layout.get(n.id)!.y;
  }
  dx /= placed.length;
  dy /= placed.length;
  const occupied = placed.map((n) => n.pos!);
  const free = (p: Position) => occupied.every((q) => Math.abs(p.x - q.x) > 1.6 || Math.abs(p.y - q.y) > 0.6);
  const positions = new Map<string, Position>();
  for (const n of missing) {
    const l = layout.get(n.id)!;
    let p = { x: round3(l.x + dx), y: round3(l.y + dy) };
    for (let step = 0; step < 500 && !free(p); step++) p = { x: p.x, y: round3(p.y + 0.7) };
    occupied.push(p);
    positions.set(n.id, p);
  }
  current = withPositions(current, positions);
  return current;
}

/**
 * Spreads positions out when they are too close for the canvas (DAGitty files often use a unit
 * box, `bb="0,0,1,1"`): if the median nearest-neighbour distance is under 1.2 units, every
 * position is scaled about the origin so it becomes 1.8. Graphs that already fit come back as is.
 */
export function spreadIfCramped(graph: CausalGraph): CausalGraph {
  const placed = graph.nodes.filter((n) => n.pos);
  if (placed.length < 2 || placed.length > 2000) return graph;
  const nearest = placed.map((a) => {
    let best = Infinity;
    for (const b of placed) if (a !== b) best = Math.min(best, Math.hypot(a.pos!.x - b.pos!.x, a.pos!.y - b.pos!.y));
    return best;
  });
  nearest.sort((x, y) => x - y);
  const median = nearest[Math.floor(nearest.length / 2)];
  if (median >= 1.2 || median === 0) return graph;
  const k = 1.8 / median;
  return { ...graph, nodes: graph.nodes.map((n) => (n.pos ? { ...n, pos: { x: round3(n.pos.x * k), y: round3(n.pos.y * k) } } : n)) };
}
