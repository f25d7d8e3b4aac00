// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConnectBanner } from '../../../src/app/components/ConnectBanner';
import { useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';
import { graphFromLists } from '../../../src/engine';

function Canvas() {
  return (
    <div>
      {['A', 'B', 'C'].map((id) => (
        <div key={id} className="react-flow__node" data-id={id} tabIndex={0}>
          {id}
        </div>
      ))}
      <a href="#after">after the canvas</a>
    </div>
  );
}

const node = (id: string) => document.querySelector<HTMLElement>(`[data-id="${id}"]`)!;

beforeEach(() => {
  const graph = graphFromLists({ nodes: ['A', 'B', 'C'] });
  useDocumentStore.getState().setGraph({ ...graph, nodes: graph.nodes.map((n) => (n.id === 'C' ? { ...n, label: 'Cholesterol' } : n)) });
});
afterEach(() => {
  act(() => useUiStore.getState().setConnecting(null));
  cleanup();
});

describe('connect banner', () => {
  it('names the source by its label and keeps Tab among the variables, wrapping both ways', () => {
    render(
      <>
        <Canvas />
        <ConnectBanner />
      </>,
    );
    act(() => useUiStore.getState().setConnecting({ from: 'C', kind: '->' }));
    expect(screen.getByText('Cholesterol', { selector: 'strong' })).toBeInTheDocument();
    node('C').focus();
    fireEvent.keyDown(node('C'), { key: 'Tab' });
    expect(node('A')).toHaveFocus();
    fireEvent.keyDown(node('A'), { key: 'Tab', shiftKey: true });
    expect(node('C')).toHaveFocus();
    fireEvent.keyDown(node('C'), { key: 'Tab', shiftKey: true });
    expect(node('B')).toHaveFocus();
  });

  it('leaves Tab alone outside connect mode and away from the variables', () => {
    render(
      <>
        <Canvas />
        <ConnectBanner />
      </>,
    );
    node('C').focus();
    expect(fireEvent.keyDown(node('C'), { key: 'Tab' })).toBe(true);
    act(() => useUiStore.getState().setConnecting({ from: 'A', kind: '<->' }));
    const cancel = screen.getByRole('button', { name: 'Cancel' });
    cancel.focus();
    expect(fireEvent.keyDown(cancel, { key: 'Tab' })).toBe(true);
    expect(cancel).toHaveFocus();
  });
});
