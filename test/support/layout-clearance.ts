/**
 * Checks a laid-out diagram the way the canvas draws it: node boxes from `estimateSize` centred on
 * their positions, edges from the canvas's own `buildEdges` (bends) and `edgeGeometry` (paths).
 * Curves are sampled finely into short segments; clearance is the plain Euclidean distance
 * between a segment and a rectangle. Written from geometry alone, independently of the layout's
 * own clearance pass.
 */
import type { CausalGraph, Position } from '../../src/engine';
import { estimateSize } from '../../src/app/layout/dagre';
import { buildEdges } from '../../src/app/canvas/flow-model';
import { type Box, edgeGeometry } from '../../src/app/canvas/geometry';
import { UNIT_PX } from '../../src/app/store/units';

interface Point {
  readonly x: number;
  readonly y: number;
}

function pointRectDistance(p: Point, b: Box): number {
  const dx = Math.max(b.cx - b.w / 2 - p.x, 0, p.x - (b.cx + b.w / 2));
  const dy = Math.max(b.cy - b.h / 2 - p.y, 0, p.y - (b.cy + b.h / 2));
  return Math.hypot(dx, dy);
}

function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const vx = b.x - a.x;
  const vy = b.y - a.y;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / len2));
  return Math.hypot(p.x - (a.x + t * vx), p.y - (a.y + t * vy));
}

const cross = (o: Point, a: Point, b: Point) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);

function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  const d1 = cross(c, d, a);
  const d2 = cross(c, d, b);
  const d3 = cross(a, b, c);
  const d4 = cross(a, b, d);
  return d1 * d2 < 0 && d3 * d4 < 0;
}

/** Euclidean distance between segment ab and the rectangle (0 when they touch or cross). */
export function segmentRectDistance(a: Point, b: Point, box: Box): number {
  const inside = (p: Point) => pointRectDistance(p, box) === 0;
  if (inside(a) || inside(b)) return 0;
  const l = box.cx - box.w / 2;
  const r = box.cx + box.w / 2;
  const t = box.cy - box.h / 2;
  const btm = box.cy + box.h / 2;
  const corners: Point[] = [{ x: l, y: t }, { x: r, y: t }, { x: r, y: btm }, { x: l, y: btm }];
  for (let i = 0; i < 4; i++) if (segmentsCross(a, b, corners[i], corners[(i + 1) % 4])) return 0;
  return Math.min(pointRectDistance(a, box), pointRectDistance(b, box), ...corners.map((c) => pointSegmentDistance(c, a, b)));
}

/** The drawn path of an edge as a polyline (a quadratic curve becomes 48 pieces). */
function polyline(path: string): Point[] {
  const nums = path.match(/-?\d+(\.\d+)?(e-?\d+)?/g)!.map(Number);
  if (path.includes('Q')) {
    const [sx, sy, qx, qy, tx, ty] = nums;
    return Array.from({ length: 49 }, (_, i) => {
      const u = i / 48;
      return {
        x: (1 - u) * (1 - u) * sx + 2 * u * (1 - u) * qx + u * u * tx,
        y: (1 - u) * (1 - u) * sy + 2 * u * (1 - u) * qy + u * u * ty,
      };
    });
  }
  return [
    { x: nums[0], y: nums[1] },
    { x: nums[2], y: nums[3] },
  ];
}

export interface ClearanceProblem {
  readonly kind: 'edge-near-node' | 'nodes-overlap';
  readonly what: string;
  readonly distance: number;
}

/** Every edge that comes within `margin` px of a node other than its ends, and every pair of overlapping boxes. */
export function clearanceProblems(graph: CausalGraph, positions: ReadonlyMap<string, Position>, margin: number): ClearanceProblem[] {
  const boxes = new Map<string, Box>();
  for (const node of graph.nodes) {
    const p = positions.get(node.id)!;
    const size = estimateSize(node);
    boxes.set(node.id, { cx: p.x * UNIT_PX, cy: p.y * UNIT_PX, w: size.width, h: size.height });
  }
  const problems: ClearanceProblem[] = [];
  const flowEdges = buildEdges({ graph, selectedEdges: new Set(), highlight: null }, new Map());
  for (const fe of flowEdges) {
    const points = polyline(edgeGeometry(boxes.get(fe.source)!, boxes.get(fe.target)!, fe.data!.bend).path);
    for (const [id, box] of boxes) {
      if (id === fe.source || id === fe.target) continue;
      let nearest = Infinity;
      for (let i = 0; i + 1 < points.length; i++) nearest = Math.min(nearest, segmentRectDistance(points[i], points[i + 1], box));
      if (nearest < margin) problems.push({ kind: 'edge-near-node', what: `${fe.id} near ${id}`, distance: nearest });
    }
  }
  const list = [...boxes];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const [ia, a] = list[i];
      const [ib, b] = list[j];
      if (Math.abs(a.cx - b.cx) < (a.w + b.w) / 2 && Math.abs(a.cy - b.cy) < (a.h + b.h) / 2)
        problems.push({ kind: 'nodes-overlap', what: `${ia} overlaps ${ib}`, distance: 0 });
    }
  }
  return problems;
}
