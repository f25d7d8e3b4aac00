// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { NEW_NODE_SIZE } from '../../../src/app/actions/add-node';
import { freeSpotNear } from '../../../src/app/actions/free-spot';
import { actionForEvent, matches } from '../../../src/app/actions/keyboard';
import { completeConnection, edgeAddedMessage } from '../../../src/app/actions/connect';
import { ACTIONS, actionById } from '../../../src/app/actions/registry';
import { targetNodes } from '../../../src/app/actions/targets';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { edgeKey } from '../../../src/app/store/graph-edits';
import { useUiStore } from '../../../src/app/store/ui';

const doc = () => useDocumentStore.getState();
const ui = () => useUiStore.getState();
const run = (id: string) => actionById(id).perform();
const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
  new KeyboardEvent('keydown', { key: k, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods });

beforeEach(() => {
  doc().setGraph(
    graphFromLists({ nodes: [{ id: 'Z' as never, roles: [], pos: { x: 1, y: 0 } }, 'X', 'Y'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']] }),
  );
  clearHistory();
  useUiStore.setState({ selection: [], selectedEdges: [], focused: null, focusedEdge: null, connecting: null, clipboard: null, renaming: null, helpOpen: false });
});

describe('declared actions', () => {
  it('all have an id, a label, a description and an undo policy; ids and shortcuts are unique', () => {
    const ids = ACTIONS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = ACTIONS.flatMap((a) => a.shortcuts.map((s) => `${s.mod ? 'mod+' : ''}${s.shift ? 'shift+' : ''}${s.onNode ? 'node+' : ''}${s.key.toLowerCase()}`));
    expect(new Set(keys).size).toBe(keys.length);
    for (const a of ACTIONS) {
      expect(a.label.length).toBeGreaterThan(0);
      expect(a.description.length).toBeGreaterThan(10);
      expect(['record', 'gesture', 'never', 'history']).toContain(a.undo);
    }
  });

  it('act on the focused node when it is outside the selection, else on the selection', () => {
    ui().setSelection(['X', 'Y']);
    expect(targetNodes()).toEqual(['X', 'Y']);
    ui().setFocused('X');
    expect(targetNodes()).toEqual(['X', 'Y']);
    ui().setFocused('Z');
    expect(targetNodes()).toEqual(['Z']);
    ui().setSelection([]);
    expect(targetNodes()).toEqual(['Z']);
  });

  it('role shortcuts toggle roles on the targets, one undo step each', () => {
    ui().setSelection(['X']);
    run('role-exposure');
    ui().setSelection(['Y']);
    run('role-outcome');
    expect(doc().graph.nodes.map((n) => n.roles)).toEqual([[], ['exposure'], ['outcome']]);
    run('role-outcome');
    expect(doc().graph.nodes[2].roles).toEqual([]);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(3);
    ui().setSelection([]);
    run('role-latent');
    expect(ui().announcement.text).toMatch(/Select a variable first/);
  });

  it('connect by keyboard: start at the focused node, finish on the next focused node', () => {
    doc().removeElements([], doc().graph.edges.map(edgeKey));
    ui().setFocused('Z');
    run('connect');
    expect(ui().connecting).toEqual({ from: 'Z', kind: '->' });
    ui().setFocused('X');
    run('rename'); // Enter on a node while connecting picks it as the target
    expect(ui().connecting).toBeNull();
    expect(doc().graph.edges).toEqual([{ from: 'Z', to: 'X', kind: '->' }]);
    ui().setFocused('Y');
    run('connect-bidirected');
    ui().setFocused('X');
    run('connect-bidirected');
    expect(doc().graph.edges.at(-1)).toEqual({ from: 'X', to: 'Y', kind: '<->' });
  });

  it('edge commands act on the focused edge when it is outside the selection', () => {
    const zx = edgeKey(doc().graph.edges[0]);
    const xy = edgeKey(doc().graph.edges[2]);
    ui().setSelection([], [xy]);
    ui().setFocusedEdge(zx);
    run('toggle-edge-kind');
    expect(doc().graph.edges[0].kind).toBe('<->');
    expect(doc().graph.edges[2].kind).toBe('->');
    // The switched edge becomes the selection, so the next command acts on it.
    expect(ui().selectedEdges).toEqual([edgeKey(doc().graph.edges[0])]);
    ui().setFocusedEdge(null);
    run('delete');
    expect(doc().graph.edges.map((e) => `${e.from}${e.kind}${e.to}`)).toEqual(['Z->Y', 'X->Y']);
  });

  it('delete removes the selected nodes and edges in one step and clears the selection', () => {
    ui().setSelection(['Z'], [edgeKey(doc().graph.edges[2])]);
    run('delete');
    expect(doc().graph.nodes.map((n) => n.id)).toEqual(['X', 'Y']);
    expect(doc().graph.edges).toEqual([]);
    expect(ui().selection).toEqual([]);
    run('undo');
    expect(doc().graph.edges).toHaveLength(3);
    run('redo');
    expect(doc().graph.edges).toHaveLength(0);
  });

  it('switches a selected edge between directed and bidirected, keeping it selected', () => {
    ui().setSelection([], [edgeKey(doc().graph.edges[0])]);
    run('toggle-edge-kind');
    expect(doc().graph.edges[0]).toEqual({ from: 'X', to: 'Z', kind: '<->' });
    expect(ui().selectedEdges).toEqual([edgeKey(doc().graph.edges[0])]);
    run('toggle-edge-kind');
    expect(doc().graph.edges[0]).toEqual({ from: 'X', to: 'Z', kind: '->' });
  });

  it('copy and paste duplicate the selection with its inner edges; copy records nothing', () => {
    ui().setSelection(['X', 'Y']);
    run('copy');
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
    run('paste');
    expect(doc().graph.nodes.map((n) => n.id)).toEqual(['Z', 'X', 'Y', 'X2', 'Y2']);
    expect(doc().graph.edges.at(-1)).toEqual({ from: 'X2', to: 'Y2', kind: '->' });
    expect(ui().selection).toEqual(['X2', 'Y2']);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
  });

  it('select all, cancel and undo with nothing to undo change no document state', () => {
    run('select-all');
    expect(ui().selection).toEqual(['Z', 'X', 'Y']);
    expect(ui().selectedEdges).toHaveLength(3);
    run('cancel');
    expect(ui().selection).toEqual([]);
    run('undo');
    expect(ui().announcement.text).toBe('Nothing to undo.');
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('add node opens the new node for renaming; auto-layout places nodes left to right in one step', () => {
    run('add-node');
    const added = doc().graph.nodes.at(-1)!;
    expect(added.id).toBe('v1');
    expect(ui().renaming).toBe('v1');
    expect(ui().selection).toEqual(['v1']);
    run('auto-layout');
    const pos = Object.fromEntries(doc().graph.nodes.map((n) => [n.id, n.pos!]));
    expect(pos.Z.x).toBeLessThan(pos.X.x);
    expect(pos.X.x).toBeLessThan(pos.Y.x);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(2);
  });
});

describe('placing new variables', () => {
  it('puts variables added one after another around the wanted spot, their boxes apart', () => {
    const half = { x: NEW_NODE_SIZE.width / 2, y: NEW_NODE_SIZE.height / 2 };
    const boxes: { x: number; y: number; width: number; height: number }[] = [];
    for (let i = 0; i < 30; i++) boxes.push({ ...freeSpotNear({ boxes, segments: [] }, { x: 2, y: 1 }, NEW_NODE_SIZE), ...NEW_NODE_SIZE });
    expect(boxes[0]).toMatchObject({ x: 2, y: 1 });
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(Math.abs(boxes[i].x - boxes[j].x) >= 2 * half.x || Math.abs(boxes[i].y - boxes[j].y) >= 2 * half.y).toBe(true);
    expect(Math.max(...boxes.map((b) => Math.hypot(b.x - 2, b.y - 1)))).toBeLessThan(6);
  });
});

describe('keyboard dispatch', () => {
  it('maps keys to actions, with modifiers and Shift respected for letters', () => {
    expect(actionForEvent(key('e'))?.id).toBe('role-exposure');
    expect(actionForEvent(key('E', { shiftKey: true }))).toBeUndefined();
    expect(actionForEvent(key('L', { shiftKey: true }))?.id).toBe('auto-layout');
    expect(actionForEvent(key('l'))?.id).toBe('role-latent');
    expect(actionForEvent(key('z', { ctrlKey: true }))?.id).toBe('undo');
    expect(actionForEvent(key('z', { metaKey: true }))?.id).toBe('undo');
    expect(actionForEvent(key('Z', { ctrlKey: true, shiftKey: true }))?.id).toBe('redo');
    expect(actionForEvent(key('y', { ctrlKey: true }))?.id).toBe('redo');
    expect(actionForEvent(key('c', { ctrlKey: true }))?.id).toBe('copy');
    expect(actionForEvent(key('c'))?.id).toBe('connect');
    expect(actionForEvent(key('?', { shiftKey: true }))?.id).toBe('help');
    expect(actionForEvent(key('?'))?.id).toBe('help');
    expect(actionForEvent(key('F10'))).toBeUndefined();
    expect(actionForEvent(key('F10', { shiftKey: true }))?.id).toBe('context-menu');
    expect(actionForEvent(key('Delete'))?.id).toBe('delete');
    expect(actionForEvent(key('Backspace'))?.id).toBe('delete');
    expect(actionForEvent(key('e', { altKey: true }))).toBeUndefined();
  });

  it('claims Enter only on a node', () => {
    expect(matches({ key: 'Enter', onNode: true }, key('Enter'), false)).toBe(false);
    expect(matches({ key: 'Enter', onNode: true }, key('Enter'), true)).toBe(true);
  });
});

describe('announcements name variables as the canvas shows them', () => {
  const said = () => ui().announcement.text;
  beforeEach(() => {
    const graph = graphFromLists({ nodes: ['rec', 'prior', 'eng', 'twin'], directed: [['prior', 'rec']] });
    const labels: Record<string, string> = { rec: 'Recommendation', prior: 'Prior   activity', twin: 'Recommendation' };
    doc().setGraph({ ...graph, nodes: graph.nodes.map((n) => (labels[n.id] ? { ...n, label: labels[n.id] } : n)) });
  });

  it('uses labels (with the id where two read alike) for roles, connecting and edges drawn', () => {
    ui().setFocused('prior');
    run('role-adjusted');
    expect(said()).toBe('Prior activity now is adjusted.');
    ui().setFocused(null);
    ui().setSelection(['rec', 'eng']);
    run('role-latent');
    expect(said()).toBe('Recommendation (rec), eng now are latent.');
    ui().setSelection(['rec']);
    run('connect');
    expect(said()).toMatch(/^Drawing an arrow from Recommendation \(rec\)\./);
    expect(completeConnection('prior')).toBe(true);
    expect(said()).toBe('Added Recommendation (rec) → Prior activity.');
    expect(edgeAddedMessage('prior', '<->', 'eng', false)).toBe('Prior activity ↔ eng already exists.');
  });
});
