// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ASSUMPTION_FIELDS, documentFromGraph, graphFromLists } from '../../../src/engine';
import { currentDocument } from '../../../src/app/persistence/session';
import { AssumptionsPanel } from '../../../src/app/review/AssumptionsPanel';
import { FIELD_TEXT } from '../../../src/app/review/fields';
import { notesForGraph, useNotesStore } from '../../../src/app/review/notes-store';
import { ReportDialog } from '../../../src/app/review/ReportDialog';
import { useDialogs } from '../../../src/app/persistence/dialogs';
import { useReviewMode } from '../../../src/app/share/review-mode';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { edgeKey } from '../../../src/app/store/graph-edits';
import { useUiStore } from '../../../src/app/store/ui';

const HOSTILE = '<img src=x onerror="window.__pwned = true">';
const graph = graphFromLists({ nodes: ['X', 'Y', 'Z'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], bidirected: [['Y', 'X']], roles: { exposure: ['X'], outcome: ['Y'] } });

beforeEach(() => {
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraph(graph);
  clearHistory();
  useNotesStore.getState().replace(undefined);
  useUiStore.setState({ selection: [], selectedEdges: [], focused: null });
});
afterEach(cleanup);

describe('assumption register', () => {
  it('has a labelled field for every register entry and stores what is typed in the document notes', () => {
    render(<AssumptionsPanel />);
    const region = screen.getByRole('region', { name: 'Assumptions' });
    // Collapsed while empty; opens from its summary.
    const details = region.querySelector('details')!;
    expect(details.open).toBe(false);
    fireEvent.click(within(region).getByText('Assumption register'));
    expect(details.open).toBe(true);
    for (const field of ASSUMPTION_FIELDS) expect(within(region).getByRole('textbox', { name: FIELD_TEXT[field].title })).toBeInTheDocument();
    fireEvent.change(within(region).getByRole('textbox', { name: 'Estimand' }), { target: { value: 'ATE' } });
    fireEvent.change(within(region).getByRole('textbox', { name: 'Monitoring plan' }), { target: { value: HOSTILE } });
    expect(currentDocument().notes).toEqual({ assumptions: { estimand: 'ATE', monitoring: HOSTILE } });
    expect(within(region).getByText('(2 of 9 recorded)')).toBeInTheDocument();
    fireEvent.change(within(region).getByRole('textbox', { name: 'Estimand' }), { target: { value: '' } });
    expect(currentDocument().notes).toEqual({ assumptions: { monitoring: HOSTILE } });
  });

  it('edits the note of the selected variable and of the selected arrow', () => {
    render(<AssumptionsPanel />);
    expect(screen.getByText(/Select one variable or arrow/)).toBeInTheDocument();
    act(() => useUiStore.getState().setSelection(['Z']));
    fireEvent.change(screen.getByRole('textbox', { name: 'Note on Z' }), { target: { value: 'season' } });
    act(() => useUiStore.getState().setSelection([], [edgeKey({ from: 'Z' as never, to: 'X' as never, kind: '->' })]));
    fireEvent.change(screen.getByRole('textbox', { name: 'Why Z → X exists' }), { target: { value: HOSTILE } });
    // Bidirected edges are the same note whichever way round they are named.
    act(() => useUiStore.getState().setSelection([], [edgeKey({ from: 'X' as never, to: 'Y' as never, kind: '<->' })]));
    fireEvent.change(screen.getByRole('textbox', { name: 'Why X ↔ Y exists' }), { target: { value: 'shared cause' } });
    expect(currentDocument().notes).toEqual({
      nodes: [{ id: 'Z', text: 'season' }],
      edges: [
        { from: 'Z', to: 'X', kind: '->', text: HOSTILE },
        { from: 'X', to: 'Y', kind: '<->', text: 'shared cause' },
      ],
    });
  });

  it('leaves notes on deleted elements out of the document and brings them back with the element', () => {
    useNotesStore.getState().setNodeNote('Z', 'kept');
    useDocumentStore.getState().removeElements(['Z']);
    expect(notesForGraph(useNotesStore.getState(), useDocumentStore.getState().graph)).toBeUndefined();
    useDocumentStore.getState().undo();
    expect(currentDocument().notes).toEqual({ nodes: [{ id: 'Z', text: 'kept' }] });
  });

  it('shows reviewers the register and every note as text, read-only; hostile text stays text', () => {
    useNotesStore.getState().replace({
      assumptions: { question: HOSTILE, design: 'cohort' },
      nodes: [{ id: 'Z' as never, text: HOSTILE }],
      edges: [{ from: 'Z' as never, to: 'Y' as never, kind: '->', text: 'because' }],
    });
    act(() => useReviewMode.getState().enter(documentFromGraph(graph)));
    render(<AssumptionsPanel />);
    const region = screen.getByRole('region', { name: 'Assumptions' });
    expect(within(region).queryAllByRole('textbox')).toHaveLength(0);
    expect(within(region).getAllByText(HOSTILE)).toHaveLength(2);
    expect(within(region).getByText('Z → Y')).toBeInTheDocument();
    expect(region.querySelector('img')).toBeNull();
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});

describe('review report dialog', () => {
  it('shows the Markdown report recomputed from the graph, escaping notes', async () => {
    useNotesStore.getState().setAssumption('question', HOSTILE);
    act(() => useDialogs.getState().show('report'));
    render(<ReportDialog />);
    const dialog = await screen.findByRole('dialog', { name: 'Review report' });
    const text = (within(dialog).getByRole('textbox', { name: 'Review report' }) as HTMLTextAreaElement).value;
    expect(text).toMatch(/^# /);
    expect(text).toContain('&lt;img src=x onerror="window.\\_\\_pwned = true"&gt;');
    expect(text).not.toContain('<img');
    // Only what changes Markdown meaning is escaped: the engine's sentences read as plain text.
    expect(text).toContain('The non-causal path X ← Z → Y is open without adjustment.');
    expect(text).not.toMatch(/\\[-.()!#{}+]/);
    expect(within(dialog).getByRole('button', { name: /^Download .*\.md$/ })).toHaveFocus();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(useDialogs.getState().open).toBeNull();
  });
});
