/**
 * app/canvas/geometry — where an edge meets a node's border, and the path of a (possibly bent) edge.
 * Nodes are treated as rectangles; good enough for rounded boxes and cheap for hundreds of edges.
 */
export interface Box {
  readonly cx: number;
  readonly cy: number;
  readonly w: number;
  readonly h: number;
}

/** The point where the ray from the box centre towards (tx, ty) leaves the box (plus a small gap). */
export function borderPoint(box: Box, tx: number, ty: number, gap = 3): { x: number; y: number } {
  const dx = tx - box.cx;
  const dy = ty - box.cy;
  if (dx === 0 && dy === 0) return { x: box.cx, y: box.cy };
  const hw = box.w / 2 + gap;
  const hh = box.h / 2 + gap;
  const scale = 1 / Math.max(Math.abs(dx) / hw, Math.abs(dy) / hh);
  return { x: box.cx + dx * scale, y: box.cy + dy * scale };
}

export interface EdgeGeometry {
  readonly path: string;
  readonly labelX: number;
  readonly labelY: number;
}

/** The control point of a curve bent by `bend` × length (at most 90 px) to the left of travel. */
export function curveControl(a: Box, b: Box, bend: number): { x: number; y: number } {
  const dx = b.cx - a.cx;
  const dy = b.cy - a.cy;
  const length = Math.hypot(dx, dy) || 1;
  const offset = Math.min(bend * length, 90);
  return { x: (a.cx + b.cx) / 2 + (dy / length) * offset, y: (a.cy + b.cy) / 2 - (dx / length) * offset };
}

/** A straight segment, or a quadratic curve bent by `bend` × length to the left of travel. */
export function edgeGeometry(a: Box, b: Box, bend: number): EdgeGeometry {
  if (bend === 0) {
    const s = borderPoint(a, b.cx, b.cy);
    const t = borderPoint(b, a.cx, a.cy);
    return { path: `M${s.x},${s.y} L${t.x},${t.y}`, labelX: (s.x + t.x) / 2, labelY: (s.y + t.y) / 2 };
  }
  const { x: qx, y: qy } = curveControl(a, b, bend);
  const s = borderPoint(a, qx, qy);
  const t = borderPoint(b, qx, qy);
  return {
    path: `M${s.x},${s.y} Q${qx},${qy} ${t.x},${t.y}`,
    labelX: 0.25 * s.x + 0.5 * qx + 0.25 * t.x,
    labelY: 0.25 * s.y + 0.5 * qy + 0.25 * t.y,
  };
}
