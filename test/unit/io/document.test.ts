import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type CausewayDocument,
  MIGRATIONS,
  canonicalGraph,
  documentFromGraph,
  parseDocument,
  serializeDocument,
  validateDocument,
} from '../../../src/engine';
import { graphOf } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/model-code/${name}`, import.meta.url), 'utf8');

const base = () => ({
  format: 'causeway/1',
  graph: {
    type: 'dag',
    nodes: [
      { id: 'x', roles: ['exposure'], pos: { x: 0, y: 1 } },
      { id: 'y', roles: ['outcome'] },
      { id: 'z', roles: [] },
    ],
    edges: [
      { from: 'x', to: 'y', kind: '->' },
      { from: 'z', to: 'x', kind: '->' },
      { from: 'z', to: 'y', kind: '->' },
    ],
  },
});

function errorsOf(value: unknown): string[] {
  const r = validateDocument(value);
  if (r.ok) throw new Error('expected the document to be refused');
  return r.errors.map((e) => e.message);
}

describe('causeway/1 documents', () => {
  it('a full document validates and survives serialize → parse unchanged', () => {
    const doc = {
      ...base(),
      layout: { viewport: { x: 10, y: -5, zoom: 0.75 } },
      scm: { anything: [1, 2, 3] },
      notes: {
        nodes: [{ id: 'z', text: 'measured at baseline' }],
        edges: [{ from: 'x', to: 'y', kind: '->', text: 'the effect of interest' }],
        assumptions: { question: 'Does x cause y?', estimand: 'ATE', treatment: 'x', outcome: 'y', unit: 'person', design: 'cohort', assumptions: 'no unmeasured confounding', interference: 'none', monitoring: 'yearly' },
      },
    };
    const r = validateDocument(doc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.document).toEqual(doc);
    const text = serializeDocument(r.document);
    const again = parseDocument(text);
    expect(again.ok && again.document).toEqual(r.document);
    expect(again.ok && serializeDocument(again.document)).toBe(text);
  });

  it('serializeDocument writes keys in a fixed order with a final newline', () => {
    const text = serializeDocument(documentFromGraph(graphOf('dag { x [pos="1,2"] x -> y [beta=1] }')));
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['format', 'graph']);
    const json = JSON.parse(text);
    expect(Object.keys(json.graph)).toEqual(['type', 'nodes', 'edges']);
    expect(json.graph.nodes[0]).toEqual({ id: 'x', pos: { x: 1, y: 2 }, roles: [] });
    expect(json.graph.edges[0]).toEqual({ from: 'x', to: 'y', kind: '->', attrs: [['beta', '1']] });
  });

  it('documentFromGraph round-trips model-code graphs with every feature', () => {
    const g = graphOf('pag G { bb="0,0,2,2" rankdir=LR "a b" [exposure, selected, pos="1,1", label="A", eps=1] "a b" @-> c [label="l", pos="0,1", k=""] c <-> d }');
    const r = parseDocument(serializeDocument(documentFromGraph(g)));
    expect(r.ok && canonicalGraph(r.document.graph)).toEqual(canonicalGraph(g));
  });

  it.each<[string, (d: ReturnType<typeof base>) => unknown, string]>([
    ['not an object', () => [], '(document): expected an object'],
    ['missing format', (d) => ({ ...d, format: undefined }), 'format: expected "causeway/1"'],
    ['unknown format', (d) => ({ ...d, format: 'dagitty' }), 'format: unknown format "dagitty" (expected "causeway/1")'],
    ['newer format', (d) => ({ ...d, format: 'causeway/7' }), 'format: "causeway/7" is newer than this version of Causeway understands (it reads up to "causeway/1")'],
    ['unknown top-level field', (d) => ({ ...d, extra: 1 }), 'extra: unknown field (expected one of format, graph, layout, scm, notes)'],
    ['node id not a string', (d) => ((d.graph.nodes[1] as { id: unknown }).id = 7, d), 'graph.nodes[1].id: expected a string'],
    ['duplicate node id', (d) => (d.graph.nodes.push({ id: 'x', roles: [] }), d), 'graph.nodes[3]: duplicate node id "x"'],
    ['edge to an unknown node', (d) => (d.graph.edges.push({ from: 'x', to: 'w', kind: '->' }), d), 'graph.edges[3].to: no node "w" in graph.nodes'],
    ['self-loop', (d) => (d.graph.edges.push({ from: 'x', to: 'x', kind: '<->' }), d), 'graph.edges[3]: self-loop on "x": an edge cannot join a node to itself'],
    ['duplicate symmetric edge', (d) => (d.graph.edges.push({ from: 'x', to: 'z', kind: '<->' }, { from: 'z', to: 'x', kind: '<->' }), d), 'graph.edges[4]: duplicate edge z <-> x'],
    ['unknown role', (d) => (d.graph.nodes[2].roles = ['confounder'], d), 'graph.nodes[2].roles[0]: expected one of "exposure", "outcome", "adjusted", "latent", "selected"'],
    ['unknown edge kind', (d) => ((d.graph.edges[0] as { kind: string }).kind = '=>', d), 'graph.edges[0].kind: expected one of "->", "<->", "--", "@-@", "@->", "@--"'],
    ['unknown graph type', (d) => ((d.graph as { type: string }).type = 'tree', d), 'graph.type: expected one of "dag", "pdag", "mag", "pag", "graph", "digraph"'],
    ['non-finite position', (d) => ((d.graph.nodes[0].pos as { x: unknown }).x = null, d), 'graph.nodes[0].pos.x: expected a number'],
    ['infinite position', (d) => ((d.graph.nodes[0].pos as { x: unknown }).x = Infinity, d), 'graph.nodes[0].pos.x: expected a finite number'],
    ['NaN viewport', (d) => ({ ...d, layout: { viewport: { x: NaN, y: 0, zoom: 1 } } }), 'layout.viewport.x: expected a finite number'],
    ['string position', (d) => ((d.graph.nodes[0].pos as { y: unknown }).y = '1', d), 'graph.nodes[0].pos.y: expected a number'],
    ['reserved id', (d) => (d.graph.nodes[2].id = 'node', d.graph.edges.pop(), d.graph.edges.pop(), d), "graph.nodes[2].id: variables cannot be named 'graph' or 'node'; use the label attribute"],
    ['id model code cannot write', (d) => (d.graph.nodes.push({ id: 'a\nb', roles: [] }), d), 'graph.nodes[3].id: contains a control character (tab, line break, …), which model code cannot write'],
    ['label ending in a backslash', (d) => (Object.assign(d.graph.nodes[2], { label: 'a\\' }), d), 'graph.nodes[2].label: ends with a backslash, which model code cannot write'],
    ['reserved attribute key', (d) => (Object.assign(d.graph.nodes[2], { attrs: [['pos', '1,2']] }), d), 'graph.nodes[2].attrs[0][0]: "pos" has a meaning of its own in model code and cannot be a plain attribute'],
    ['duplicate attribute key', (d) => (Object.assign(d.graph.edges[0], { attrs: [['b', '1'], ['b', '2']] }), d), 'graph.edges[0].attrs[1][0]: duplicate attribute "b"'],
    ['bad bb', (d) => (Object.assign(d.graph, { bb: [0, 0, 1] }), d), 'graph.bb: expected four numbers [x1, y1, x2, y2]'],
    ['zero zoom', (d) => ({ ...d, layout: { viewport: { x: 0, y: 0, zoom: 0 } } }), 'layout.viewport.zoom: expected a number greater than 0'],
    ['note on an unknown node', (d) => ({ ...d, notes: { nodes: [{ id: 'q', text: 'hm' }] } }), 'notes.nodes[0].id: no node "q" in graph.nodes'],
    ['note on an unknown edge', (d) => ({ ...d, notes: { edges: [{ from: 'y', to: 'x', kind: '->', text: 'hm' }] } }), 'notes.edges[0]: no edge y -> x in graph.edges'],
    ['unknown assumption field', (d) => ({ ...d, notes: { assumptions: { hunch: 'x' } } }), 'notes.assumptions.hunch: unknown field (expected one of question, estimand, treatment, outcome, unit, design, assumptions, interference, monitoring)'],
    ['unknown node field', (d) => (Object.assign(d.graph.nodes[0], { colour: 'red' }), d), 'graph.nodes[0].colour: unknown field (expected one of id, label, pos, roles, attrs)'],
  ])('rejects %s with a located message', (_, mutate, message) => {
    expect(errorsOf(mutate(base()))).toContain(message);
  });

  it('a note on a symmetric edge may name its ends in either order', () => {
    const d = base();
    d.graph.edges.push({ from: 'y', to: 'z', kind: '<->' });
    expect(validateDocument({ ...d, notes: { edges: [{ from: 'z', to: 'y', kind: '<->', text: 'shared cause' }] } }).ok).toBe(true);
  });

  it('oversized inputs are refused: nodes, edges and text', () => {
    const d = base();
    d.graph.nodes = Array.from({ length: 20_001 }, (_, i) => ({ id: `n${i}`, roles: [] }));
    d.graph.edges = [];
    expect(errorsOf(d)).toEqual(['graph.nodes: too many entries: 20001 (at most 20000)']);
    const e = base();
    e.graph.edges = Array.from({ length: 200_001 }, () => ({ from: 'x', to: 'y', kind: '->' }));
    expect(errorsOf(e)).toEqual(['graph.edges: too many entries: 200001 (at most 200000)']);
    const r = parseDocument(`{"format":"causeway/1","pad":"${'x'.repeat(5 * 1024 * 1024)}"}`);
    expect(r.ok || r.errors[0].message).toBe('the document is larger than 5 MB');
  });

  it('reports at most 50 errors', () => {
    const d = base();
    d.graph.nodes = Array.from({ length: 500 }, () => ({ id: 5 as unknown as string, roles: [] }));
    expect(errorsOf(d)).toHaveLength(50);
  });

  it('JSON syntax errors carry a line and column', () => {
    const r = parseDocument('{\n  "format": "causeway/1",\n  "graph": }\n');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors[0]).toMatchObject({ line: 3, column: 12 });
    expect(r.errors[0].message).toContain('not valid JSON');
  });

  it('a byte-order mark before the JSON is ignored', () => {
    expect(parseDocument(`\uFEFF${JSON.stringify(base())}`).ok).toBe(true);
  });

  it('hostile strings survive as data', () => {
    const d = base();
    const hostile = '<img src=x onerror=alert(1)> "}{ \\ é 😀';
    Object.assign(d.graph.nodes[2], { label: hostile });
    d.graph.nodes.push({ id: hostile, roles: [] });
    const r = parseDocument(serializeDocument(validateDocument(d).ok ? (validateDocument(d) as { document: CausewayDocument }).document : (null as never)));
    expect(r.ok && r.document.graph.nodes.map((n) => n.label ?? n.id)).toEqual(['x', 'y', hostile, hostile]);
  });
});

describe('migrations', () => {
  it('are an ordered chain ending at causeway/1', () => {
    expect(MIGRATIONS.map((m) => `${m.from} → ${m.to}`)).toEqual(['causeway/0 → causeway/1']);
  });

  it('causeway/0 (frozen fixture) migrates to causeway/1', () => {
    const r = parseDocument(fixture('document-causeway0.json'));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.migratedFrom).toEqual(['causeway/0']);
    const { graph, layout, notes } = r.document;
    expect(graph.type).toBe('dag');
    expect(graph.nodes.map((n) => n.id)).toEqual(['smoking', 'cancer', 'gene', 'tar']);
    expect(graph.nodes[0]).toEqual({ id: 'smoking', label: 'Smoking status', pos: { x: 0.2, y: 0.5 }, roles: ['exposure'] });
    expect(graph.nodes[2]).toEqual({ id: 'gene', roles: ['latent'] });
    expect(graph.nodes[3]).toEqual({ id: 'tar', roles: [] });
    expect(graph.edges.map((e) => `${e.from} ${e.kind} ${e.to}`)).toEqual([
      'smoking -> tar',
      'tar -> cancer',
      'gene -> cancer',
      'smoking <-> cancer',
    ]);
    expect(layout).toEqual({ viewport: { x: -40, y: 12.5, zoom: 1.25 } });
    expect(notes).toEqual({ nodes: [{ id: 'tar', text: 'tar deposits in the lungs' }, { id: 'gene', text: 'hypothetical' }] });
  });

  it('a malformed causeway/0 document gets errors in its own terms', () => {
    const v0 = JSON.parse(fixture('document-causeway0.json'));
    v0.directed[1] = ['tar'];
    expect(errorsOf(v0)).toEqual(['directed[1]: expected a pair of node ids']);
  });

  it('a migrated document that is still invalid is reported in causeway/1 terms', () => {
    const v0 = JSON.parse(fixture('document-causeway0.json'));
    v0.nodes[0].x = 'left';
    expect(errorsOf(v0)).toEqual(['graph.nodes[0].pos.x: expected a number']);
  });
});
