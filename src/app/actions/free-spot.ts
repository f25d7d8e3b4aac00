/**
 * app/actions/free-spot — where a new variable can go: the nearest spot to a wanted point whose
 * box overlaps no node's box (with a gap) and that no edge passes close to.
 *
 * Contract: positions and sizes are model units; a box is centred on its node's position. Edges
 * are taken as straight centre-to-centre segments (the canvas bends some a little; the margin
 * covers that). The answer is on a 0.1-unit grid, at the smallest distance from `wanted` among the
 * grid points within SEARCH_RADIUS, else straight below every node, which is always free.
 * Complexity: O(k · (n + m)) for k grid points tried (n boxes, m segments); the search stops at
 * the first ring beyond the best free point found, so k stays small unless the area is crowded.
 */
import type { CausalGraph, Position } from '../../engine';
import { estimateSize } from '../layout/dagre';
import { UNIT_PX } from '../store/units';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Obstacles {
  readonly boxes: readonly Box[];
  readonly segments: readonly (readonly [Position, Position])[];
}

/** Space kept between the new box and any node box (units). */
export const BOX_GAP = 0.3;
/** Space kept between the new box and any edge (units): the 24 px the layout keeps edges from nodes. */
export const EDGE_MARGIN = 0.24;
const STEP = 0.1;
const SEARCH_RADIUS = 20;

/** The boxes of the placed nodes (estimated sizes) and their edges as segments. */
export function obstaclesOf(graph: CausalGraph): Obstacles {
  const at = new Map<string, Position>();
  const boxes: Box[] = [];
  for (const node of graph.nodes) {
    if (!node.pos) continue;
    at.set(node.id, node.pos);
    const size = estimateSize(node);
    boxes.push({ x: node.pos.x, y: node.pos.y, width: size.width / UNIT_PX, height: size.height / UNIT_PX });
  }
  const segments: [Position, Position][] = [];
  for (const edge of graph.edges) {
    const a = at.get(edge.from);
    const b = at.get(edge.to);
    if (a && b) segments.push([a, b]);
  }
  return { boxes, segments };
}

/** Whether segment a–b meets the axis-aligned rectangle [x0, x1] × [y0, y1] (Liang–Barsky clipping). */
export function segmentMeetsRect(a: Position, b: Position, x0: number, y0: number, x1: number, y1: number): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const sides: [number, number][] = [
    [-dx, a.x - x0],
    [dx, x1 - a.x],
    [-dy, a.y - y0],
    [dy, y1 - a.y],
  ];
  for (const [p, q] of sides) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function isFree(p: Position, size: { width: number; height: number }, { boxes, segments }: Obstacles): boolean {
  for (const b of boxes) {
    if (Math.abs(p.x - b.x) < (size.width + b.width) / 2 + BOX_GAP && Math.abs(p.y - b.y) < (size.height + b.height) / 2 + BOX_GAP) return false;
  }
  const hw = size.width / 2 + EDGE_MARGIN;
  const hh = size.height / 2 + EDGE_MARGIN;
  return !segments.some(([a, b]) => segmentMeetsRect(a, b, p.x - hw, p.y - hh, p.x + hw, p.y + hh));
}

const round = (v: number) => Math.round(v * 10) / 10;

/** The grid offsets at Chebyshev distance k, starting straight below and going round. */
function* ring(k: number): Generator<[number, number]> {
  if (k === 0) {
    yield [0, 0];
    return;
  }
  for (let i = -k; i <= k; i++) yield [i, k];
  for (let i = -k; i <= k; i++) yield [i, -k];
  for (let j = -k + 1; j < k; j++) yield [k, j];
  for (let j = -k + 1; j < k; j++) yield [-k, j];
}

/** The nearest free spot to `wanted` for a box of `size` (see the contract above). */
export function freeSpotNear(obstacles: Obstacles, wanted: Position, size: { width: number; height: number }): Position {
  const start = { x: round(wanted.x), y: round(wanted.y) };
  let best: Position | null = null;
  let bestDistance = Infinity;
  // Square rings of grid points; a point in ring k is at least k·STEP away, so once that exceeds
  // the best distance found no later ring can do better.
  for (let k = 0; k * STEP <= Math.min(bestDistance, SEARCH_RADIUS); k++) {
    for (const [i, j] of ring(k)) {
      const distance = Math.hypot(i, j) * STEP;
      if (distance >= bestDistance) continue;
      const p = { x: round(start.x + i * STEP), y: round(start.y + j * STEP) };
      if (isFree(p, size, obstacles)) {
        best = p;
        bestDistance = distance;
      }
    }
  }
  if (best) return best;
  const bottom = Math.max(start.y, ...obstacles.boxes.map((b) => b.y + b.height / 2));
  return { x: start.x, y: round(bottom + BOX_GAP + EDGE_MARGIN + size.height / 2 + STEP) };
}
