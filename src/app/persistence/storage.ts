/**
 * app/persistence/storage — the working document's autosave and the local library of named
 * graphs, on any Web Storage (localStorage in the app, a map in tests).
 *
 * Every entry is an envelope `{schema, savedAt, name?, document}` whose document goes through the
 * engine's validator and migrations on the way in. An entry that cannot be read (not JSON, a
 * foreign shape, an invalid document) is moved aside under a `causeway.quarantine.` key and
 * reported — never deleted, never overwritten, never allowed to crash the app. Writes report a
 * full quota instead of dropping the data silently.
 */
import { type CausewayDocument, validateDocument } from '../../engine';

export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const STORAGE_SCHEMA = 'causeway.storage/1';
export const AUTOSAVE_KEY = 'causeway.autosave';
export const LIBRARY_PREFIX = 'causeway.graph.';
export const QUARANTINE_PREFIX = 'causeway.quarantine.';

export interface StoredEntry {
  readonly key: string;
  readonly name: string;
  readonly savedAt: string;
  readonly document: CausewayDocument;
}

export interface StorageProblem {
  readonly key: string;
  /** Where the unreadable text was moved, or null when it could not be moved. */
  readonly movedTo: string | null;
  readonly message: string;
}

export type WriteResult = { readonly ok: true } | { readonly ok: false; readonly reason: 'quota' | 'unavailable'; readonly message: string };

type ReadResult = { ok: true; entry: StoredEntry } | { ok: false; problem: StorageProblem } | { ok: false; problem: null };

function isQuotaError(error: unknown): boolean {
  const e = error as { name?: string; code?: number };
  return e?.name === 'QuotaExceededError' || e?.name === 'NS_ERROR_DOM_QUOTA_REACHED' || e?.code === 22 || e?.code === 1014;
}

function writeFailure(error: unknown): WriteResult {
  if (isQuotaError(error)) {
    return {
      ok: false,
      reason: 'quota',
      message: 'The browser storage for Causeway is full, so this change was not saved. Delete graphs from the library or export this one to a file.',
    };
  }
  return { ok: false, reason: 'unavailable', message: 'The browser refused to save (storage may be disabled in this window). Export the graph to a file to keep it.' };
}

/** Moves an unreadable entry aside so it is kept for inspection and no longer read. */
function quarantine(storage: StorageLike, key: string, raw: string, why: string, now: () => Date): StorageProblem {
  const target = `${QUARANTINE_PREFIX}${key}.${now().getTime()}`;
  try {
    storage.setItem(target, raw);
    storage.removeItem(key);
    return { key, movedTo: target, message: `A saved entry (${key}) could not be read and was set aside: ${why}` };
  } catch {
    return { key, movedTo: null, message: `A saved entry (${key}) could not be read and was left as it is: ${why}` };
  }
}

function readEntry(storage: StorageLike, key: string, now: () => Date): ReadResult {
  let raw: string | null;
  try {
    raw = storage.getItem(key);
  } catch {
    return { ok: false, problem: { key, movedTo: null, message: 'The browser storage cannot be read in this window.' } };
  }
  if (raw === null) return { ok: false, problem: null };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, problem: quarantine(storage, key, raw, 'it is not valid JSON', now) };
  }
  const envelope = value as { schema?: unknown; savedAt?: unknown; name?: unknown; document?: unknown };
  if (typeof value !== 'object' || value === null || envelope.schema !== STORAGE_SCHEMA) {
    return { ok: false, problem: quarantine(storage, key, raw, 'it was not written by this version of Causeway', now) };
  }
  const result = validateDocument(envelope.document as Parameters<typeof validateDocument>[0]);
  if (!result.ok) {
    return { ok: false, problem: quarantine(storage, key, raw, result.errors[0]?.message ?? 'invalid document', now) };
  }
  return {
    ok: true,
    entry: {
      key,
      name: typeof envelope.name === 'string' ? envelope.name : 'Untitled graph',
      savedAt: typeof envelope.savedAt === 'string' ? envelope.savedAt : new Date(0).toISOString(),
      document: result.document,
    },
  };
}

function writeEntry(storage: StorageLike, key: string, name: string, document: CausewayDocument, now: () => Date): WriteResult {
  const text = JSON.stringify({ schema: STORAGE_SCHEMA, savedAt: now().toISOString(), name, document });
  try {
    storage.setItem(key, text);
    return { ok: true };
  } catch (error) {
    return writeFailure(error);
  }
}

const systemClock = () => new Date();

export function saveAutosave(storage: StorageLike, document: CausewayDocument, now = systemClock): WriteResult {
  return writeEntry(storage, AUTOSAVE_KEY, 'Autosave', document, now);
}

export function loadAutosave(storage: StorageLike, now = systemClock): { document: CausewayDocument | null; problem: StorageProblem | null } {
  const read = readEntry(storage, AUTOSAVE_KEY, now);
  return read.ok ? { document: read.entry.document, problem: null } : { document: null, problem: read.problem };
}

/** Every readable library entry, newest first, and the problems met on the way. */
export function listLibrary(storage: StorageLike, now = systemClock): { entries: StoredEntry[]; problems: StorageProblem[] } {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(LIBRARY_PREFIX)) keys.push(key);
  }
  const entries: StoredEntry[] = [];
  const problems: StorageProblem[] = [];
  for (const key of keys) {
    const read = readEntry(storage, key, now);
    if (read.ok) entries.push(read.entry);
    else if (read.problem) problems.push(read.problem);
  }
  entries.sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.name.localeCompare(b.name)));
  return { entries, problems };
}

/** A fresh library key; `random` is injectable so tests are deterministic. */
export function newLibraryKey(now = systemClock, random: () => number = Math.random): string {
  return `${LIBRARY_PREFIX}${now().getTime().toString(36)}-${Math.floor(random() * 36 ** 6).toString(36)}`;
}

export function saveToLibrary(storage: StorageLike, key: string, name: string, document: CausewayDocument, now = systemClock): WriteResult {
  if (!key.startsWith(LIBRARY_PREFIX)) throw new Error(`app/persistence: not a library key: ${key}`);
  return writeEntry(storage, key, name.trim() || 'Untitled graph', document, now);
}

export function renameInLibrary(storage: StorageLike, entry: StoredEntry, name: string, now = systemClock): WriteResult {
  return saveToLibrary(storage, entry.key, name, entry.document, now);
}

export function duplicateInLibrary(storage: StorageLike, entry: StoredEntry, now = systemClock, random: () => number = Math.random): WriteResult & { key?: string } {
  const key = newLibraryKey(now, random);
  const result = saveToLibrary(storage, key, `${entry.name} (copy)`, entry.document, now);
  return result.ok ? { ...result, key } : result;
}

/** Removes an entry; the caller keeps `entry` to undo with `restoreToLibrary`. */
export function deleteFromLibrary(storage: StorageLike, entry: StoredEntry): void {
  storage.removeItem(entry.key);
}

export function restoreToLibrary(storage: StorageLike, entry: StoredEntry): WriteResult {
  try {
    storage.setItem(entry.key, JSON.stringify({ schema: STORAGE_SCHEMA, savedAt: entry.savedAt, name: entry.name, document: entry.document }));
    return { ok: true };
  } catch (error) {
    return writeFailure(error);
  }
}
