import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { type CausalFlowEdge, type CausalFlowNode, buildEdges, buildNodes, edgeAriaLabel, nodeAriaLabel, reuseList } from '../../../src/app/canvas/flow-model';
import { borderPoint, edgeGeometry } from '../../../src/app/canvas/geometry';
import { moveNodes, setRoles } from '../../../src/app/store/graph-edits';

const g = graphFromLists({
  nodes: ['Z', 'X', 'Y'],
  directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y'], ['Y', 'X']],
  bidirected: [['X', 'Z']],
  roles: { exposure: ['X'], latent: ['Z'] },
});
const base = { selection: new Set<string>(), highlight: null, connectFrom: null, dragging: null, measured: new Map() };

describe('canvas model', () => {
  it('reuses node objects whose inputs did not change, so a drag re-renders only the moved node', () => {
    const cache = new Map<string, CausalFlowNode>();
    const first = buildNodes({ ...base, graph: g }, cache);
    const moved = moveNodes(g, { X: { x: 3, y: 3 } });
    const second = buildNodes({ ...base, graph: moved }, cache);
    expect(second[0]).toBe(first[0]);
    expect(second[2]).toBe(first[2]);
    expect(second[1]).not.toBe(first[1]);
    expect(second[1].position).toEqual({ x: 300, y: 300 });
    const dragged = buildNodes({ ...base, graph: moved, dragging: new Map([['Z', { x: 5, y: 6 }]]) }, cache);
    expect(dragged[0].position).toEqual({ x: 5, y: 6 });
    expect(dragged[1]).toBe(second[1]);
    const selected = buildNodes({ ...base, graph: moved, selection: new Set(['Y']) }, cache);
    expect(selected[2].selected).toBe(true);
  });

  it('marks highlighted nodes and edges with the tone, matching bidirected edges in either direction', () => {
    const highlight = { nodes: ['X', 'Z'], edges: [{ from: 'Z', to: 'X', kind: '<->' }, { from: 'Z', to: 'X', kind: '->' }], tone: 'open-path' as const };
    const nodes = buildNodes({ ...base, graph: g, highlight }, new Map());
    expect(nodes.map((n) => n.data.tone)).toEqual(['open-path', 'open-path', null]);
    const edges = buildEdges({ graph: g, selectedEdges: new Set(), highlight }, new Map<string, CausalFlowEdge>());
    expect(edges.map((e) => [e.source, e.target, e.data!.tone])).toEqual([
      ['Z', 'X', 'open-path'],
      ['Z', 'Y', null],
      ['X', 'Y', null],
      ['Y', 'X', null],
      ['X', 'Z', 'open-path'],
    ]);
  });

  it('curves bidirected edges always and directed edges only when they share their pair', () => {
    const edges = buildEdges({ graph: g, selectedEdges: new Set(), highlight: null }, new Map());
    const bend = Object.fromEntries(edges.map((e) => [e.id, e.data!.bend]));
    expect(edges.map((e) => bend[e.id])).toEqual([0.15, 0, 0.15, 0.15, 0.3]);
  });

  it('names nodes and edges for screen readers', () => {
    const labelled = setRoles({ ...g, nodes: g.nodes.map((n) => (n.id === 'X' ? { ...n, label: 'Drug' } : n)) }, ['X'], 'outcome', true);
    expect(nodeAriaLabel(labelled.nodes[1])).toBe('Drug (X): exposure, outcome');
    expect(nodeAriaLabel(g.nodes[0])).toBe('Z: latent (unobserved)');
    expect(edgeAriaLabel(g.edges[0])).toBe('Z → X, directed');
    expect(edgeAriaLabel(g.edges[4])).toBe('X ↔ Z, bidirected (hidden common cause)');
    // On the canvas an edge names its ends as the diagram shows them, and follows a relabel.
    const cache = new Map<string, CausalFlowEdge>();
    const inputs = { selectedEdges: new Set<string>(), highlight: null };
    expect(buildEdges({ ...inputs, graph: labelled }, cache)[0].ariaLabel).toBe('Z → Drug, directed');
    const relabelled = { ...labelled, nodes: labelled.nodes.map((n) => (n.id === 'X' ? { ...n, label: 'Statin' } : n)) };
    expect(buildEdges({ ...inputs, graph: relabelled }, cache)[0].ariaLabel).toBe('Z → Statin, directed');
  });

  it('ends edges on node borders', () => {
    const a = { cx: 0, cy: 0, w: 100, h: 40 };
    expect(borderPoint(a, 200, 0, 0)).toEqual({ x: 50, y: 0 });
    expect(borderPoint(a, 0, -200, 0)).toEqual({ x: 0, y: -20 });
    const straight = edgeGeometry(a, { cx: 300, cy: 0, w: 100, h: 40 }, 0);
    expect(straight.path).toBe('M53,0 L247,0');
    expect(edgeGeometry(a, { cx: 300, cy: 0, w: 100, h: 40 }, 0.2).path).toMatch(/^M[\d.]+,-?[\d.]+ Q150,-60 /);
  });
});

describe('reuseList', () => {
  it('keeps the previous list when every item is the same object, and takes the new one otherwise', () => {
    const a = { id: 'a' };
    const b = { id: 'b' };
    const previous = [a, b];
    expect(reuseList(previous, [a, b])).toBe(previous);
    const changed = [a, { id: 'b' }];
    expect(reuseList(previous, changed)).toBe(changed);
    const longer = [a, b, { id: 'c' }];
    expect(reuseList(previous, longer)).toBe(longer);
    const first = [a];
    expect(reuseList(null, first)).toBe(first);
  });
});
