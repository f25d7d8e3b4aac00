// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { handleKeyDown } from '../../../src/app/actions/keyboard';
import { guardDialogKeys } from '../../../src/app/persistence/dialog-keys';
import { useDialogs } from '../../../src/app/persistence/dialogs';
import { LibraryDialog } from '../../../src/app/persistence/LibraryDialog';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { useUiStore } from '../../../src/app/store/ui';

let stop: () => void = () => {};
beforeEach(() => {
  // The guard is installed first, as at boot, then the editor's shortcut listener.
  const unguard = guardDialogKeys();
  window.addEventListener('keydown', handleKeyDown, true);
  stop = () => {
    unguard();
    window.removeEventListener('keydown', handleKeyDown, true);
  };
  useDocumentStore.getState().setGraph(graphFromLists({ nodes: ['X', 'Y'], directed: [['X', 'Y']] }));
  clearHistory();
  useUiStore.setState({ selection: ['X'], selectedEdges: [], focused: null, helpOpen: false });
});
afterEach(() => {
  stop();
  cleanup();
  useDialogs.getState().show(null);
});

const ids = () => useDocumentStore.getState().graph.nodes.map((n) => n.id);

it('keys pressed on a dialog button do not edit the diagram behind it', () => {
  act(() => useDialogs.getState().show('library'));
  render(<LibraryDialog />);
  const close = within(screen.getByRole('dialog', { name: 'Library' })).getByRole('button', { name: 'Close' });
  for (const key of ['Delete', 'Backspace', 'e', 'n']) fireEvent.keyDown(close, { key });
  fireEvent.keyDown(close, { key: 'z', ctrlKey: true });
  expect(ids()).toEqual(['X', 'Y']);
  expect(useDocumentStore.getState().graph.nodes[0].roles).toEqual([]);
});

it('the same keys outside a dialog still reach the editor', () => {
  fireEvent.keyDown(document.body, { key: 'Delete' });
  expect(ids()).toEqual(['Y']);
});
