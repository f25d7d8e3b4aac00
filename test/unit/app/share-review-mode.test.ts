// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CausewayDocument, documentFromGraph, encodeShareFragment, graphFromLists, serializeModelCode } from '../../../src/engine';
import { useNotices } from '../../../src/app/persistence/notices';
import { AUTOSAVE_KEY, LIBRARY_PREFIX, listLibrary, loadAutosave, saveAutosave } from '../../../src/app/persistence/storage';
import { useNotesStore } from '../../../src/app/review/notes-store';
import { isReadOnly, useReviewMode } from '../../../src/app/share/review-mode';
import { closeReview, createShareLink, makeEditableCopy, openShareFragment, watchShareAddress } from '../../../src/app/share/share';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { edgeKey } from '../../../src/app/store/graph-edits';

const positioned = (g: ReturnType<typeof graphFromLists>) => ({ ...g, nodes: g.nodes.map((n, i) => ({ ...n, pos: { x: i, y: 0 } })) });
const own = positioned(graphFromLists({ nodes: ['Mine', 'Work'], directed: [['Mine', 'Work']] }));
const sharedGraph = positioned(graphFromLists({ nodes: ['X', 'Y', 'Z'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } }));
const shared: CausewayDocument = {
  ...documentFromGraph(sharedGraph),
  notes: { nodes: [{ id: sharedGraph.nodes[2].id, text: '<img src=x onerror=alert(1)>' }], assumptions: { question: 'Effect of X on Y?' } },
};

beforeEach(() => {
  localStorage.clear();
  history.replaceState(null, '', '/');
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraph(own);
  clearHistory();
  useNotesStore.getState().replace(undefined);
  useNotices.setState({ notices: [] });
  saveAutosave(localStorage, documentFromGraph(own));
});
afterEach(() => useReviewMode.getState().leave());

const code = () => serializeModelCode(useDocumentStore.getState().graph);

describe('share links', () => {
  it('puts the working document into the address and reads it back', () => {
    useNotesStore.getState().setAssumption('design', 'cohort');
    const link = createShareLink();
    expect(link.ok).toBe(true);
    expect(location.hash.startsWith('#c1.')).toBe(true);
    expect(link.ok && link.url).toBe(location.href);
    expect(openShareFragment(location.hash)).toBe(true);
    expect(code()).toBe(serializeModelCode(own));
    expect(useNotesStore.getState().assumptions).toEqual({ design: 'cohort' });
  });

  it('shows a shared document read-only: every edit path is refused and nothing is autosaved', () => {
    expect(openShareFragment(`#${encodeShareFragment(shared)}`)).toBe(true);
    expect(isReadOnly()).toBe(true);
    const before = code();
    const doc = useDocumentStore.getState();
    expect(doc.addNode({ id: 'New' })).toBeNull();
    doc.addEdge('Y', 'Z');
    doc.removeElements(['Z']);
    doc.toggleRole(['Z'], 'adjusted');
    doc.setRoles(['X'], 'exposure', false);
    doc.applyAdjustedSet(['Z']);
    doc.moveNodes({ X: { x: 9, y: 9 } });
    doc.renameNode('Z', 'W');
    doc.relabel('Z', 'label');
    doc.reverseEdges([edgeKey({ from: 'Z' as never, to: 'X' as never, kind: '->' })]);
    doc.setGraph(own);
    expect(doc.paste({ nodes: [], edges: [] } as never, { x: 0, y: 0 })).toEqual([]);
    doc.undo();
    expect(code()).toBe(before);
    expect(useNotesStore.getState().nodes).toEqual({ Z: '<img src=x onerror=alert(1)>' });
    expect(loadAutosave(localStorage).document?.graph.nodes.map((n) => n.id)).toEqual(['Mine', 'Work']);
  });

  it.each([
    ['tampered', (f: string) => f.slice(0, 40) + (f[40] === 'A' ? 'B' : 'A') + f.slice(41), /damaged|not a valid Causeway document/],
    ['truncated', (f: string) => f.slice(0, f.length - 10), /damaged/],
    ['oversized', () => `c1.${'A'.repeat(1_500_001)}`, /too long/],
    ['script in the payload', () => 'c1.<script>alert(1)</script>', /damaged/],
    ['empty payload', () => 'c1.', /damaged/],
  ])('a %s link loads nothing, says why, and leaves the work alone', (_, mangle, message) => {
    const fragment = encodeShareFragment(shared);
    expect(openShareFragment(`#${mangle(fragment)}`)).toBe(false);
    expect(isReadOnly()).toBe(false);
    expect(code()).toBe(serializeModelCode(own));
    const [notice] = useNotices.getState().notices;
    expect(notice.tone).toBe('error');
    expect(notice.text).toMatch(message);
    expect(notice.text).toMatch(/Nothing was loaded; your own work is unchanged\.$/);
  });

  it('"Make an editable copy" keeps the earlier work in the library, then edits and saves the copy', () => {
    history.replaceState(null, '', `/#${encodeShareFragment(shared)}`);
    openShareFragment(location.hash);
    makeEditableCopy(localStorage);
    expect(isReadOnly()).toBe(false);
    expect(location.hash).toBe('');
    const saved = loadAutosave(localStorage).document!;
    expect(saved.graph.nodes.map((n) => n.id)).toEqual(['X', 'Y', 'Z']);
    expect(saved.notes).toEqual(shared.notes);
    const library = listLibrary(localStorage).entries;
    expect(library).toHaveLength(1);
    expect(library[0].key.startsWith(LIBRARY_PREFIX)).toBe(true);
    expect(library[0].name).toMatch(/^Work before opening a shared graph/);
    expect(library[0].document.graph.nodes.map((n) => n.id)).toEqual(['Mine', 'Work']);
    expect(useDocumentStore.getState().addNode({ id: 'W' })).toBe('W');
  });

  it('"Back to my own graph" restores the autosaved work', () => {
    openShareFragment(`#${encodeShareFragment(shared)}`);
    closeReview(localStorage);
    expect(isReadOnly()).toBe(false);
    expect(code()).toBe(serializeModelCode(own));
    expect(localStorage.getItem(AUTOSAVE_KEY)).not.toBeNull();
  });

  it('opens a share link pasted into the address bar of an open page, after saving the work', () => {
    const stop = watchShareAddress();
    useDocumentStore.getState().addNode({ id: 'Unsaved' });
    history.replaceState(null, '', `/#${encodeShareFragment(shared)}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(isReadOnly()).toBe(true);
    expect(code()).toBe(serializeModelCode(sharedGraph));
    expect(loadAutosave(localStorage).document?.graph.nodes.map((n) => n.id)).toEqual(['Mine', 'Work', 'Unsaved']);
    stop();
  });

  it('drops a stale share fragment from the address after the next edit', () => {
    const stop = watchShareAddress();
    createShareLink();
    expect(location.hash).not.toBe('');
    useDocumentStore.getState().addNode({ id: 'Later' });
    expect(location.hash).toBe('');
    stop();
  });
});
