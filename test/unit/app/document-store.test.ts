import { beforeEach, describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';

const doc = () => useDocumentStore.getState();
const history = () => useDocumentStore.temporal.getState();

beforeEach(() => {
  doc().setGraph(graphFromLists({ nodes: [] }));
  clearHistory();
  useUiStore.getState().setSelection([], []);
});

describe('document store undo history', () => {
  it('records one step per edit and undoes and redoes them in order', () => {
    const x = doc().addNode({ id: 'X', pos: { x: 0, y: 0 } });
    doc().addNode({ id: 'Y', pos: { x: 2, y: 0 } });
    expect(x).toBe('X');
    expect(doc().addEdge('X', 'Y')).toBe(true);
    doc().setRoles(['X'], 'exposure', true);
    expect(history().pastStates).toHaveLength(4);
    doc().undo();
    expect(doc().graph.nodes[0].roles).toEqual([]);
    doc().undo();
    expect(doc().graph.edges).toEqual([]);
    doc().redo();
    doc().redo();
    expect(doc().graph.edges).toHaveLength(1);
    expect(doc().graph.nodes[0].roles).toEqual(['exposure']);
  });

  it('records nothing for refused or no-op edits', () => {
    doc().addNode({ id: 'X' });
    expect(doc().addNode({ id: 'X' })).toBeNull();
    expect(doc().addEdge('X', 'X')).toBe(false);
    doc().setRoles(['X'], 'outcome', false);
    doc().moveNodes({ nope: { x: 1, y: 1 } });
    expect(doc().renameNode('X', '')).toMatch(/needs a name/);
    expect(history().pastStates).toHaveLength(1);
  });

  it('never records selection, focus, highlight or menus', () => {
    doc().addNode({ id: 'X' });
    const ui = useUiStore.getState();
    ui.setSelection(['X']);
    ui.setFocused('X');
    ui.setHighlight({ nodes: ['X'], edges: [], tone: 'set' });
    ui.setConnecting({ from: 'X', kind: '->' });
    ui.announce('hello');
    expect(history().pastStates).toHaveLength(1);
    doc().undo();
    expect(doc().graph.nodes).toEqual([]);
    expect(history().pastStates).toHaveLength(0);
  });

  it('records a whole drag as one step', () => {
    doc().addNode({ id: 'X', pos: { x: 0, y: 0 } });
    // The canvas keeps in-flight positions to itself and commits once at drag stop.
    doc().moveNodes({ X: { x: 3, y: 1 } });
    expect(history().pastStates).toHaveLength(2);
    doc().undo();
    expect(doc().graph.nodes[0].pos).toEqual({ x: 0, y: 0 });
  });

  it('records a streamed gesture (many intermediate graphs) as one step', () => {
    doc().addNode({ id: 'X', pos: { x: 0, y: 0 } });
    doc().beginGesture();
    for (let i = 1; i <= 30; i++) doc().moveNodes({ X: { x: i / 10, y: 0 } });
    doc().endGesture();
    expect(history().pastStates).toHaveLength(2);
    expect(doc().graph.nodes[0].pos).toEqual({ x: 3, y: 0 });
    doc().undo();
    expect(doc().graph.nodes[0].pos).toEqual({ x: 0, y: 0 });
    doc().redo();
    expect(doc().graph.nodes[0].pos).toEqual({ x: 3, y: 0 });
  });

  it('a gesture that changes nothing records nothing', () => {
    doc().addNode({ id: 'X', pos: { x: 0, y: 0 } });
    doc().beginGesture();
    doc().endGesture();
    expect(history().pastStates).toHaveLength(1);
  });

  it('a new edit after undo discards the redo branch', () => {
    doc().addNode({ id: 'X' });
    doc().addNode({ id: 'Y' });
    doc().undo();
    doc().addNode({ id: 'Z' });
    expect(history().futureStates).toHaveLength(0);
    expect(doc().graph.nodes.map((n) => n.id)).toEqual(['X', 'Z']);
  });

  it('applyAdjustedSet makes exactly the given nodes adjusted in one step', () => {
    doc().setGraph(graphFromLists({ nodes: ['A', 'B', 'C'], roles: { adjusted: ['A'] } }));
    clearHistory();
    doc().applyAdjustedSet(['B', 'C']);
    expect(doc().graph.nodes.map((n) => n.roles)).toEqual([[], ['adjusted'], ['adjusted']]);
    expect(history().pastStates).toHaveLength(1);
  });

  it('renameOrRelabel refuses a taken id and leaves history alone', () => {
    doc().addNode({ id: 'X' });
    doc().addNode({ id: 'Y' });
    expect(doc().renameOrRelabel('X', 'Y')).toMatch(/already exists/);
    expect(history().pastStates).toHaveLength(2);
    expect(doc().renameOrRelabel('X', 'Z')).toBeNull();
    expect(doc().graph.nodes.map((n) => n.id)).toEqual(['Z', 'Y']);
  });
});
