import { describe, expect, it } from 'vitest';
import { type CausalGraph, graphFromLists, nodeId } from '../../../src/engine';
import * as edits from '../../../src/app/store/graph-edits';

const triangle = (): CausalGraph =>
  graphFromLists({ nodes: ['Z', 'X', 'Y'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });

describe('graph edits', () => {
  it('return the same object when nothing changes, and never mutate their input', () => {
    const g = triangle();
    const frozen = JSON.stringify(g);
    expect(edits.addEdge(g, 'Z', 'X')).toBe(g);
    expect(edits.addEdge(g, 'X', 'X')).toBe(g);
    expect(edits.addEdge(g, 'X', 'nope')).toBe(g);
    expect(edits.setRoles(g, ['X'], 'exposure', true)).toBe(g);
    expect(edits.removeElements(g, ['nope'])).toBe(g);
    expect(edits.moveNodes(g, {})).toBe(g);
    expect(edits.renameNode(g, 'X', 'Y')).toBe(g);
    expect(edits.toggleEdgeKind(g, [])).toBe(g);
    edits.renameNode(g, 'Z', 'W');
    edits.removeElements(g, ['Z']);
    edits.toggleEdgeKind(g, g.edges.map(edits.edgeKey));
    expect(JSON.stringify(g)).toBe(frozen);
  });

  it('renames a node and rewrites its edges, keeping bidirected edges in id order', () => {
    const g = edits.addEdge(triangle(), 'X', 'Z', '<->');
    expect(g.edges.at(-1)).toEqual({ from: 'X', to: 'Z', kind: '<->' });
    const r = edits.renameNode(g, 'Z', 'A');
    expect(r.nodes.map((n) => n.id)).toEqual(['A', 'X', 'Y']);
    expect(r.edges.map(edits.edgeKey)).toEqual([
      edits.edgeKey({ from: nodeId('A'), kind: '->', to: nodeId('X') }),
      edits.edgeKey({ from: nodeId('A'), kind: '->', to: nodeId('Y') }),
      edits.edgeKey({ from: nodeId('X'), kind: '->', to: nodeId('Y') }),
      edits.edgeKey({ from: nodeId('A'), kind: '<->', to: nodeId('X') }),
    ]);
    expect(edits.renameProblem(g, 'Z', 'X')).toMatch(/already exists/);
    expect(edits.renameProblem(g, 'Z', '  ')).toMatch(/needs a name/);
  });

  it('relabels labelled nodes and renames unlabelled ones', () => {
    const g = edits.relabelNode(triangle(), 'Z', 'Age');
    expect(edits.renameOrRelabel(g, 'Z', 'Age group').nodes[0]).toMatchObject({ id: 'Z', label: 'Age group' });
    expect(edits.renameOrRelabel(g, 'X', 'Drug').nodes[1].id).toBe('Drug');
    expect(edits.relabelNode(g, 'Z', '').nodes[0].label).toBeUndefined();
  });

  it('removes nodes with their edges, and single edges by key', () => {
    const g = triangle();
    expect(edits.removeElements(g, ['Z']).edges).toEqual([{ from: 'X', to: 'Y', kind: '->' }]);
    const key = edits.edgeKey(g.edges[2]);
    expect(edits.removeElements(g, [], [key]).edges).toHaveLength(2);
    expect(edits.parseEdgeKey(key)).toEqual({ from: 'X', kind: '->', to: 'Y' });
  });

  it('switches edges between directed and bidirected and reverses arrows', () => {
    const g = triangle();
    const zx = edits.edgeKey(g.edges[0]);
    const bi = edits.toggleEdgeKind(g, [zx]);
    expect(bi.edges[0]).toEqual({ from: 'X', to: 'Z', kind: '<->' });
    const back = edits.toggleEdgeKind(bi, [edits.edgeKey(bi.edges[0])]);
    expect(back.edges[0]).toEqual({ from: 'X', to: 'Z', kind: '->' });
    expect(edits.reverseEdges(g, [zx]).edges[0]).toEqual({ from: 'X', to: 'Z', kind: '->' });
  });

  it('toggles roles on several nodes at once and applies an adjusted set exactly', () => {
    const g = triangle();
    const on = edits.toggleRole(g, ['X', 'Z'], 'latent');
    expect(on.nodes.filter((n) => n.roles.includes('latent')).map((n) => n.id)).toEqual(['Z', 'X']);
    expect(on.nodes[1].roles).toEqual(['exposure', 'latent']);
    expect(edits.toggleRole(on, ['X', 'Z'], 'latent')).toEqual(g);
    const adjusted = edits.applyAdjustedSet(edits.setRoles(g, ['Y'], 'adjusted', true), ['Z']);
    expect(adjusted.nodes.filter((n) => n.roles.includes('adjusted')).map((n) => n.id)).toEqual(['Z']);
    expect(edits.applyAdjustedSet(adjusted, []).nodes.some((n) => n.roles.includes('adjusted'))).toBe(false);
  });

  it('moves only the named nodes, keeping the others identical', () => {
    const g = triangle();
    const moved = edits.moveNodes(g, new Map([['X', { x: 1, y: 2 }]]));
    expect(moved.nodes[1].pos).toEqual({ x: 1, y: 2 });
    expect(moved.nodes[0]).toBe(g.nodes[0]);
    expect(edits.moveNodes(moved, { X: { x: 1, y: 2 } })).toBe(moved);
  });

  it('pastes a fragment with fresh ids, shifted positions and its inner edges', () => {
    const g = edits.moveNodes(triangle(), { X: { x: 0, y: 1 }, Y: { x: 3, y: 1 } });
    const fragment = edits.extractFragment(g, ['X', 'Y']);
    expect(fragment.edges).toEqual([{ from: 'X', to: 'Y', kind: '->' }]);
    const { graph, ids } = edits.pasteFragment(g, fragment, { x: 0.4, y: 0.4 });
    expect(ids).toEqual(['X2', 'Y2']);
    expect(graph.nodes.find((n) => n.id === 'X2')?.pos).toEqual({ x: 0.4, y: 1.4 });
    expect(graph.nodes.find((n) => n.id === 'X2')?.roles).toEqual(['exposure']);
    expect(graph.edges.at(-1)).toEqual({ from: 'X2', to: 'Y2', kind: '->' });
    expect(edits.pasteFragment(graph, fragment, { x: 0, y: 0 }).ids).toEqual(['X3', 'Y3']);
  });

  it('finds fresh ids', () => {
    expect(edits.freshNodeId(graphFromLists({ nodes: ['v1', 'v3'] }))).toBe('v2');
  });
});
