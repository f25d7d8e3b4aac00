/**
 * engine/io/document-validate — checks untrusted data against the `causeway/1` document shape.
 *
 * Contract: `validateDocument(value)` first migrates older formats, then returns either a fresh
 * document holding only known fields, or located errors (`graph.nodes[3].id: expected a string`),
 * at most `DOCUMENT_LIMITS.maxErrors` of them. Notes must refer to nodes and edges that exist;
 * the viewport zoom must be positive; the `scm` value is carried as is (the simulator checks it).
 * Complexity: O(size of the document).
 */
import { type CausalGraph, EDGE_KINDS, type NodeId } from '../graph/types';
import { Checker, child, item, type Json, type JsonObject } from './document-check';
import { migrateDocument } from './document-migrate';
import {
  ASSUMPTION_FIELDS,
  type AssumptionRegister,
  type CausewayDocument,
  DOCUMENT_FORMAT,
  DOCUMENT_LIMITS,
  type DocumentError,
  type DocumentLayout,
  type DocumentNotes,
  type EdgeNote,
  type NodeNote,
} from './document-types';
import { checkGraph } from './document-validate-graph';
import { edgeKey, storedEnds } from './graph-builder';

export type DocumentResult =
  | { readonly ok: true; readonly document: CausewayDocument; readonly migratedFrom: readonly string[] }
  | { readonly ok: false; readonly errors: readonly DocumentError[] };

export function validateDocument(value: Json): DocumentResult {
  const c = new Checker();
  const migrated = migrateDocument(value, c);
  if (!migrated) return { ok: false, errors: c.errors };
  const o = c.object(migrated.value, '', ['format', 'graph', 'layout', 'scm', 'notes'])!;
  const graph = checkGraph(c, o.graph, 'graph');
  const layout = o.layout === undefined ? undefined : checkLayout(c, o.layout);
  const notes = o.notes === undefined || !graph ? undefined : checkNotes(c, o.notes, graph);
  if (!graph || c.errors.length > 0) return { ok: false, errors: c.errors };
  const document: CausewayDocument = {
    format: DOCUMENT_FORMAT,
    graph,
    ...(layout ? { layout } : {}),
    ...(o.scm !== undefined ? { scm: o.scm } : {}),
    ...(notes ? { notes } : {}),
  };
  return { ok: true, document, migratedFrom: migrated.migratedFrom };
}

function checkLayout(c: Checker, value: Json): DocumentLayout | undefined {
  const o = c.object(value, 'layout', ['viewport']);
  if (!o || o.viewport === undefined) return o ? {} : undefined;
  const v = c.object(o.viewport, 'layout.viewport', ['x', 'y', 'zoom']);
  if (!v) return undefined;
  const x = c.number(v.x, 'layout.viewport.x');
  const y = c.number(v.y, 'layout.viewport.y');
  const zoom = c.number(v.zoom, 'layout.viewport.zoom');
  if (zoom !== undefined && zoom <= 0) c.fail('layout.viewport.zoom', 'expected a number greater than 0');
  if (x === undefined || y === undefined || zoom === undefined) return undefined;
  return { viewport: { x, y, zoom } };
}

function checkNotes(c: Checker, value: Json, graph: CausalGraph): DocumentNotes | undefined {
  const o = c.object(value, 'notes', ['nodes', 'edges', 'assumptions']);
  if (!o) return undefined;
  const ids = new Set<string>(graph.nodes.map((n) => n.id));
  const edges = new Set(graph.edges.map((e) => edgeKey(e.kind, ...storedEnds(e.kind, e.from, e.to))));
  const nodeNotes: NodeNote[] = [];
  (o.nodes === undefined ? [] : (c.array(o.nodes, 'notes.nodes', DOCUMENT_LIMITS.maxNotes) ?? [])).forEach((n, i) => {
    const p = item('notes.nodes', i);
    const note = c.object(n, p, ['id', 'text']);
    if (!note) return;
    const id = c.string(note.id, child(p, 'id'), DOCUMENT_LIMITS.maxIdLength);
    const text = c.string(note.text, child(p, 'text'));
    if (id !== undefined && !ids.has(id)) c.fail(child(p, 'id'), `no node "${id}" in graph.nodes`);
    if (id !== undefined && text !== undefined) nodeNotes.push({ id: id as NodeId, text });
  });
  const edgeNotes: EdgeNote[] = [];
  (o.edges === undefined ? [] : (c.array(o.edges, 'notes.edges', DOCUMENT_LIMITS.maxNotes) ?? [])).forEach((n, i) => {
    const p = item('notes.edges', i);
    const note = c.object(n, p, ['from', 'to', 'kind', 'text']);
    if (!note) return;
    const from = c.string(note.from, child(p, 'from'), DOCUMENT_LIMITS.maxIdLength);
    const to = c.string(note.to, child(p, 'to'), DOCUMENT_LIMITS.maxIdLength);
    const kind = c.oneOf(note.kind, child(p, 'kind'), EDGE_KINDS);
    const text = c.string(note.text, child(p, 'text'));
    if (from === undefined || to === undefined || kind === undefined || text === undefined) return;
    if (!edges.has(edgeKey(kind, ...storedEnds(kind, from, to)))) c.fail(p, `no edge ${from} ${kind} ${to} in graph.edges`);
    edgeNotes.push({ from: from as NodeId, to: to as NodeId, kind, text });
  });
  const assumptions = o.assumptions === undefined ? undefined : checkAssumptions(c, o.assumptions);
  return {
    ...(o.nodes !== undefined ? { nodes: nodeNotes } : {}),
    ...(o.edges !== undefined ? { edges: edgeNotes } : {}),
    ...(assumptions ? { assumptions } : {}),
  };
}

function checkAssumptions(c: Checker, value: Json): AssumptionRegister | undefined {
  const o: JsonObject | undefined = c.object(value, 'notes.assumptions', ASSUMPTION_FIELDS);
  if (!o) return undefined;
  const out: Record<string, string> = {};
  for (const field of ASSUMPTION_FIELDS) {
    if (o[field] === undefined) continue;
    const text = c.string(o[field], child('notes.assumptions', field));
    if (text !== undefined) out[field] = text;
  }
  return out;
}
