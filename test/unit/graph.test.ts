import { describe, expect, it } from 'vitest';
import {
  ancestorsMask,
  analysisReadiness,
  dConnectingPath,
  descendantsMask,
  districts,
  findCycle,
  graphFromLists,
  indexGraph,
  indicesOf,
  maskMembers,
  topologicalOrder,
} from '../../src/engine';

const ids = (ig: ReturnType<typeof indexGraph>, xs: number[]) => xs.map((i) => ig.ids[i]);

describe('graph model', () => {
  const g = graphFromLists({
    directed: [
      ['A', 'B'],
      ['B', 'C'],
      ['A', 'D'],
    ],
    bidirected: [
      ['C', 'E'],
      ['E', 'F'],
    ],
  });
  const ig = indexGraph(g);
  it('computes ancestors and descendants including the start set', () => {
    expect(ids(ig, maskMembers(ancestorsMask(ig, indicesOf(ig, ['C']))))).toEqual(['A', 'B', 'C']);
    expect(ids(ig, maskMembers(descendantsMask(ig, indicesOf(ig, ['A']))))).toEqual(['A', 'B', 'C', 'D']);
  });
  it('finds districts through bidirected edges only', () => {
    expect(districts(ig).map((d) => ids(ig, d))).toEqual([['A'], ['B'], ['C', 'E', 'F'], ['D']]);
  });
  it('orders parents before children and finds no cycle', () => {
    const order = topologicalOrder(ig)!;
    const pos = new Map(order.map((v, i) => [v, i]));
    for (let v = 0; v < ig.n; v++) for (const c of ig.children[v]) expect(pos.get(v)!).toBeLessThan(pos.get(c)!);
    expect(findCycle(ig)).toBeNull();
  });
  it('reports a cycle as its node sequence', () => {
    const cyc = indexGraph(graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A'], ['X', 'A']] }));
    expect(topologicalOrder(cyc)).toBeNull();
    const r = analysisReadiness(cyc);
    expect(r.ok).toBe(false);
    if (!r.ok && r.reason === 'cycle') {
      expect(r.cycle[0]).toBe(r.cycle[r.cycle.length - 1]);
      expect(new Set(r.cycle)).toEqual(new Set(['A', 'B', 'C']));
      expect(r.message).toMatch(/→/);
    }
  });
  it('rejects duplicate ids and self-loops', () => {
    expect(() => graphFromLists({ nodes: ['A', 'A'] })).toThrow(/duplicate/);
    expect(() => graphFromLists({ directed: [['A', 'A']] })).toThrow(/self-loop/);
  });
});

describe('d-separation', () => {
  const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y'], ['X', 'C'], ['Y', 'C'], ['C', 'D']] });
  const ig = indexGraph(g);
  const path = (x: string, y: string, z: string[]) => {
    const p = dConnectingPath(ig, indicesOf(ig, [x]), indicesOf(ig, [y]), indicesOf(ig, z));
    return p && ids(ig, p);
  };
  it('opens a collider when its descendant is conditioned on', () => {
    const m = indexGraph(graphFromLists({ directed: [['A', 'C'], ['B', 'C'], ['C', 'D']] }));
    const q = (z: string[]) => dConnectingPath(m, indicesOf(m, ['A']), indicesOf(m, ['B']), indicesOf(m, z));
    expect(q([])).toBeNull();
    expect(ids(m, q(['D'])!)).toEqual(['A', 'C', 'B']);
    expect(ids(m, q(['C'])!)).toEqual(['A', 'C', 'B']);
  });
  it('returns the open path through a fork', () => {
    expect(path('Z', 'C', [])).toEqual(['Z', 'X', 'C']);
    expect(path('Z', 'D', ['X'])).toEqual(['Z', 'Y', 'C', 'D']);
    expect(path('Z', 'D', ['X', 'Y'])).toBeNull();
    // Conditioning on the collider C reopens nothing between Z and D: C itself is on the path.
    expect(path('Z', 'D', ['X', 'Y', 'C'])).toBeNull();
  });
  it('treats a bidirected edge as a hidden common parent', () => {
    const m = indexGraph(graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']] }));
    const q = (z: string[]) => dConnectingPath(m, indicesOf(m, ['M']), indicesOf(m, ['Y']), indicesOf(m, z));
    // M <- X <-> Y is open given nothing, blocked given X; M -> Y is always open.
    expect(ids(m, q(['X'])!)).toEqual(['M', 'Y']);
    const n = indexGraph(graphFromLists({ directed: [['A', 'B']], bidirected: [['B', 'C']] }));
    const r = (z: string[]) => dConnectingPath(n, indicesOf(n, ['A']), indicesOf(n, ['C']), indicesOf(n, z));
    expect(r([])).toBeNull();
    expect(ids(n, r(['B'])!)).toEqual(['A', 'B', 'C']);
  });
});

describe('indexGraph', () => {
  it('merges repeated edges, symmetric ones in either order, and keeps different kinds apart', () => {
    const g = {
      type: 'dag' as const,
      nodes: ['a', 'b'].map((id) => ({ id: id as never, roles: [] })),
      edges: [
        { from: 'a' as never, to: 'b' as never, kind: '->' as const },
        { from: 'a' as never, to: 'b' as never, kind: '->' as const },
        { from: 'b' as never, to: 'a' as never, kind: '->' as const },
        { from: 'a' as never, to: 'b' as never, kind: '<->' as const },
        { from: 'b' as never, to: 'a' as never, kind: '<->' as const },
      ],
    };
    const ig = indexGraph(g);
    expect(ig.children).toEqual([[1], [0]]);
    expect(ig.spouses).toEqual([[1], [0]]);
  });
});
