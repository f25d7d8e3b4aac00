import { describe, expect, it } from 'vitest';
import { documentFromGraph, readGraphInput, serializeDocument } from '../../../src/engine';
import { graphOf } from './helpers';

describe('readGraphInput', () => {
  it('reads model code into a document, with diagnostics', () => {
    const r = readGraphInput('dag { a -> b a -- c }');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document.format).toBe('causeway/1');
    expect(r.document.graph.edges).toHaveLength(2);
    expect(r.diagnostics).toHaveLength(1);
  });

  it('reads a JSON document when the text starts with { followed by "', () => {
    const text = serializeDocument(documentFromGraph(graphOf('dag { x -> y }')));
    const r = readGraphInput(`  \n${text}`);
    expect(r.ok && r.document.graph.edges).toEqual([{ from: 'x', to: 'y', kind: '->' }]);
    expect(r.ok && r.diagnostics).toEqual([]);
  });

  it('a header-less group of quoted names is model code, not broken JSON', () => {
    const r = readGraphInput('{"a" -> "b"}');
    expect(r.ok && r.document.graph.edges).toEqual([{ from: 'a', to: 'b', kind: '->' }]);
  });

  it('broken JSON reports the JSON error with its location', () => {
    const r = readGraphInput('{"format": "causeway/1",\n "graph": [}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ line: 2, column: 12 });
    expect(r.error.message).toContain('not valid JSON');
  });

  it('an invalid document reports the first JSON path and how many more', () => {
    const r = readGraphInput('{"format": "causeway/1", "graph": {"type": "dag", "nodes": [{"id": 1}, {"id": 2}], "edges": []}}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual({ message: 'graph.nodes[0].id: expected a string (and 1 more problem)' });
  });

  it('model-code errors come with line and column, and the message has no location prefix', () => {
    const r = readGraphInput('dag {\n  a -> a }');
    expect(r).toEqual({ ok: false, error: { message: 'self-loop on "a": an edge cannot join a node to itself', line: 2, column: 5 } });
  });

  it('an empty text is an empty dag', () => {
    const r = readGraphInput('');
    expect(r.ok && r.document.graph).toEqual({ type: 'dag', nodes: [], edges: [] });
  });
});
