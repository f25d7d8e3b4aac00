/**
 * app/layout/clearance — after a layered layout, moves nodes across the layer direction until no
 * drawn edge passes through or near a node it does not join.
 *
 * The canvas draws every edge as one straight segment or one quadratic curve between the two node
 * centres (see canvas/geometry `edgeGeometry`), not along the layout's routed bends, so a long edge
 * that the layout routed around a node can still be drawn straight through it. This pass works on
 * the drawn shape instead: for each edge and each other node near it, the node moves up or down
 * (whichever is the shorter way) until the edge keeps `margin` px from its box, and the nodes of
 * its layer that it would then crowd move along with it, so layer order and the gaps between
 * nodes stay as they were. Layers (x) never change. Sweeps repeat until nothing moves, at most
 * `maxSweeps` times, so the pass always ends; it is deterministic (fixed edge and node order).
 * Complexity: O(sweeps · m · k) where k is the number of nodes in the layers an edge spans.
 * Reference: none beyond the layered-drawing frame it works in (Sugiyama, Tagawa & Toda 1981,
 * "Methods for visual understanding of hierarchical system structures": layers and the order
 * within them are fixed; only the coordinate across the layers is adjusted).
 */
import { borderPoint } from '../canvas/geometry';

/** A node box in pixels; `cy` is the one coordinate this pass changes. */
export interface ClearBox {
  readonly cx: number;
  cy: number;
  readonly w: number;
  readonly h: number;
}

/** An edge between two boxes (indices), bent as the canvas bends it (0 = straight). */
export interface ClearEdge {
  readonly a: number;
  readonly b: number;
  readonly bend: number;
}

interface Point {
  readonly x: number;
  readonly y: number;
}

const CURVE_PIECES = 12;

interface Shape {
  readonly points: readonly Point[];
  readonly left: number;
  readonly right: number;
}

function drawnShape(a: ClearBox, b: ClearBox, bend: number): Shape {
  const points = drawnPolyline(a, b, bend);
  return { points, left: Math.min(...points.map((p) => p.x)), right: Math.max(...points.map((p) => p.x)) };
}

/** The edge as the canvas draws it, as a polyline (the curve's control point as in `edgeGeometry`). */
function drawnPolyline(a: ClearBox, b: ClearBox, bend: number): Point[] {
  if (bend === 0) return [borderPoint(a, b.cx, b.cy), borderPoint(b, a.cx, a.cy)];
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const length = Math.hypot(dx, dy) || 1;
  const offset = Math.min(bend * length, 90);
  const q = { x: (a.cx + b.cx) / 2 + (dy / length) * offset, y: (a.cy + b.cy) / 2 - (dx / length) * offset };
  const s = borderPoint(a, q.x, q.y);
  const t = borderPoint(b, q.x, q.y);
  const points: Point[] = [];
  for (let i = 0; i <= CURVE_PIECES; i++) {
    const u = i / CURVE_PIECES;
    const v = 1 - u;
    points.push({ x: v * v * s.x + 2 * u * v * q.x + u * u * t.x, y: v * v * s.y + 2 * u * v * q.y + u * u * t.y });
  }
  return points;
}

/** The lowest and highest y of the polyline over the x-interval [lo, hi], or null when it stays outside. */
function yExtentOver(points: readonly Point[], lo: number, hi: number): { min: number; max: number } | null {
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i];
    const q = points[i + 1];
    const left = Math.max(lo, Math.min(p.x, q.x));
    const right = Math.min(hi, Math.max(p.x, q.x));
    if (left > right) continue;
    const yAt = (x: number) => (q.x === p.x ? p.y : p.y + ((q.y - p.y) * (x - p.x)) / (q.x - p.x));
    const ys = q.x === p.x ? [p.y, q.y] : [yAt(left), yAt(right)];
    for (const y of ys) {
      if (y < min) min = y;
      if (y > max) max = y;
    }
  }
  return min <= max ? { min, max } : null;
}

/**
 * Moves boxes (in place, y only) so that every edge keeps `margin` px from every box but its two
 * ends. Boxes sharing a centre x form a layer; within a layer the order and `gap` are kept.
 * Returns true when every edge ended up clear.
 */
export function clearEdgesOfNodes(boxes: ClearBox[], edges: readonly ClearEdge[], margin: number, gap: number, maxSweeps = 20): boolean {
  const layerOf = new Map<number, number[]>();
  for (let i = 0; i < boxes.length; i++) {
    const key = Math.round(boxes[i].cx);
    if (!layerOf.has(key)) layerOf.set(key, []);
    layerOf.get(key)!.push(i);
  }
  const layers = [...layerOf.values()];
  for (const layer of layers) layer.sort((i, j) => boxes[i].cy - boxes[j].cy || i - j);
  const layerIndex = new Int32Array(boxes.length);
  const slot = new Int32Array(boxes.length);
  layers.forEach((layer, l) => layer.forEach((node, k) => ((layerIndex[node] = l), (slot[node] = k))));

  const incident: number[][] = boxes.map(() => []);
  edges.forEach((e, k) => (incident[e.a].push(k), incident[e.b].push(k)));
  const shapes = edges.map((e) => drawnShape(boxes[e.a], boxes[e.b], e.bend));
  const redraw = (node: number) => {
    for (const k of incident[node]) shapes[k] = drawnShape(boxes[edges[k].a], boxes[edges[k].b], edges[k].bend);
  };

  /**
   * Where `node`'s centre may not be: the band each edge sweeps over the node's width. Edges of
   * nodes later in the same layer are left out: those nodes move away from this one, taking
   * their edges along (see `clipsAbove`).
   */
  const forbiddenBands = (node: number): [number, number][] => {
    const box = boxes[node];
    const left = box.cx - box.w / 2 - margin;
    const right = box.cx + box.w / 2 + margin;
    const reach = box.h / 2 + margin;
    const bands: [number, number][] = [];
    for (let k = 0; k < edges.length; k++) {
      const { a, b } = edges[k];
      if (a === node || b === node || shapes[k].right < left || shapes[k].left > right) continue;
      if (laterInLayer(a, node) || laterInLayer(b, node)) continue;
      const extent = yExtentOver(shapes[k].points, left, right);
      if (extent) bands.push([extent.min - reach, extent.max + reach]);
    }
    return bands;
  };
  const laterInLayer = (other: number, node: number) => layerIndex[other] === layerIndex[node] && slot[other] > slot[node];
  /** How far the edges of `node` reach into the clearance of the nodes above it in its layer (0 when clear). */
  const clipsAbove = (node: number): number => {
    const layer = layers[layerIndex[node]];
    let worst = 0;
    for (let s = 0; s < slot[node]; s++) {
      const box = boxes[layer[s]];
      const bottom = box.cy + box.h / 2 + margin;
      for (const k of incident[node]) {
        const extent = yExtentOver(shapes[k].points, box.cx - box.w / 2 - margin, box.cx + box.w / 2 + margin);
        if (extent && extent.min < bottom && extent.max > box.cy - box.h / 2 - margin) worst = Math.max(worst, bottom - extent.min);
      }
    }
    return worst;
  };
  const moveTo = (node: number, y: number) => {
    boxes[node].cy = y;
    redraw(node);
  };

  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = false;
    for (const layer of layers) {
      // Top to bottom: a node never moves above the one before it in its layer (so the order and
      // the gap are kept), and whatever it gives up is taken from the nodes after it. A node whose
      // own edges cut through a node above it moves down: each step down tilts its edges less than
      // it moves, since layers are further apart than a node is wide, so this ends.
      for (let s = 0; s < layer.length; s++) {
        const node = layer[s];
        const box = boxes[node];
        const above = s > 0 ? boxes[layer[s - 1]] : null;
        const floor = above ? above.cy + (above.h + box.h) / 2 + gap : -Infinity;
        const start = box.cy;
        moveTo(node, nearestFree(forbiddenBands(node), box.cy, floor));
        for (let step = 0; step < 100; step++) {
          const clip = clipsAbove(node);
          if (clip === 0) break;
          const y = box.cy + Math.max(2, clip);
          moveTo(node, nearestFree(forbiddenBands(node), y, y));
        }
        if (box.cy !== start) moved = true;
      }
    }
    if (!moved) return true;
  }
  return false;
}

/**
 * The point nearest to `y`, not below `floor`, outside every open interval (y itself when that is
 * allowed); ties go up. Intervals closer than 1 px are merged, so the answer is never squeezed
 * between two of them.
 */
function nearestFree(intervals: [number, number][], y: number, floor: number): number {
  const start = Math.max(y, floor);
  if (start === y && !intervals.some(([lo, hi]) => lo < y && y < hi)) return y;
  intervals.sort((p, q) => p[0] - q[0]);
  const blocks: [number, number][] = [];
  for (const [lo, hi] of intervals) {
    const last = blocks[blocks.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else blocks.push([lo, hi]);
  }
  const block = blocks.find(([lo, hi]) => lo < start && start < hi);
  if (!block) return start;
  const down = block[1] + 0.5;
  const up = block[0] - 0.5;
  return start === y && up >= floor && y - up <= down - y ? up : down;
}
