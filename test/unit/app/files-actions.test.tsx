// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { documentFromGraph, graphFromLists, parseDocument } from '../../../src/engine';
import { handleKeyDown } from '../../../src/app/actions/keyboard';
import { ACTIONS } from '../../../src/app/actions/registry';
import { DocumentBar } from '../../../src/app/files/DocumentBar';
import { FILE_ACTIONS } from '../../../src/app/files/file-actions';
import { useNotices } from '../../../src/app/persistence/notices';
import { useNotesStore } from '../../../src/app/review/notes-store';
import { useReviewMode } from '../../../src/app/share/review-mode';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';

const graph = graphFromLists({ nodes: ['X', 'Y'], directed: [['X', 'Y']] });
let blobs: Blob[] = [];

beforeEach(() => {
  blobs = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return `blob:test/${blobs.length}`;
  });
  URL.revokeObjectURL = vi.fn();
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraph(graph);
  clearHistory();
  useNotesStore.getState().replace({ assumptions: { question: 'Q?' } });
  useNotices.setState({ notices: [] });
  window.addEventListener('keydown', handleKeyDown, true);
});
afterEach(() => {
  window.removeEventListener('keydown', handleKeyDown, true);
  cleanup();
});

it('registers the file commands as declared actions in the File group', () => {
  for (const action of FILE_ACTIONS) {
    expect(ACTIONS).toContain(action);
    expect(action.group).toBe('File');
  }
});

it('Ctrl+S downloads the document as Causeway JSON, notes included', async () => {
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  fireEvent.keyDown(document.body, { key: 's', ctrlKey: true });
  expect(click).toHaveBeenCalledTimes(1);
  expect(blobs).toHaveLength(1);
  const read = parseDocument(await blobs[0].text());
  expect(read.ok && read.document).toEqual({ ...documentFromGraph(graph), notes: { assumptions: { question: 'Q?' } } });
  click.mockRestore();
});

it('Ctrl+O opens the file chooser, and refuses while a shared graph is reviewed', () => {
  render(<DocumentBar />);
  const input = screen.getByLabelText('Open file') as HTMLInputElement;
  const chosen = vi.spyOn(input, 'click').mockImplementation(() => {});
  fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
  expect(chosen).toHaveBeenCalledTimes(1);
  useReviewMode.getState().enter(documentFromGraph(graph));
  fireEvent.keyDown(document.body, { key: 'o', ctrlKey: true });
  expect(chosen).toHaveBeenCalledTimes(1);
  expect(useNotices.getState().notices[0].text).toMatch(/read-only/);
});
