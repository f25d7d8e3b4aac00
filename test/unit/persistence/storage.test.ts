import { describe, expect, it } from 'vitest';
import { documentFromGraph, graphFromLists } from '../../../src/engine';
import {
  AUTOSAVE_KEY,
  LIBRARY_PREFIX,
  QUARANTINE_PREFIX,
  deleteFromLibrary,
  duplicateInLibrary,
  listLibrary,
  loadAutosave,
  newLibraryKey,
  renameInLibrary,
  restoreToLibrary,
  saveAutosave,
  saveToLibrary,
} from '../../../src/app/persistence/storage';
import { MemoryStorage } from '../../support/memory-storage';

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1) + 1000 * tick++);
const doc = documentFromGraph(graphFromLists({ directed: [['Z', 'X'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } }));

describe('autosave', () => {
  it('saves and loads the working document', () => {
    const s = new MemoryStorage();
    expect(saveAutosave(s, doc, clock)).toEqual({ ok: true });
    expect(loadAutosave(s, clock)).toEqual({ document: doc, problem: null });
  });
  it('sets aside a corrupted autosave instead of crashing or deleting it', () => {
    for (const raw of ['{not json', '{"hello":1}', JSON.stringify({ schema: 'causeway.storage/1', document: { format: 'causeway/1', graph: { type: 'dag', nodes: [{ id: 'a' }], edges: [{ from: 'a', to: 'b', kind: '->' }] } } })]) {
      const s = new MemoryStorage();
      s.setItem(AUTOSAVE_KEY, raw);
      const { document, problem } = loadAutosave(s, clock);
      expect(document).toBeNull();
      expect(problem?.movedTo?.startsWith(QUARANTINE_PREFIX)).toBe(true);
      expect(s.getItem(problem!.movedTo!)).toBe(raw);
      expect(s.getItem(AUTOSAVE_KEY)).toBeNull();
    }
  });
  it('reports a full quota instead of dropping the save silently', () => {
    const s = new MemoryStorage();
    s.quota = 50;
    const result = saveAutosave(s, doc, clock);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(!result.ok && result.message).toMatch(/full/);
  });
});

describe('library', () => {
  it('creates, lists newest first, renames, duplicates, deletes and restores', () => {
    const s = new MemoryStorage();
    let r = 0;
    const random = () => (r += 0.1) % 1;
    const a = newLibraryKey(clock, random);
    const b = newLibraryKey(clock, random);
    expect(a).not.toBe(b);
    saveToLibrary(s, a, 'First', doc, clock);
    saveToLibrary(s, b, '  ', doc, clock);
    let { entries } = listLibrary(s, clock);
    expect(entries.map((e) => e.name)).toEqual(['Untitled graph', 'First']);
    renameInLibrary(s, entries[1], 'Renamed', clock);
    const dup = duplicateInLibrary(s, listLibrary(s, clock).entries[0], clock, random);
    expect(dup.ok && dup.key?.startsWith(LIBRARY_PREFIX)).toBe(true);
    entries = listLibrary(s, clock).entries;
    expect(entries.map((e) => e.name)).toEqual(['Renamed (copy)', 'Renamed', 'Untitled graph']);
    const gone = entries[1];
    deleteFromLibrary(s, gone);
    expect(listLibrary(s, clock).entries).toHaveLength(2);
    restoreToLibrary(s, gone);
    expect(listLibrary(s, clock).entries.map((e) => e.name)).toContain('Renamed');
  });
  it('lists good entries next to a foreign one and reports the foreign one', () => {
    const s = new MemoryStorage();
    saveToLibrary(s, `${LIBRARY_PREFIX}good`, 'Good', doc, clock);
    s.setItem(`${LIBRARY_PREFIX}bad`, '<html>');
    s.setItem('someone-else', 'untouched');
    const { entries, problems } = listLibrary(s, clock);
    expect(entries.map((e) => e.name)).toEqual(['Good']);
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toMatch(/set aside/);
    expect(s.getItem('someone-else')).toBe('untouched');
  });
});
