// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { Announcer } from '../../../src/app/components/Announcer';
import { ExamplesMenu } from '../../../src/app/components/ExamplesMenu';
import { HelpDialog } from '../../../src/app/components/HelpDialog';
import { Toolbar } from '../../../src/app/components/Toolbar';
import { ACTIONS } from '../../../src/app/actions/registry';
import { EXAMPLES } from '../../../src/app/examples/catalogue';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';

beforeEach(() => {
  useDocumentStore.getState().setGraph(graphFromLists({ nodes: ['X', 'Y'], directed: [['X', 'Y']] }));
  clearHistory();
  useUiStore.setState({ selection: [], selectedEdges: [], focused: null, helpOpen: false });
});
afterEach(cleanup);

describe('toolbar', () => {
  it('every button has an accessible name; role buttons toggle roles of the selection and show it', () => {
    render(<Toolbar />);
    for (const button of screen.getAllByRole('button')) expect(button).toHaveAccessibleName();
    act(() => useUiStore.getState().setSelection(['X']));
    const exposure = screen.getByRole('button', { name: 'Exposure' });
    expect(exposure).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(exposure);
    expect(useDocumentStore.getState().graph.nodes[0].roles).toEqual(['exposure']);
    expect(exposure).toHaveAttribute('aria-pressed', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useDocumentStore.getState().graph.nodes[0].roles).toEqual([]);
  });
});

describe('help dialog', () => {
  it('lists every declared action with its keys, and closes on Escape', () => {
    useUiStore.setState({ helpOpen: true });
    render(<HelpDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
    for (const action of ACTIONS) expect(within(dialog).getByRole('rowheader', { name: action.label })).toBeInTheDocument();
    expect(within(dialog).getAllByText('E').length).toBeGreaterThan(0);
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(useUiStore.getState().helpOpen).toBe(false);
  });
});

describe('examples menu', () => {
  it('opens a keyboard-operable menu and loads the chosen example as one undo step', () => {
    render(<ExamplesMenu />);
    const button = screen.getByRole('button', { name: 'Examples' });
    fireEvent.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const items = screen.getAllByRole('menuitem');
    expect(items).toHaveLength(EXAMPLES.length + 1);
    expect(document.activeElement).toBe(items[0]);
    fireEvent.keyDown(items[0], { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(items[1], { key: 'Enter' });
    expect(useDocumentStore.getState().graph).toBe(EXAMPLES[1].graph);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    expect(screen.queryByRole('menu')).toBeNull();
  });
});

describe('announcer', () => {
  it('is a polite live region showing the latest announcement', () => {
    render(<Announcer />);
    act(() => useUiStore.getState().announce('Added X → Y.'));
    const region = screen.getByTestId('announcer');
    expect(region).toHaveAttribute('aria-live', 'polite');
    expect(region).toHaveTextContent('Added X → Y.');
  });
});
