// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CausalGraph, documentFromGraph, graphFromLists } from '../../../src/engine';
import { AUTOSAVE_DELAY_MS, restoreAutosave, startAutosave, useSaveStatus } from '../../../src/app/persistence/autosave';
import { useNotices } from '../../../src/app/persistence/notices';
import { currentDocument } from '../../../src/app/persistence/session';
import { AUTOSAVE_KEY, QUARANTINE_PREFIX, saveAutosave } from '../../../src/app/persistence/storage';
import { useNotesStore } from '../../../src/app/review/notes-store';
import { useReviewMode } from '../../../src/app/share/review-mode';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';
import { MemoryStorage } from '../../support/memory-storage';

const triangle: CausalGraph = graphFromLists({ nodes: ['X', 'Y', 'Z'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
const savedGraph = (storage: MemoryStorage) => JSON.parse(storage.getItem(AUTOSAVE_KEY)!).document.graph as CausalGraph;

let stop: (() => void) | null = null;
beforeEach(() => {
  vi.useFakeTimers();
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraph(triangle);
  clearHistory();
  useNotesStore.getState().replace(undefined);
  useNotices.setState({ notices: [] });
  useSaveStatus.getState().set('saved');
});
afterEach(() => {
  stop?.();
  stop = null;
  vi.useRealTimers();
});

describe('autosave', () => {
  it('writes once, a short pause after a burst of changes, graph and notes together', () => {
    const storage = new MemoryStorage();
    stop = startAutosave(storage);
    const doc = useDocumentStore.getState();
    doc.addNode({ id: 'A' });
    doc.addEdge('A', 'X');
    useNotesStore.getState().setNodeNote('A', 'why A');
    expect(useSaveStatus.getState().status).toBe('pending');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 1);
    expect(storage.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(storage.writes).toBe(1);
    expect(useSaveStatus.getState().status).toBe('saved');
    const saved = JSON.parse(storage.getItem(AUTOSAVE_KEY)!);
    expect(saved.schema).toBe('causeway.storage/1');
    expect(saved.document.graph.nodes.map((n: { id: string }) => n.id)).toContain('A');
    expect(saved.document.notes).toEqual({ nodes: [{ id: 'A', text: 'why A' }] });
  });

  it('reports a full quota once, as "Not saved", and clears it when a later save succeeds', () => {
    const storage = new MemoryStorage();
    storage.full = true;
    stop = startAutosave(storage);
    useDocumentStore.getState().addNode({ id: 'A' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    useDocumentStore.getState().addNode({ id: 'B' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    const notices = useNotices.getState().notices;
    expect(notices).toHaveLength(1);
    expect(notices[0].tone).toBe('error');
    expect(notices[0].text).toMatch(/^Not saved\. The browser storage for Causeway is full/);
    expect(useSaveStatus.getState().status).toBe('failed');
    storage.full = false;
    useDocumentStore.getState().addNode({ id: 'C' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(useNotices.getState().notices).toHaveLength(0);
    expect(savedGraph(storage).nodes.map((n) => n.id)).toContain('C');
  });

  it('writes nothing while a shared graph is shown read-only', () => {
    const storage = new MemoryStorage();
    stop = startAutosave(storage);
    useReviewMode.getState().enter(documentFromGraph(triangle));
    useNotesStore.getState().setAssumption('question', 'changed while reviewing');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS * 4);
    expect(storage.writes).toBe(0);
    expect(useSaveStatus.getState().status).toBe('off');
  });

  it('flushes a pending save when stopped', () => {
    const storage = new MemoryStorage();
    stop = startAutosave(storage);
    useDocumentStore.getState().addNode({ id: 'A' });
    stop();
    stop = null;
    expect(storage.writes).toBe(1);
  });
});

describe('restoring', () => {
  it('opens the autosaved document with its notes and an empty history', () => {
    const storage = new MemoryStorage();
    const graph = graphFromLists({ nodes: ['P', 'Q'], directed: [['P', 'Q']] });
    saveAutosave(storage, { ...documentFromGraph(graph), notes: { assumptions: { estimand: 'ATE' } } });
    expect(restoreAutosave(storage)).toBe(true);
    expect(useDocumentStore.getState().graph.nodes.map((n) => n.id)).toEqual(['P', 'Q']);
    expect(useNotesStore.getState().assumptions).toEqual({ estimand: 'ATE' });
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
    expect(currentDocument().notes).toEqual({ assumptions: { estimand: 'ATE' } });
  });

  it.each([
    ['not JSON', '{"schema":'],
    ['a foreign shape', '{"hello":"world"}'],
    ['an invalid document', JSON.stringify({ schema: 'causeway.storage/1', document: { format: 'causeway/1', graph: { type: 'dag', nodes: [{ id: 1 }], edges: [] } } })],
  ])('sets aside %s, reports it, keeps the current graph and never overwrites the bad text', (_, raw) => {
    const storage = new MemoryStorage();
    storage.setItem(AUTOSAVE_KEY, raw);
    expect(restoreAutosave(storage)).toBe(false);
    expect(useDocumentStore.getState().graph).toBe(triangle);
    const quarantined = [...storage.map.entries()].filter(([k]) => k.startsWith(QUARANTINE_PREFIX));
    expect(quarantined.map(([, v]) => v)).toEqual([raw]);
    expect(storage.getItem(AUTOSAVE_KEY)).toBeNull();
    const [notice] = useNotices.getState().notices;
    expect(notice.text).toMatch(/could not be read and was set aside/);
  });

  it('without storage (blocked by the browser) shows the example and reports "Not saved" on the first change', () => {
    expect(restoreAutosave(null)).toBe(false);
    stop = startAutosave(null);
    useDocumentStore.getState().addNode({ id: 'A' });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(useNotices.getState().notices[0].text).toMatch(/^Not saved: this browser window does not allow/);
  });
});
