import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { layoutAll, placeMissing, spreadIfCramped } from '../../../src/app/layout/dagre';
import { EXAMPLES } from '../../../src/app/examples/catalogue';

describe('dagre layout', () => {
  it('places causes left of their effects, deterministically', () => {
    const g = graphFromLists({ nodes: ['Y', 'M', 'X', 'Z'], directed: [['X', 'M'], ['M', 'Y'], ['Z', 'X'], ['Z', 'Y']] });
    const a = layoutAll(g);
    expect(a).toEqual(layoutAll(g));
    for (const e of g.edges) expect(a.get(e.from)!.x).toBeLessThan(a.get(e.to)!.x);
  });

  it('never moves placed nodes; unplaced ones get free spots', () => {
    const g = graphFromLists({
      nodes: [{ id: 'A' as never, roles: [], pos: { x: 5, y: 5 } }, { id: 'B' as never, roles: [], pos: { x: 8, y: 5 } }, 'C', 'D'],
      directed: [['A', 'B'], ['B', 'C'], ['C', 'D']],
    });
    const placed = placeMissing(g);
    expect(placed.nodes[0].pos).toEqual({ x: 5, y: 5 });
    expect(placed.nodes[1].pos).toEqual({ x: 8, y: 5 });
    const all = placed.nodes.map((n) => n.pos!);
    for (let i = 0; i < all.length; i++)
      for (let j = i + 1; j < all.length; j++) expect(Math.abs(all[i].x - all[j].x) > 1.6 || Math.abs(all[i].y - all[j].y) > 0.6).toBe(true);
    expect(placed.nodes[2].pos!.x).toBeGreaterThan(8);
  });

  it('takes positions from the previous graph for nodes that lack one', () => {
    const before = graphFromLists({ nodes: [{ id: 'A' as never, roles: [], pos: { x: 1, y: 2 } }] });
    const after = placeMissing(graphFromLists({ nodes: ['A', 'B'], directed: [['A', 'B']] }), before);
    expect(after.nodes[0].pos).toEqual({ x: 1, y: 2 });
    expect(after.nodes[1].pos).toBeDefined();
  });

  it('leaves fully placed graphs alone and spreads unit-box coordinates', () => {
    for (const example of EXAMPLES) {
      expect(placeMissing(example.graph)).toBe(example.graph);
      expect(spreadIfCramped(example.graph)).toBe(example.graph);
    }
    const tiny = graphFromLists({
      nodes: [
        { id: 'a' as never, roles: [], pos: { x: 0.2, y: 0.5 } },
        { id: 'b' as never, roles: [], pos: { x: 0.8, y: 0.5 } },
      ],
    });
    const spread = spreadIfCramped(tiny);
    expect(spread.nodes[1].pos!.x - spread.nodes[0].pos!.x).toBeCloseTo(1.8, 2);
  });
});
