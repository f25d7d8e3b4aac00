import { describe, expect, it } from 'vitest';
import { parseModelCode, serializeModelCode } from '../../../src/engine';
import { accept, edge, edges, graphOf, ids, node, refuse } from './helpers';

describe('§7.4 what Causeway reads', () => {
  it('step 1: a byte-order mark is stripped and locations stay as an editor shows them', () => {
    expect(ids(graphOf('\uFEFFdag { a }'))).toEqual(['a']);
    expect(refuse('\uFEFFdag { / }')[0]).toMatchObject({ line: 1, column: 7 });
  });

  it('step 1: leading and trailing whitespace is ignored', () => {
    expect(edges(graphOf('\n\n  dag { a -> b }  \n\n'))).toEqual(['a -> b']);
  });

  it('step 2: strict? type name? { → model code, including a quoted name', () => {
    expect(graphOf('pdag X { a -- b }')).toMatchObject({ type: 'pdag', name: 'X' });
    expect(graphOf('dag "my dag" { a }').name).toBe('my dag');
  });

  it('step 3: the legacy two-block shape goes to the legacy reader', () => {
    const { graph, diagnostics } = accept('a E\nb O\n\na b\n');
    expect(edges(graph)).toEqual(['a -> b']);
    expect(diagnostics[0].severity).toBe('info');
  });

  it('step 3: text with a blank line that is not legacy-shaped stays model code', () => {
    expect(edges(graphOf('a -> b\n\nc -> d'))).toEqual(['a -> b', 'c -> d']);
    expect(ids(graphOf('x\n\ny z'))).toEqual(['x', 'y', 'z']);
  });

  it('step 4: header-less text with arrows is the body of a dag', () => {
    const g = graphOf('smoking -> cancer; age -> {smoking cancer}');
    expect(g.type).toBe('dag');
    expect(edges(g)).toEqual(['smoking -> cancer', 'age -> smoking', 'age -> cancer']);
  });

  it('step 5: header-less names only (or nothing) are isolated nodes of a dag', () => {
    expect(graphOf('a b c')).toMatchObject({ type: 'dag', edges: [] });
    expect(ids(graphOf('a b c'))).toEqual(['a', 'b', 'c']);
    expect(graphOf('')).toEqual({ type: 'dag', nodes: [], edges: [] });
    expect(graphOf('  \n ')).toEqual({ type: 'dag', nodes: [], edges: [] });
  });

  it('step 6: anything after the closing } is a located error', () => {
    expect(refuse('dag { a }\nb -> c')[0]).toMatchObject({ line: 2, column: 1, token: 'b' });
  });

  it('a header-less body may set graph attributes', () => {
    expect(graphOf('graph [bb="0,0,1,1"] a -> b').bb).toEqual([0, 0, 1, 1]);
  });
});

describe('§9 deviations from DAGitty (each states both behaviours)', () => {
  it('#1 group edge attributes — DAGitty: only the last edge of each segment gets them; Causeway: every edge', () => {
    const g = graphOf('dag { income -> {diet exercise} [beta=0.4] }');
    expect(edge(g, 'income -> diet').attrs).toEqual([['beta', '0.4']]);
    expect(edge(g, 'income -> exercise').attrs).toEqual([['beta', '0.4']]);
  });

  it('#2 strict — DAGitty: nodes "strict" and "dag"; Causeway: accepted and ignored with an info note', () => {
    const { graph, diagnostics } = accept('strict dag { diet -> weight }');
    expect(ids(graph)).toEqual(['diet', 'weight']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'info', line: 1, column: 1, token: 'strict' });
    expect(graphOf('STRICT pdag { a -- b }').type).toBe('pdag');
  });

  it('#3 header-less a -- b — DAGitty: one node with an empty id; Causeway: a dag body with a located error on --', () => {
    const { graph, diagnostics } = accept('a -- b');
    expect(edges(graph)).toEqual(['a -- b']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 3, token: '--' });
    expect(diagnostics[0].message).toContain('pdag, mag or graph header');
  });

  it('#3 header-less circle marks get the same kind of error, suggesting a pag header', () => {
    const { diagnostics } = accept('a @-> b');
    expect(diagnostics[0].message).toContain('pag header');
  });

  it('#4 header-less names only — DAGitty: a single empty-id node; Causeway: isolated nodes in a dag', () => {
    expect(ids(graphOf('a b'))).toEqual(['a', 'b']);
  });

  it('#5 quoted name and trailing text — DAGitty: swallowed into extra nodes; Causeway: name accepted, trailing text refused', () => {
    expect(ids(graphOf('dag "my name" { a }'))).toEqual(['a']);
    expect(refuse('dag { a } -> b')[0]).toMatchObject({ line: 1, column: 11, token: '->' });
  });

  it('#6 subgraph — DAGitty: nodes "subgraph" and "cluster"; Causeway: a located error; foo { } keeps the DAGitty reading', () => {
    const [e] = refuse('dag {\n subgraph cluster { a -> b } }');
    expect(e).toMatchObject({ message: 'Graphviz subgraphs are not supported; use { } groups', line: 2, column: 2 });
    refuse('dag { subgraph { a } }');
    expect(ids(graphOf('dag { foo { a -> b } }'))).toEqual(['foo', 'a', 'b']);
  });

  it('#7 unquoted pos=1,2 — DAGitty: a runtime type error; Causeway: a located syntax error', () => {
    expect(refuse('dag { x [pos=1,2] }')[0].message).toBe('pos needs a quoted "x,y" value');
  });

  it('#8 exposure=0 — DAGitty: still an exposure, silently; Causeway: still an exposure, with a warning', () => {
    const { graph, diagnostics } = accept('dag { x [exposure=0] }');
    expect(node(graph, 'x').roles).toEqual(['exposure']);
    expect(diagnostics[0].severity).toBe('warning');
  });

  it('#9 self-loops — DAGitty: accepted; Causeway: a located error', () => {
    expect(refuse('dag { x -> x }')[0]).toMatchObject({ line: 1, column: 9, token: '->' });
  });

  it('#10 cyclic dag and type-violating edges — DAGitty: silent; Causeway: kept, with located diagnostics', () => {
    const cyc = accept('dag {\n A -> B\n B -> C\n C -> A\n}');
    expect(edges(cyc.graph)).toHaveLength(3);
    expect(cyc.diagnostics).toEqual([
      { severity: 'error', message: 'cycle: A → B → C → A', line: 4, column: 4, token: '->' },
    ]);
    const kind = accept('dag { a -- b c -- d }');
    expect(kind.diagnostics).toHaveLength(1);
    expect(kind.diagnostics[0]).toMatchObject({ severity: 'error', line: 1, column: 9, token: '--' });
    expect(kind.diagnostics[0].message).toBe('undirected edge "--" needs a pdag, mag or graph header; it is not allowed in a dag (2 such edges)');
  });

  it('#11 edge labels — DAGitty: written encoded, read verbatim; Causeway: written encoded, decoded on import', () => {
    const text = serializeModelCode(graphOf('dag { smoking -> tar [label="via tar"] }'));
    expect(text).toContain('label="via%20tar"');
    expect(edge(graphOf(text), 'smoking -> tar').label).toBe('via tar');
  });

  it('#12 edge pos with x = 0 — DAGitty: dropped on output; Causeway: written', () => {
    expect(serializeModelCode(graphOf('dag { a -> b [pos="0,0.5"] }'))).toContain('a -> b [pos="0.000,0.500"]');
  });

  it('#13 unknown graph key=value — DAGitty: dropped; Causeway: kept with a warning', () => {
    const { graph, diagnostics } = accept('dag { rankdir=LR }');
    expect(graph.attrs).toEqual([['rankdir', 'LR']]);
    expect(diagnostics[0].severity).toBe('warning');
  });

  it('#15 empty attribute value — DAGitty: written as a bare key that reads back "1"; Causeway: written foo=""', () => {
    const text = serializeModelCode(graphOf('dag { x [foo=""] }'));
    expect(text).toContain('x [foo=""]');
    expect(node(graphOf(text), 'x').attrs).toEqual([['foo', '']]);
  });
});

describe('§2 type checks keep the graph', () => {
  it.each([
    ['dag', 'a -> b a <-> c', 0],
    ['dag', 'a @-> b', 1],
    ['pdag', 'a -> b b -- c a <-> c', 0],
    ['pdag', 'a @-@ b', 1],
    ['mag', 'a -> b b <-> c c -- d', 0],
    ['mag', 'a @-- b', 1],
    ['pag', 'a @-@ b b @-> c c @-- d d -> e e <-> f f -- g', 0],
    ['graph', 'a -- b', 0],
    ['graph', 'a -> b a <-> c', 2],
    ['digraph', 'a -> b b -> a a -- b a @-@ c', 0],
  ])('%s { %s } gives %d edge-kind diagnostics', (type, body, count) => {
    const r = parseModelCode(`${type} { ${body} }`);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.filter((d) => d.message.includes('needs'))).toHaveLength(count);
  });

  it('an undirected graph suggests a dag header for directed edges', () => {
    expect(accept('graph { a -> b }').diagnostics[0].message).toBe(
      'directed edge "->" needs a dag header; it is not allowed in an undirected graph',
    );
  });

  it('a pdag with a semicycle is reported; an acyclic chain graph is not', () => {
    expect(accept('pdag { a -> b b -- c c -- a }').diagnostics[0].message).toContain('semicycle');
    expect(accept('pdag { a -> b b -- c c -> d d -- a }').diagnostics[0].message).toContain('semicycle');
    expect(accept('pdag { a -> b b -- c a -> c c -> d }').diagnostics).toEqual([]);
  });

  it('a cyclic mag is reported; pag and digraph are not checked for cycles', () => {
    expect(accept('mag { a -> b b -> a }').diagnostics[0].message).toBe('cycle: a → b → a');
    expect(accept('pag { a -> b b -> a }').diagnostics).toEqual([]);
    expect(accept('digraph { a -> b b -> a }').diagnostics).toEqual([]);
  });
});
