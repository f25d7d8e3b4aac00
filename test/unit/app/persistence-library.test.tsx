// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromGraph, graphFromLists, serializeModelCode } from '../../../src/engine';
import { DocumentBar } from '../../../src/app/files/DocumentBar';
import { useDialogs } from '../../../src/app/persistence/dialogs';
import { LibraryDialog } from '../../../src/app/persistence/LibraryDialog';
import { Notices } from '../../../src/app/persistence/Notices';
import { useNotices } from '../../../src/app/persistence/notices';
import { LIBRARY_PREFIX, listLibrary, saveToLibrary } from '../../../src/app/persistence/storage';
import { useNotesStore } from '../../../src/app/review/notes-store';
import { useReviewMode } from '../../../src/app/share/review-mode';
import { SharePanel, shareCurrentDocument, useSharePanel } from '../../../src/app/share/SharePanel';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';

const positioned = (g: ReturnType<typeof graphFromLists>) => ({ ...g, nodes: g.nodes.map((n, i) => ({ ...n, pos: { x: i, y: 0 } })) });
const working = positioned(graphFromLists({ nodes: ['A', 'B'], directed: [['A', 'B']] }));
const saved = positioned(graphFromLists({ nodes: ['P', 'Q', 'R'], directed: [['P', 'Q'], ['Q', 'R']] }));

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraph(working);
  clearHistory();
  useNotesStore.getState().replace(undefined);
  useNotices.setState({ notices: [] });
  useDialogs.getState().show(null);
  useSharePanel.getState().show(null);
});
afterEach(cleanup);

const names = () => listLibrary(localStorage).entries.map((e) => e.name).sort();

describe('library dialog', () => {
  it('opens from the File menu, saves the working graph under a name, and is a labelled modal', () => {
    render(
      <>
        <DocumentBar />
        <LibraryDialog />
      </>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'File' }));
    fireEvent.click(screen.getByRole('menuitem', { name: 'Library…' }));
    const dialog = screen.getByRole('dialog', { name: 'Library' });
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    const name = within(dialog).getByRole('textbox', { name: 'Save the current graph as' });
    expect(name).toHaveFocus();
    fireEvent.change(name, { target: { value: '<b>Mine</b>' } });
    fireEvent.submit(name.closest('form')!);
    expect(names()).toEqual(['<b>Mine</b>']);
    expect(within(dialog).getByText('<b>Mine</b>', { selector: 'strong' })).toBeInTheDocument();
    expect(dialog.querySelector('b')).toBeNull();
  });

  it('renames, duplicates, opens (one undo step) and deletes with "Undo delete"', () => {
    saveToLibrary(localStorage, `${LIBRARY_PREFIX}one`, 'Chain', documentFromGraph(saved));
    act(() => useDialogs.getState().show('library'));
    render(
      <>
        <Notices />
        <LibraryDialog />
      </>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Library' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Rename Chain' }));
    const rename = within(dialog).getByRole('textbox', { name: 'New name for Chain' });
    fireEvent.change(rename, { target: { value: 'Long chain' } });
    fireEvent.submit(rename.closest('form')!);
    expect(names()).toEqual(['Long chain']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Duplicate Long chain' }));
    expect(names()).toEqual(['Long chain', 'Long chain (copy)']);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete Long chain (copy)' }));
    expect(names()).toEqual(['Long chain']);
    fireEvent.click(screen.getByRole('button', { name: 'Undo delete' }));
    expect(names()).toEqual(['Long chain', 'Long chain (copy)']);
    expect(within(dialog).getByText('Long chain (copy)')).toBeInTheDocument();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Open Long chain' }));
    expect(serializeModelCode(useDocumentStore.getState().graph)).toBe(serializeModelCode(saved));
    expect(useDialogs.getState().open).toBeNull();
    useDocumentStore.getState().undo();
    expect(serializeModelCode(useDocumentStore.getState().graph)).toBe(serializeModelCode(working));
  });

  it('keeps Tab inside the dialog and closes on Escape', () => {
    act(() => useDialogs.getState().show('library'));
    render(<LibraryDialog />);
    const dialog = screen.getByRole('dialog', { name: 'Library' });
    const buttons = within(dialog).getAllByRole('button');
    const close = within(dialog).getByRole('button', { name: 'Close' });
    const last = buttons[buttons.length - 1];
    last.focus();
    fireEvent.keyDown(last, { key: 'Tab' });
    expect(close).toHaveFocus();
    fireEvent.keyDown(close, { key: 'Tab', shiftKey: true });
    expect(last).toHaveFocus();
    fireEvent.keyDown(last, { key: 'Escape' });
    expect(useDialogs.getState().open).toBeNull();
  });

  it('reports an unreadable library entry and sets it aside', () => {
    localStorage.setItem(`${LIBRARY_PREFIX}broken`, '{not json');
    act(() => useDialogs.getState().show('library'));
    render(
      <>
        <Notices />
        <LibraryDialog />
      </>,
    );
    expect(screen.getByText(/could not be read and was set aside: it is not valid JSON/)).toBeInTheDocument();
    expect(localStorage.getItem(`${LIBRARY_PREFIX}broken`)).toBeNull();
    expect(Object.keys(localStorage).some((k) => k.startsWith('causeway.quarantine.causeway.graph.broken'))).toBe(true);
  });

  it('lets a reviewer save the shared graph but not open another over it', () => {
    saveToLibrary(localStorage, `${LIBRARY_PREFIX}one`, 'Chain', documentFromGraph(saved));
    act(() => {
      useReviewMode.getState().enter(documentFromGraph(working));
      useDialogs.getState().show('library');
    });
    render(<LibraryDialog />);
    expect(screen.getByRole('button', { name: 'Open Chain' })).toBeDisabled();
  });
});

describe('document bar', () => {
  it('offers every export and the file commands; a reviewer cannot open files over the shared graph', () => {
    render(<DocumentBar />);
    fireEvent.click(screen.getByRole('button', { name: 'Exports' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'SVG figure (.svg)',
      'PNG image at 2× (.png)',
      'LaTeX TikZ (.tex)',
      'Graphviz DOT (.dot)',
      'Model code (.dag)',
      'Python: networkx + DoWhy (.py)',
      'Causeway JSON (.json)',
    ]);
    fireEvent.keyDown(screen.getAllByRole('menuitem')[0], { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'File' }));
    expect(screen.getAllByRole('menuitem').map((m) => m.textContent)).toEqual([
      'Open file… (.dag, .txt, .json, .dot)',
      'Save model code (.dag)',
      'Save Causeway JSON (.json)',
      'Library…',
    ]);
    fireEvent.keyDown(screen.getAllByRole('menuitem')[0], { key: 'Escape' });
    act(() => useReviewMode.getState().enter(documentFromGraph(working)));
    fireEvent.click(screen.getByRole('button', { name: 'File' }));
    expect(screen.queryByRole('menuitem', { name: /Open file/ })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('Read-only: not saved');
  });
});

describe('share panel', () => {
  it('always shows the link in a read-only box named "Share link", and says when the clipboard is unavailable', async () => {
    render(<SharePanel />);
    await act(() => shareCurrentDocument());
    const box = screen.getByRole('textbox', { name: 'Share link' });
    expect(box).toHaveAttribute('readonly');
    expect((box as HTMLInputElement).value).toBe(location.href);
    expect(location.hash.startsWith('#c1.')).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(/Copy the link from the box/);
  });
});

describe('notices', () => {
  it('renders errors as alerts, others as status, and dismisses them', () => {
    act(() => {
      useNotices.getState().push({ tone: 'error', text: 'Not saved. <img src=x>' });
      useNotices.getState().push({ tone: 'info', text: 'Opened.' });
    });
    render(<Notices />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not saved. <img src=x>');
    expect(screen.getByRole('status')).toHaveTextContent('Opened.');
    fireEvent.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps one notice per topic', () => {
    useNotices.getState().push({ tone: 'error', topic: 'save', text: 'first' });
    useNotices.getState().push({ tone: 'error', topic: 'save', text: 'second' });
    expect(useNotices.getState().notices.map((n) => n.text)).toEqual(['second']);
  });
});
