// @vitest-environment jsdom
/** Menus: keys move through the items; focus goes back to whatever opened the menu. */
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { handleKeyDown } from '../../../src/app/actions/keyboard';
import { ContextMenu } from '../../../src/app/components/ContextMenu';
import { MenuButton } from '../../../src/app/components/MenuButton';
import { INERT_CANVAS_CONTROLS, registerCanvasControls } from '../../../src/app/store/canvas-controls';
import { useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';

afterEach(cleanup);

const ITEMS = ['One', 'Two', 'Three', 'Four'].map((label) => ({ key: label, label, onSelect: vi.fn() }));

function openMenu() {
  render(<MenuButton label="Things" icon="T" items={ITEMS} />);
  fireEvent.click(screen.getByRole('button', { name: 'Things' }));
  return screen.getAllByRole('menuitem');
}

describe('menu keys', () => {
  it('End moves to the last item and Home to the first', () => {
    const items = openMenu();
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    fireEvent.keyDown(items[1], { key: 'End' });
    expect(document.activeElement).toBe(items[3]);
    fireEvent.keyDown(items[3], { key: 'Home' });
    expect(document.activeElement).toBe(items[0]);
  });
});

describe('menu button keys', () => {
  it('ArrowDown on the closed button opens the menu at its first item, ArrowUp at its last', () => {
    render(<MenuButton label="Things" icon="T" items={ITEMS} />);
    const button = screen.getByRole('button', { name: 'Things' });
    button.focus();
    fireEvent.keyDown(button, { key: 'ArrowDown' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[0]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    fireEvent.keyDown(button, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[3]);
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    fireEvent.click(button);
    expect(document.activeElement).toBe(screen.getAllByRole('menuitem')[0]);
  });
});

describe('focus after a menu', () => {
  it('a chosen item runs with focus back on the menu button', () => {
    const seen: (Element | null)[] = [];
    render(<MenuButton label="Things" icon="T" items={[{ key: 'a', label: 'A', onSelect: () => seen.push(document.activeElement) }]} />);
    const button = screen.getByRole('button', { name: 'Things' });
    fireEvent.click(button);
    fireEvent.keyDown(screen.getByRole('menuitem'), { key: 'Enter' });
    expect(seen).toEqual([button]);
    expect(document.activeElement).toBe(button);
  });

  it('Escape in a node context menu gives focus back to that node, with the shortcut listener installed', () => {
    const focusNode = vi.fn();
    registerCanvasControls({ ...INERT_CANVAS_CONTROLS, focusNode });
    useDocumentStore.getState().setGraph(graphFromLists({ nodes: ['X', 'Y'], directed: [['X', 'Y']] }));
    useUiStore.getState().setContextMenu({ x: 10, y: 10, target: { type: 'node', id: 'X' } });
    window.addEventListener('keydown', handleKeyDown, true);
    try {
      render(<ContextMenu />);
      fireEvent.keyDown(screen.getByRole('menuitem', { name: 'Rename' }), { key: 'Escape' });
      expect(focusNode).toHaveBeenCalledWith('X');
      expect(screen.queryByRole('menu')).toBeNull();
    } finally {
      window.removeEventListener('keydown', handleKeyDown, true);
      registerCanvasControls(null);
    }
  });
});

describe('the canvas context menu', () => {
  const addAt = (x: number, y: number) => {
    useUiStore.getState().setContextMenu({ x, y, target: { type: 'pane' } });
    render(<ContextMenu />);
    fireEvent.click(screen.getByRole('menuitem', { name: 'Add variable' }));
    cleanup();
  };

  it('“Add variable” adds the variable where the menu was opened, stepping aside from a variable there', () => {
    registerCanvasControls({ ...INERT_CANVAS_CONTROLS, screenToUnits: (p) => ({ x: p.x / 100, y: p.y / 100 }), viewportCentre: () => ({ x: 9, y: 9 }) });
    useDocumentStore.getState().setGraph(graphFromLists({ nodes: [{ id: 'Far' as never, roles: [], pos: { x: -5, y: -5 } }] }));
    try {
      addAt(300, 200);
      const [, first] = useDocumentStore.getState().graph.nodes;
      expect(first.pos).toEqual({ x: 3, y: 2 });
      addAt(300, 200);
      const [, , second] = useDocumentStore.getState().graph.nodes;
      expect(second.pos).not.toEqual({ x: 3, y: 2 });
      expect(Math.hypot(second.pos!.x - 3, second.pos!.y - 2)).toBeLessThan(1.5);
    } finally {
      registerCanvasControls(null);
      useUiStore.getState().setRenaming(null);
    }
  });
});
