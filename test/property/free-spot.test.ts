/**
 * Placing a new variable: on random graphs with positions, the spot `freeSpotNear` returns gives a
 * box that overlaps no node's box and that no edge (straight, centre to centre) comes near. The
 * oracle measures exact segment–rectangle distances, independently of the search's own test.
 */
import { describe, expect, it } from 'vitest';
import type { CausalGraph, Position } from '../../src/engine';
import { BOX_GAP, EDGE_MARGIN, freeSpotNear, obstaclesOf } from '../../src/app/actions/free-spot';
import { NEW_NODE_SIZE } from '../../src/app/actions/add-node';
import { estimateSize } from '../../src/app/layout/dagre';
import { recommendationExample } from '../../src/app/examples/recommendation';
import { segmentRectDistance } from '../support/layout-clearance';
import { mulberry32, randomAdmg, randomInt } from '../support/random';

type Size = { width: number; height: number };

/** Every way `spot` fails to be free in `graph`, as text (empty when it is free). */
function problemsAt(graph: CausalGraph, spot: Position, size: Size): string[] {
  const problems: string[] = [];
  const pos = new Map(graph.nodes.map((n) => [n.id as string, n.pos!]));
  for (const node of graph.nodes) {
    const s = estimateSize(node);
    const gapX = Math.abs(spot.x - node.pos!.x) - (size.width + s.width / 100) / 2;
    const gapY = Math.abs(spot.y - node.pos!.y) - (size.height + s.height / 100) / 2;
    if (Math.max(gapX, gapY) < BOX_GAP - 1e-9) problems.push(`within ${Math.max(gapX, gapY).toFixed(3)} of ${node.id}`);
  }
  for (const e of graph.edges) {
    const d = segmentRectDistance(pos.get(e.from)!, pos.get(e.to)!, { cx: spot.x, cy: spot.y, w: size.width, h: size.height });
    if (d < EDGE_MARGIN - 1e-9) problems.push(`edge ${e.from}–${e.to} at ${d.toFixed(3)}`);
  }
  return problems;
}

function withPositions(graph: CausalGraph, rng: () => number): CausalGraph {
  return {
    ...graph,
    nodes: graph.nodes.map((n) => ({
      ...n,
      label: rng() < 0.4 ? 'x'.repeat(randomInt(rng, 1, 24)) : undefined,
      pos: { x: Math.round(rng() * 80) / 10, y: Math.round(rng() * 50) / 10 },
    })),
  };
}

describe('free spot for a new variable', () => {
  it('overlaps no node box and keeps clear of every edge, on 400 random graphs (seed 20261127)', () => {
    const rng = mulberry32(20261127);
    for (let t = 0; t < 400; t++) {
      const graph = withPositions(randomAdmg(rng, { n: randomInt(rng, 1, 14), pDirected: 0.3, pBidirected: 0.1 }), rng);
      const wanted = { x: rng() * 8, y: rng() * 5 };
      const size = rng() < 0.5 ? NEW_NODE_SIZE : { width: 0.48 + rng(), height: 0.38 };
      const spot = freeSpotNear(obstaclesOf(graph), wanted, size);
      expect({ t, problems: problemsAt(graph, spot, size) }).toEqual({ t, problems: [] });
    }
  });

  it('keeps the wanted spot when it is free, and otherwise stays near it', () => {
    const rng = mulberry32(7);
    for (let t = 0; t < 100; t++) {
      const graph = withPositions(randomAdmg(rng, { n: randomInt(rng, 1, 6), pDirected: 0.3, pBidirected: 0 }), rng);
      const wanted = { x: Math.round(rng() * 80) / 10, y: Math.round(rng() * 50) / 10 };
      const spot = freeSpotNear(obstaclesOf(graph), wanted, NEW_NODE_SIZE);
      if (problemsAt(graph, wanted, { width: NEW_NODE_SIZE.width + 2 * EDGE_MARGIN, height: NEW_NODE_SIZE.height + 2 * EDGE_MARGIN }).length === 0)
        expect(spot).toEqual(wanted);
      // Six nodes at most: a free spot lies well within the distance of the farthest one.
      expect(Math.hypot(spot.x - wanted.x, spot.y - wanted.y)).toBeLessThan(12);
    }
  });

  it('in the opening example, a new variable at the middle of the diagram lands clear of boxes and arrows', () => {
    const xs = recommendationExample.nodes.map((n) => n.pos!.x);
    const ys = recommendationExample.nodes.map((n) => n.pos!.y);
    const middle = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
    const spot = freeSpotNear(obstaclesOf(recommendationExample), middle, NEW_NODE_SIZE);
    expect(problemsAt(recommendationExample, spot, NEW_NODE_SIZE)).toEqual([]);
  });
});
