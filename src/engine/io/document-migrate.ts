/**
 * engine/io/document-migrate — brings saved documents of older formats up to `causeway/1`.
 *
 * Contract: `MIGRATIONS` is an ordered list of one-step up-migrations keyed by the format they
 * read. `migrateDocument(value)` applies them in turn until the value claims the current format,
 * and reports located errors (JSON paths in the *old* format's terms) when an old document is
 * malformed, or when the format is unknown or newer than this version understands. Migrations
 * never validate the result: `validateDocument` does that afterwards.
 * Complexity: O(size of the document) per step.
 */
import { type Checker, child, item, type Json, type JsonObject } from './document-check';
import { DOCUMENT_FORMAT } from './document-types';

export interface Migration {
  readonly from: string;
  readonly to: string;
  readonly migrate: (value: JsonObject, c: Checker) => JsonObject | undefined;
}

/**
 * `causeway/0` — the frozen pre-release shape:
 * `{ format, graphType?, nodes: [{ id, label?, x?, y?, roles? }], directed: [[a, b]],
 *    bidirected: [[a, b]], undirected?: [[a, b]], viewport?: { x, y, zoom }, notes?: { [id]: text } }`.
 * Pairs may name nodes missing from `nodes`; such nodes are created, as the old editor did.
 */
const causeway0To1: Migration = {
  from: 'causeway/0',
  to: 'causeway/1',
  migrate(v, c) {
    c.object(v, '', ['format', 'graphType', 'nodes', 'directed', 'bidirected', 'undirected', 'viewport', 'notes']);
    const nodes: Record<string, unknown>[] = [];
    const known = new Set<string>();
    (c.array(v.nodes ?? [], 'nodes', Number.MAX_SAFE_INTEGER) ?? []).forEach((n, i) => {
      const o = c.object(n, item('nodes', i), ['id', 'label', 'x', 'y', 'roles']);
      if (!o) return;
      const id = c.string(o.id, child(item('nodes', i), 'id'));
      if (id === undefined) return;
      known.add(id);
      nodes.push({
        id,
        ...(o.label !== undefined ? { label: o.label } : {}),
        ...(o.x !== undefined || o.y !== undefined ? { pos: { x: o.x, y: o.y } } : {}),
        roles: o.roles ?? [],
      });
    });
    const edges: Record<string, unknown>[] = [];
    for (const [field, kind] of [['directed', '->'], ['bidirected', '<->'], ['undirected', '--']] as const) {
      (c.array(v[field] ?? [], field, Number.MAX_SAFE_INTEGER) ?? []).forEach((pair, i) => {
        const p = item(field, i);
        const ends = c.array(pair, p, 2);
        if (!ends || ends.length !== 2) return c.fail(p, 'expected a pair of node ids');
        const a = c.string(ends[0], item(p, 0));
        const b = c.string(ends[1], item(p, 1));
        if (a === undefined || b === undefined) return;
        for (const id of [a, b]) {
          if (!known.has(id)) nodes.push({ id, roles: [] });
          known.add(id);
        }
        edges.push({ from: a, to: b, kind });
      });
    }
    const notes: Record<string, unknown>[] = [];
    if (v.notes !== undefined) {
      const o = c.object(v.notes, 'notes', Object.keys((v.notes as object | null) ?? {}));
      for (const [id, text] of Object.entries(o ?? {})) notes.push({ id, text });
    }
    return {
      format: 'causeway/1',
      graph: { type: v.graphType ?? 'dag', nodes, edges },
      ...(v.viewport !== undefined ? { layout: { viewport: v.viewport } } : {}),
      ...(notes.length > 0 ? { notes: { nodes: notes } } : {}),
    };
  },
};

export const MIGRATIONS: readonly Migration[] = [causeway0To1];

const versionOf = (format: string) => /^causeway\/(\d+)$/.exec(format)?.[1];

export function migrateDocument(value: Json, c: Checker): { value: JsonObject; migratedFrom: string[] } | undefined {
  const migratedFrom: string[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return c.fail('', 'expected an object');
  let current = value as JsonObject;
  for (;;) {
    const format: unknown = current.format;
    if (format === DOCUMENT_FORMAT) return { value: current, migratedFrom };
    if (typeof format !== 'string') return c.fail('format', `expected "${DOCUMENT_FORMAT}"`);
    const step: Migration | undefined = MIGRATIONS.find((m) => m.from === format);
    if (!step) {
      const version = versionOf(format);
      const newer = version !== undefined && Number(version) > Number(versionOf(DOCUMENT_FORMAT));
      return c.fail(
        'format',
        newer
          ? `"${format}" is newer than this version of Causeway understands (it reads up to "${DOCUMENT_FORMAT}")`
          : `unknown format "${format}" (expected "${DOCUMENT_FORMAT}")`,
      );
    }
    const next: JsonObject | undefined = step.migrate(current, c);
    if (!next || c.errors.length > 0) return undefined;
    migratedFrom.push(format);
    current = next;
  }
}
