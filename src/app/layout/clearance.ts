/**
 * app/layout/clearance — after a layered layout, moves nodes across the layer direction until no
 * drawn edge passes through or near a node it does not join.
 *
 * The canvas draws every edge as one straight segment or one quadratic curve between the two node
 * centres (see canvas/geometry `edgeGeometry`), not along the layout's routed bends, so a long edge
 * that the layout routed around a node can still be drawn straight through it. This pass works on
 * the drawn shape instead. Layer by layer, top to bottom, each node moves to the nearest height
 * outside the bands that the other edges sweep over its width (plus `margin`), never above the
 * node before it in its layer (so order and `gap` are kept); a node whose own edges cut into a
 * node above it steps down. Edges of nodes later in the same layer are left to those nodes. Layers
 * (x) never change. Sweeps repeat until nothing moves, at most `maxSweeps` times, and no node
 * travels more than `maxTravel`, so the pass always ends; it is deterministic (fixed orders).
 * Clearing is not guaranteed (dense graphs may not fit): the result says how many nodes are left.
 * Complexity: O(sweeps · n · e) with e the edges whose span covers a node's layer, plus the
 * downward steps (at most 8 per node and sweep).
 * Reference: none beyond the layered-drawing frame it works in (Sugiyama, Tagawa & Toda 1981,
 * "Methods for visual understanding of hierarchical system structures": layers and the order
 * within them are fixed; only the coordinate across the layers is adjusted).
 */
import { borderPoint, curveControl } from '../canvas/geometry';

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
  readonly top: number;
  readonly bottom: number;
}

function drawnShape(a: ClearBox, b: ClearBox, bend: number): Shape {
  const points = drawnPolyline(a, b, bend);
  let left = Infinity;
  let right = -Infinity;
  let top = Infinity;
  let bottom = -Infinity;
  for (const p of points) {
    left = Math.min(left, p.x);
    right = Math.max(right, p.x);
    top = Math.min(top, p.y);
    bottom = Math.max(bottom, p.y);
  }
  return { points, left, right, top, bottom };
}

/** The edge as the canvas draws it, as a polyline (the curve's control point from `curveControl`). */
function drawnPolyline(a: ClearBox, b: ClearBox, bend: number): Point[] {
  if (bend === 0) return [borderPoint(a, b.cx, b.cy), borderPoint(b, a.cx, a.cy)];
  const q = curveControl(a, b, bend);
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
    let y1 = p.y;
    let y2 = q.y;
    if (q.x !== p.x) {
      const slope = (q.y - p.y) / (q.x - p.x);
      y1 = p.y + slope * (left - p.x);
      y2 = p.y + slope * (right - p.x);
    }
    min = Math.min(min, y1, y2);
    max = Math.max(max, y1, y2);
  }
  return min <= max ? { min, max } : null;
}

/**
 * Moves boxes (in place, y only) so that every edge keeps `margin` px from every box but its two
 * ends. Boxes sharing a centre x form a layer; within a layer the order and `gap` are kept.
 * Returns how many nodes are still too close to an edge (0 when every edge is clear). A node
 * never moves further than `maxTravel` px from where it started, so the pass cannot run away.
 */
export function clearEdgesOfNodes(
  boxes: ClearBox[],
  edges: readonly ClearEdge[],
  options: { margin: number; gap: number; maxTravel: number; maxSweeps?: number },
): number {
  const { margin, gap, maxTravel, maxSweeps = 8 } = options;
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
  const startY = boxes.map((b) => b.cy);

  const incident: number[][] = boxes.map(() => []);
  edges.forEach((e, k) => (incident[e.a].push(k), incident[e.b].push(k)));
  const shapes = edges.map((e) => drawnShape(boxes[e.a], boxes[e.b], e.bend));
  const redraw = (node: number) => {
    for (const k of incident[node]) shapes[k] = drawnShape(boxes[edges[k].a], boxes[edges[k].b], edges[k].bend);
  };
  // x never changes, so which edges can come near a layer is known once: those whose centres lie
  // on either side of it, widened by the largest bulge a curve can have (90 px, see edgeGeometry).
  const near: number[][] = layers.map((layer) => {
    const half = Math.max(...layer.map((n) => boxes[n].w / 2)) + margin + 90;
    const x = boxes[layer[0]].cx;
    const list: number[] = [];
    edges.forEach((e, k) => {
      const lo = Math.min(boxes[e.a].cx, boxes[e.b].cx);
      const hi = Math.max(boxes[e.a].cx, boxes[e.b].cx);
      if (lo - half <= x && x <= hi + half) list.push(k);
    });
    return list;
  });

  const laterInLayer = (other: number, node: number) => layerIndex[other] === layerIndex[node] && slot[other] > slot[node];
  /**
   * Where `node`'s centre may not be: the band each edge sweeps over the node's width. Edges of
   * nodes later in the same layer are left out: those nodes move away from this one, taking
   * their edges along (see `clipsAbove`).
   */
  const forbiddenBands = (node: number, onlyAt?: number): [number, number][] => {
    const box = boxes[node];
    const left = box.cx - box.w / 2 - margin;
    const right = box.cx + box.w / 2 + margin;
    const reach = box.h / 2 + margin;
    const bands: [number, number][] = [];
    for (const k of near[layerIndex[node]]) {
      const { a, b } = edges[k];
      const shape = shapes[k];
      if (a === node || b === node || shape.right < left || shape.left > right) continue;
      if (onlyAt !== undefined && (shape.top - reach >= onlyAt || shape.bottom + reach <= onlyAt)) continue;
      if (laterInLayer(a, node) || laterInLayer(b, node)) continue;
      const extent = yExtentOver(shapes[k].points, left, right);
      if (extent) bands.push([extent.min - reach, extent.max + reach]);
    }
    return bands;
  };
  /** How far the edges of `node` reach into the clearance of the nodes above it in its layer (0 when clear). */
  const clipsAbove = (node: number): number => {
    const layer = layers[layerIndex[node]];
    let worst = 0;
    for (let s = 0; s < slot[node]; s++) {
      const box = boxes[layer[s]];
      const bottom = box.cy + box.h / 2 + margin;
      for (const k of incident[node]) {
        if (shapes[k].top >= bottom) continue;
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
  const inConflict = (node: number) => {
    const y = boxes[node].cy;
    return forbiddenBands(node, y).some(([lo, hi]) => lo < y && y < hi) || clipsAbove(node) > 0;
  };

  for (let sweep = 0; sweep < maxSweeps; sweep++) {
    let moved = false;
    for (const layer of layers) {
      // Top to bottom: a node never moves above the one before it in its layer (so the order and
      // the gap are kept), and whatever it gives up is taken from the nodes after it. A node whose
      // own edges cut through a node above it steps down: a step down tilts its edges less than
      // it moves, since layers are further apart than a node is wide.
      for (let s = 0; s < layer.length; s++) {
        const node = layer[s];
        const box = boxes[node];
        const above = s > 0 ? boxes[layer[s - 1]] : null;
        const floor = above ? above.cy + (above.h + box.h) / 2 + gap : -Infinity;
        const start = box.cy;
        // Most nodes are already clear: look at the edges that could touch them where they are first.
        const blocked = start < floor || forbiddenBands(node, start).some(([lo, hi]) => lo < start && start < hi);
        let y = blocked ? nearestFree(forbiddenBands(node), start, floor) : start;
        if (y !== start && Math.abs(y - startY[node]) <= maxTravel) moveTo(node, y);
        for (let step = 0; step < 8; step++) {
          const clip = clipsAbove(node);
          if (clip === 0) break;
          y = box.cy + Math.max(2, clip);
          y = nearestFree(forbiddenBands(node), y, y);
          if (Math.abs(y - startY[node]) > maxTravel) break;
          moveTo(node, y);
        }
        if (box.cy !== start) moved = true;
      }
    }
    if (!moved) break;
  }
  let left = 0;
  for (let node = 0; node < boxes.length; node++) if (inConflict(node)) left++;
  return left;
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
