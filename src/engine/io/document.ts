/**
 * engine/io/document — reading and writing Causeway JSON documents (`causeway/1`).
 *
 * Contract: `parseDocument(text)` refuses texts over the size limit, reports JSON syntax errors
 * with line and column, migrates older formats and validates (see `document-validate`);
 * `serializeDocument(doc)` writes stable, indented JSON with keys in a fixed order and a final
 * newline, so saving an unchanged document gives the same bytes; `documentFromGraph(graph)`
 * wraps a graph in a minimal document.
 * Complexity: O(size of the document).
 */
import type { Attributes, CausalEdge, CausalGraph, CausalNode } from '../graph/types';
import { DOCUMENT_FORMAT, DOCUMENT_LIMITS, type CausewayDocument } from './document-types';
import { type DocumentResult, validateDocument } from './document-validate';
import { locateJsonError } from './json-locate';

export function parseDocument(text: string): DocumentResult {
  if (text.length > DOCUMENT_LIMITS.maxTextLength) {
    const mb = DOCUMENT_LIMITS.maxTextLength / (1024 * 1024);
    return { ok: false, errors: [{ path: '', message: `the document is larger than ${mb} MB` }] };
  }
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const where = locateJsonError(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    const message = where ? where.message : e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [
        where
          ? { path: '', message: `not valid JSON: ${message}`, line: where.line, column: where.column }
          : { path: '', message: `not valid JSON: ${message}` },
      ],
    };
  }
  return validateDocument(value);
}

export function documentFromGraph(graph: CausalGraph): CausewayDocument {
  return { format: DOCUMENT_FORMAT, graph };
}

const attrs = (a: Attributes | undefined) => (a && a.length > 0 ? { attrs: a.map(([k, v]) => [k, v]) } : {});

function nodeJson(n: CausalNode) {
  return {
    id: n.id,
    ...(n.label !== undefined ? { label: n.label } : {}),
    ...(n.pos ? { pos: { x: n.pos.x, y: n.pos.y } } : {}),
    roles: [...n.roles],
    ...attrs(n.attrs),
  };
}

function edgeJson(e: CausalEdge) {
  return {
    from: e.from,
    to: e.to,
    kind: e.kind,
    ...(e.label !== undefined ? { label: e.label } : {}),
    ...(e.pos ? { pos: { x: e.pos.x, y: e.pos.y } } : {}),
    ...attrs(e.attrs),
  };
}

export function serializeDocument(doc: CausewayDocument): string {
  const g = doc.graph;
  const ordered = {
    format: DOCUMENT_FORMAT,
    graph: {
      type: g.type,
      ...(g.name !== undefined ? { name: g.name } : {}),
      ...(g.bb ? { bb: [...g.bb] } : {}),
      nodes: g.nodes.map(nodeJson),
      edges: g.edges.map(edgeJson),
      ...attrs(g.attrs),
    },
    ...(doc.layout ? { layout: doc.layout } : {}),
    ...(doc.scm !== undefined ? { scm: doc.scm } : {}),
    ...(doc.notes ? { notes: doc.notes } : {}),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
