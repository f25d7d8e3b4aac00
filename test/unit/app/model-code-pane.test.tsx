// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { graphFromLists, serializeModelCode } from '../../../src/engine';
import { ModelCodePane } from '../../../src/app/model-code/ModelCodePane';
import { readModelText } from '../../../src/app/model-code/sync';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';

const doc = () => useDocumentStore.getState();
const start = graphFromLists({
  nodes: [
    { id: 'X' as never, roles: ['exposure'], pos: { x: 0, y: 0 } },
    { id: 'Y' as never, roles: ['outcome'], pos: { x: 2, y: 0 } },
  ],
  directed: [['X', 'Y']],
});

beforeEach(() => {
  vi.useFakeTimers();
  doc().setGraph(start);
  clearHistory();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

const pane = () => screen.getByRole('textbox', { name: 'Model code' }) as HTMLTextAreaElement;

describe('model code pane', () => {
  it('shows the graph as model code and follows canvas edits', () => {
    render(<ModelCodePane />);
    expect(pane().value).toBe(serializeModelCode(start));
    act(() => doc().setRoles(['Y'], 'adjusted', true));
    expect(pane().value).toContain('Y [outcome,adjusted');
  });

  it('applies typed text to the graph after a pause, as one undo step, keeping known positions', () => {
    render(<ModelCodePane />);
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: 'dag { X [exposure] Y [outcome] Z -> X Z -> Y X -> Y }' } });
    expect(doc().graph).toBe(start);
    act(() => vi.advanceTimersByTime(400));
    const g = doc().graph;
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['X', 'Y', 'Z']);
    expect(g.edges).toHaveLength(3);
    expect(g.nodes.find((n) => n.id === 'X')!.pos).toEqual({ x: 0, y: 0 });
    expect(g.nodes.find((n) => n.id === 'Z')!.pos).toBeDefined();
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    // While typing, the text is not rewritten under the cursor.
    expect(pane().value).toBe('dag { X [exposure] Y [outcome] Z -> X Z -> Y X -> Y }');
    fireEvent.blur(pane());
    expect(pane().value).toBe(serializeModelCode(doc().graph));
  });

  it('shows a syntax error with line and column and leaves the graph as it was', () => {
    render(<ModelCodePane />);
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: 'dag {\n  X -> \n}' } });
    act(() => vi.advanceTimersByTime(400));
    expect(doc().graph).toBe(start);
    expect(pane()).toHaveAttribute('aria-invalid', 'true');
    const error = screen.getByText(/^Line 3, column \d+: |^Line 2, column \d+: /);
    expect(error).toBeInTheDocument();
    expect(screen.getByText(/diagram is unchanged/)).toBeInTheDocument();
    // Leaving the field keeps the faulty text so it can be fixed.
    fireEvent.blur(pane());
    expect(pane().value).toBe('dag {\n  X -> \n}');
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps unfinished text aside when the diagram changes meanwhile, and brings it back', () => {
    render(<ModelCodePane />);
    const broken = 'dag {\n  W -> Y\n  X -> \n}';
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: broken } });
    fireEvent.blur(pane());
    expect(pane().value).toBe(broken);
    // An edit on the canvas: the code shows the diagram again, the typed text is not lost.
    act(() => doc().setRoles(['Y'], 'adjusted', true));
    expect(pane().value).toBe(serializeModelCode(doc().graph));
    expect(pane()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('status')).toHaveTextContent(/unfinished text is kept/);
    fireEvent.click(screen.getByRole('button', { name: 'Restore my text' }));
    expect(pane().value).toBe(broken);
    expect(pane()).toHaveAttribute('aria-invalid', 'true');
    expect(pane()).toHaveFocus();
    expect(screen.queryByRole('button', { name: 'Restore my text' })).toBeNull();
    // Discarding is a choice too; text that reads is never set aside.
    fireEvent.blur(pane());
    act(() => doc().setRoles(['X'], 'adjusted', true));
    fireEvent.click(screen.getByRole('button', { name: 'Discard it' }));
    expect(screen.queryByRole('status')).toBeNull();
    act(() => doc().setRoles(['X'], 'adjusted', false));
    expect(screen.queryByRole('button', { name: 'Restore my text' })).toBeNull();
  });

  it('withdraws the offer once the person types anew, so restoring can never undo newer typing', () => {
    render(<ModelCodePane />);
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: 'dag { X -> }' } });
    fireEvent.blur(pane());
    act(() => doc().setRoles(['Y'], 'adjusted', true));
    expect(screen.getByRole('button', { name: 'Restore my text' })).toBeInTheDocument();
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: serializeModelCode(doc().graph).replace('}', 'W -> Y\n}') } });
    expect(screen.queryByRole('button', { name: 'Restore my text' })).toBeNull();
    act(() => vi.advanceTimersByTime(400));
    expect(doc().graph.nodes.map((n) => n.id)).toContain('W');
  });

  it('records nothing when the text means the same graph', () => {
    render(<ModelCodePane />);
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: serializeModelCode(start) + '\n\n' } });
    act(() => vi.advanceTimersByTime(400));
    expect(doc().graph).toBe(start);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('Ctrl+Enter applies at once', () => {
    render(<ModelCodePane />);
    fireEvent.focus(pane());
    fireEvent.change(pane(), { target: { value: 'dag { A -> B }' } });
    fireEvent.keyDown(pane(), { key: 'Enter', ctrlKey: true });
    expect(doc().graph.nodes.map((n) => n.id)).toEqual(['A', 'B']);
  });
});

describe('readModelText', () => {
  it('places every node and reports errors with locations', () => {
    const ok = readModelText('dag { a -> b -> c }', start);
    expect(ok.ok && ok.graph.nodes.every((n) => n.pos)).toBe(true);
    const bad = readModelText('dag { a -> [ }', start);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]).toMatchObject({ line: 1 });
  });
});
