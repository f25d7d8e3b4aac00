import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CausalGraph, type CausewayDocument, documentFromGraph, graphFromLists, serializeModelCode } from '../../../src/engine';
import { readDocumentText } from '../../../src/app/files/read-file';
import { TEXT_FORMATS, textFormat } from '../../../src/app/exporting/formats';
import { baseFileName } from '../../../src/app/files/download';

const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '\\input{/etc/passwd}',
  'a "quoted" } brace {',
  '</script><script>alert(2)</script>',
  '$\\x{}^_%&#~',
  '-> X; Y [exposure]',
];

function hostileGraph(labels: readonly string[]): CausalGraph {
  const base = graphFromLists({
    nodes: labels.map((_, i) => `v${i}`),
    directed: labels.slice(1).map((_, i) => [`v${i}`, `v${i + 1}`] as [string, string]),
    roles: { exposure: ['v0'], outcome: [`v${labels.length - 1}`] },
  });
  return { ...base, nodes: base.nodes.map((n, i) => ({ ...n, label: labels[i], pos: { x: i, y: i % 2 } })) };
}

/** Documents refuse labels model code could not write: control characters, a final backslash. */
const validLabel = (label: string) => !label.endsWith('\\') && ![...label].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

/** What must survive a round trip: ids, labels, roles, positions (to 3 decimals), edges. */
function shape(graph: CausalGraph) {
  return {
    nodes: graph.nodes
      .map((n) => ({ id: n.id, label: n.label ?? null, roles: [...n.roles].sort(), pos: n.pos ? [n.pos.x.toFixed(3), n.pos.y.toFixed(3)] : null }))
      .sort((a, b) => (a.id < b.id ? -1 : 1)),
    edges: graph.edges.map((e) => `${e.from} ${e.kind} ${e.to}`).sort(),
  };
}

function roundTrip(format: 'dagitty' | 'json' | 'dot', doc: CausewayDocument) {
  const f = textFormat(format);
  return readDocumentText(`graph.${f.extension}`, f.produce(doc));
}

describe('reading opened files', () => {
  it('reads model code, JSON and DOT back to the same graph, hostile labels included', () => {
    for (const format of ['dagitty', 'json', 'dot'] as const) {
      const doc = documentFromGraph(hostileGraph(HOSTILE));
      const read = roundTrip(format, doc);
      expect(read.ok ? "ok" : read.message, format).toBe("ok");
      if (read.ok) expect(shape(read.document.graph), format).toEqual(shape(doc.graph));
    }
  });

  it('round-trips random labels through model code, JSON and DOT (fast-check, seed 20261127)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter(validLabel), { minLength: 2, maxLength: 5 }), (labels) => {
        const doc = documentFromGraph(hostileGraph(labels));
        for (const format of ['dagitty', 'json', 'dot'] as const) {
          const read = roundTrip(format, doc);
          if (!read.ok) throw new Error(`${format}: ${read.message}`);
          expect(shape(read.document.graph)).toEqual(shape(doc.graph));
        }
      }),
      { seed: 20261127, numRuns: 150 },
    );
  });

  it('keeps notes and the SCM through the JSON format', () => {
    const graph = hostileGraph(['A', 'B']);
    const doc: CausewayDocument = {
      ...documentFromGraph(graph),
      scm: { kind: 'linear', anything: [1, 2] },
      notes: { nodes: [{ id: graph.nodes[0].id, text: '<b>x</b>' }], assumptions: { question: 'Why?' } },
    };
    const read = roundTrip('json', doc);
    expect(read.ok && read.document.notes).toEqual(doc.notes);
    expect(read.ok && read.document.scm).toEqual(doc.scm);
  });

  it('reports errors with line and column, worded for a notice', () => {
    const code = readDocumentText('broken.dag', 'dag {\n  A -> B\n  B -> \n}\n');
    expect(code.ok).toBe(false);
    if (!code.ok) expect(code.message).toMatch(/^Could not open “broken\.dag”: line 4, column \d+: /);
    const json = readDocumentText('broken.json', '{"format": "causeway/1", "graph": {"nodes": [}');
    expect(!json.ok && json.message).toMatch(/“broken\.json”: line 1, column \d+: not valid JSON/);
    const dot = readDocumentText('broken.dot', 'digraph {\n  a -> \n');
    expect(!dot.ok && dot.message).toMatch(/“broken\.dot”: line \d+, column \d+: /);
    const invalid = readDocumentText('bad.json', '{"format": "causeway/1", "graph": {"type": "dag", "nodes": [{"id": 3}], "edges": []}}');
    expect(!invalid.ok && invalid.message).toMatch(/graph\.nodes\[0\]\.id/);
  });

  it('refuses a document label that model code could not write, saying where', () => {
    const text = JSON.stringify({ format: 'causeway/1', graph: { type: 'dag', nodes: [{ id: 'a', label: 'two\nlines', roles: [] }], edges: [] } });
    const read = readDocumentText('lines.json', text);
    expect(!read.ok && read.message).toMatch(/graph\.nodes\[0\]\.label: contains a control character/);
  });

  it('reads a .txt file with model code and a plain header-less model', () => {
    const read = readDocumentText('notes.txt', 'X -> Y');
    expect(read.ok && serializeModelCode(read.document.graph)).toContain('X -> Y');
  });
});

describe('export formats', () => {
  const doc = documentFromGraph(hostileGraph(HOSTILE));

  it('offers SVG, TikZ, DOT, model code, Python and JSON with distinct extensions', () => {
    expect(TEXT_FORMATS.map((f) => f.id)).toEqual(['svg', 'tikz', 'dot', 'dagitty', 'python', 'json']);
    expect(new Set(TEXT_FORMATS.map((f) => f.extension)).size).toBe(TEXT_FORMATS.length);
  });

  it('escapes hostile labels in every format', () => {
    const svg = textFormat('svg').produce(doc);
    expect(svg).not.toContain('<img');
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const tikz = textFormat('tikz').produce(doc);
    expect(tikz).not.toContain('\\input{');
    expect(tikz).not.toContain('\\x{');
    const dot = textFormat('dot').produce(doc);
    expect(dot).toContain('"a \\"quoted\\" } brace {"');
    const python = textFormat('python').produce(doc);
    expect(python).not.toContain('\n-> X; Y [exposure]');
  });

  it('makes safe file names', () => {
    expect(baseFileName(undefined)).toBe('causal-diagram');
    expect(baseFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(baseFileName('Smoking & cancer')).toBe('Smoking-cancer');
  });
});
