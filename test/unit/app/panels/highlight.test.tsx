// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { type HighlightSpec, hedgeHighlight, nodePathHighlight, pathHighlight, setHighlight, stepArrow } from '../../../../src/app/panels/highlight';
import { useHighlightManager } from '../../../../src/app/panels/use-highlight-manager';
import { graphFromLists, identify } from '../../../../src/engine';

// A → B, C → B, B <-> D, and A → D together with A <-> D (two edges between one pair).
const g = graphFromLists({ directed: [['A', 'B'], ['C', 'B'], ['A', 'D']], bidirected: [['B', 'D'], ['A', 'D']] });

describe('highlight lookups', () => {
  it('finds each step of a path in the orientation the graph stores it', () => {
    const h = pathHighlight(g, { nodes: ['C', 'B', 'D', 'A'], edges: ['->', '<->', '<->'], causal: false, open: true });
    expect(h).toEqual({
      nodes: ['C', 'B', 'D', 'A'],
      edges: [
        { from: 'C', to: 'B', kind: '->' },
        { from: 'B', to: 'D', kind: '<->' },
        { from: 'A', to: 'D', kind: '<->' },
      ],
      tone: 'open-path',
    });
    const back = pathHighlight(g, { nodes: ['B', 'A'], edges: ['<-'], causal: false, open: false });
    expect(back).toEqual({ nodes: ['B', 'A'], edges: [{ from: 'A', to: 'B', kind: '->' }], tone: 'blocked-path' });
  });

  it('draws every edge of a doubly joined pair when the path is known only by its nodes', () => {
    const h = nodePathHighlight(g, ['B', 'A', 'D'], 'open-path');
    expect(h.edges).toEqual([
      { from: 'A', to: 'B', kind: '->' },
      { from: 'A', to: 'D', kind: '->' },
      { from: 'A', to: 'D', kind: '<->' },
    ]);
    expect(stepArrow(g, 'B', 'A')).toBe('←');
    expect(stepArrow(g, 'B', 'D')).toBe('↔');
    expect(stepArrow(g, 'A', 'D')).toBe('–');
  });

  it('adds the edges among the nodes of a hedge only when asked', () => {
    expect(setHighlight(g, ['A', 'B'], 'set').edges).toEqual([]);
    expect(setHighlight(g, ['A', 'B', 'C'], 'hedge', true).edges).toEqual([
      { from: 'A', to: 'B', kind: '->' },
      { from: 'C', to: 'B', kind: '->' },
    ]);
  });
});

describe('hedgeHighlight', () => {
  it('draws the latent nodes that make the hedge, with their arrows (instrument graph, hedge from the engine)', () => {
    const iv = graphFromLists({
      directed: [['Z', 'X'], ['U', 'X'], ['U', 'Y'], ['X', 'Y'], ['W', 'Z']],
      roles: { exposure: ['X'], outcome: ['Y'], latent: ['U', 'W'] },
    });
    const result = identify(iv, { x: ['X'], y: ['Y'] });
    expect(result.identifiable).toBe(false);
    const h = hedgeHighlight(iv, result.hedge!.F);
    expect(h.tone).toBe('hedge');
    // W joins only Z, which is not in the hedge: it is not drawn.
    expect([...h.nodes].sort()).toEqual(['U', 'X', 'Y']);
    expect(h.edges).toEqual([
      { from: 'U', to: 'X', kind: '->' },
      { from: 'U', to: 'Y', kind: '->' },
      { from: 'X', to: 'Y', kind: '->' },
    ]);
  });

  it('follows chains of latent nodes, and stops at observed ones', () => {
    const g = graphFromLists({
      directed: [['A', 'L1'], ['L1', 'L2'], ['L2', 'B'], ['M', 'B'], ['L3', 'M'], ['L3', 'A']],
      bidirected: [['A', 'B']],
      roles: { latent: ['L1', 'L2', 'L3'] },
    });
    const h = hedgeHighlight(g, ['A', 'B']);
    // L1 and L2 link A to B through latent nodes; L3 reaches B only through the observed M.
    expect([...h.nodes].sort()).toEqual(['A', 'B', 'L1', 'L2']);
    expect(h.edges).toContainEqual({ from: 'A', to: 'B', kind: '<->' });
    expect(h.edges).toContainEqual({ from: 'L1', to: 'L2', kind: '->' });
  });
});

describe('useHighlightManager', () => {
  const h = (tone: HighlightSpec['tone']): HighlightSpec => ({ nodes: [tone], edges: [], tone });

  it('shows a preview over the pins, else the most recent pin, else nothing', () => {
    const publish = vi.fn();
    const { result, unmount } = renderHook(() => useHighlightManager(publish));
    act(() => result.current.pin('adjustment', h('open-path')));
    expect(publish).toHaveBeenLastCalledWith(h('open-path'));
    act(() => result.current.pin('hedge', h('hedge')));
    expect(publish).toHaveBeenLastCalledWith(h('hedge'));
    act(() => result.current.preview(h('causal-path')));
    expect(publish).toHaveBeenLastCalledWith(h('causal-path'));
    act(() => result.current.preview(null));
    expect(publish).toHaveBeenLastCalledWith(h('hedge'));
    act(() => result.current.pin('hedge', null));
    expect(publish).toHaveBeenLastCalledWith(h('open-path'));
    // Withdrawing a pin that is not there publishes nothing new.
    const calls = publish.mock.calls.length;
    act(() => result.current.pin('dsep', null));
    expect(publish.mock.calls.length).toBe(calls);
    act(() => result.current.pin('adjustment', null));
    expect(publish).toHaveBeenLastCalledWith(null);
    unmount();
    expect(publish).toHaveBeenLastCalledWith(null);
  });
});
