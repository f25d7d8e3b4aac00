// @vitest-environment jsdom
/** Keyboard focus never falls to the page after a menu, a cancelled connection or an edit removes its element. */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { actionById } from '../../../src/app/actions/registry';
import { ConnectBanner } from '../../../src/app/components/ConnectBanner';
import { ContextMenu } from '../../../src/app/components/ContextMenu';
import { type CanvasControls, INERT_CANVAS_CONTROLS, registerCanvasControls } from '../../../src/app/store/canvas-controls';
import { useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';

let controls: { focusNode: ReturnType<typeof vi.fn>; focusEdge: ReturnType<typeof vi.fn>; focusCanvas: ReturnType<typeof vi.fn> };

beforeEach(() => {
  controls = { focusNode: vi.fn(), focusEdge: vi.fn(), focusCanvas: vi.fn() };
  registerCanvasControls({ ...INERT_CANVAS_CONTROLS, ...(controls as unknown as Partial<CanvasControls>) });
  useDocumentStore.getState().setGraph(graphFromLists({ nodes: ['A', 'B', 'C'], directed: [['A', 'B'], ['B', 'C'], ['A', 'C']] }));
  useUiStore.setState({ selection: [], selectedEdges: [], focused: null, focusedEdge: null, connecting: null, contextMenu: null });
});
afterEach(() => {
  registerCanvasControls(null);
  cleanup();
});

const edgeKey = ({ from, kind, to }: { from: string; kind: string; to: string }) => JSON.stringify([from, kind, to]);
const AB = edgeKey({ from: 'A', kind: '->', to: 'B' });
const BC = edgeKey({ from: 'B', kind: '->', to: 'C' });
const AC = edgeKey({ from: 'A', kind: '->', to: 'C' });

describe('context menus', () => {
  it('Escape in an edge menu gives focus back to that edge', () => {
    useUiStore.getState().setContextMenu({ x: 10, y: 10, target: { type: 'edge', key: BC } });
    render(<ContextMenu />);
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Reverse arrow' }), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(controls.focusEdge).toHaveBeenCalledWith(BC);
  });

  it('Escape in the canvas menu gives focus to the canvas', () => {
    useUiStore.getState().setContextMenu({ x: 10, y: 10, target: { type: 'pane' } });
    render(<ContextMenu />);
    fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Add variable' }), { key: 'Escape' });
    expect(controls.focusCanvas).toHaveBeenCalledTimes(1);
  });
});

describe('connect banner', () => {
  it('Cancel gives focus back to the variable the arrow started from', () => {
    render(
      <>
        {['A', 'B', 'C'].map((id) => (
          <div key={id} className="react-flow__node" data-id={id} tabIndex={0} />
        ))}
        <ConnectBanner />
      </>,
    );
    act(() => useUiStore.getState().setConnecting({ from: 'B', kind: '->' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    fireEvent.click(cancel);
    expect(useUiStore.getState().connecting).toBeNull();
    expect(document.activeElement).toBe(document.querySelector('[data-id="B"]'));
  });
});

describe('deleting what has focus', () => {
  const del = () => actionById('delete').perform();

  it('moves focus to the next variable, the previous one at the end, and the canvas when none is left', () => {
    useUiStore.getState().setFocused('B');
    del();
    expect(controls.focusNode).toHaveBeenLastCalledWith('C');
    useUiStore.getState().setFocused('C');
    del();
    expect(controls.focusNode).toHaveBeenLastCalledWith('A');
    expect(controls.focusCanvas).not.toHaveBeenCalled();
    useUiStore.getState().setFocused('A');
    del();
    expect(controls.focusNode).toHaveBeenCalledTimes(2);
    expect(controls.focusCanvas).toHaveBeenCalledTimes(1);
  });

  it('moves focus from a deleted edge to the next edge, else to a variable', () => {
    useUiStore.getState().setFocusedEdge(BC);
    del();
    expect(controls.focusEdge).toHaveBeenLastCalledWith(AC);
    useUiStore.getState().setFocusedEdge(AC);
    del();
    expect(controls.focusEdge).toHaveBeenLastCalledWith(AB);
    useUiStore.getState().setFocusedEdge(AB);
    del();
    expect(controls.focusNode).toHaveBeenLastCalledWith('A');
    expect(controls.focusCanvas).not.toHaveBeenCalled();
  });

  it('leaves focus alone when it was not on what was deleted', () => {
    useUiStore.getState().setFocused('A');
    useUiStore.getState().setSelection(['B', 'C']);
    useUiStore.getState().setFocused(null);
    del();
    expect(useDocumentStore.getState().graph.nodes.map((n) => n.id)).toEqual(['A']);
    expect(controls.focusNode).not.toHaveBeenCalled();
    expect(controls.focusCanvas).not.toHaveBeenCalled();
  });
});

describe('edits that re-key the focused edge', () => {
  it('reversing or switching the focused edge keeps focus on it', () => {
    useUiStore.getState().setFocusedEdge(AB);
    actionById('reverse-edge').perform();
    const BA = edgeKey({ from: 'B', kind: '->', to: 'A' });
    expect(controls.focusEdge).toHaveBeenLastCalledWith(BA);
    useUiStore.getState().setFocusedEdge(BA);
    actionById('toggle-edge-kind').perform();
    expect(controls.focusEdge).toHaveBeenLastCalledWith(edgeKey({ from: 'A', kind: '<->', to: 'B' }));
  });
});
