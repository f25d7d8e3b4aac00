import { describe, expect, it } from 'vitest';
import { GRAPH_TYPES } from '../../../src/engine';
import { accept, edge, edges, graphOf, ids, node, refuse } from './helpers';

describe('§2 document shape and graph types', () => {
  it.each(GRAPH_TYPES)('reads the %s type, case-insensitively, and keeps it in lower case', (type) => {
    expect(graphOf(`${type} { a }`).type).toBe(type);
    expect(graphOf(`${type.toUpperCase()} { a }`).type).toBe(type);
    expect(graphOf(`${type[0].toUpperCase()}${type.slice(1)} { a }`).type).toBe(type);
  });

  it('reads an optional plain-word name', () => {
    expect(graphOf('dag Smoking { a }').name).toBe('Smoking');
    expect(graphOf('dag { a }').name).toBeUndefined();
    expect(graphOf('dag Smoking{a}').name).toBe('Smoking');
  });

  it('refuses text after the closing brace', () => {
    const [e] = refuse('dag { a } b');
    expect([e.line, e.column, e.token]).toEqual([1, 11, 'b']);
  });

  it('an empty graph has no nodes and no edges', () => {
    const g = graphOf('dag { }');
    expect(g.nodes).toEqual([]);
    expect(g.edges).toEqual([]);
  });
});

describe('§3 identifiers and strings', () => {
  it('bare words: letters, digits, underscore, dot, one leading hyphen', () => {
    expect(ids(graphOf('dag { x X1 age_2 a.b 7 3.5 .5 -0.3 }'))).toEqual(['x', 'X1', 'age_2', 'a.b', '7', '3.5', '.5', '-0.3']);
  });

  it('a-b is read as a and -b, with a warning', () => {
    const { graph, diagnostics } = accept('dag { a-b }');
    expect(ids(graph)).toEqual(['a', '-b']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 1, column: 7, token: 'a-b' });
    expect(diagnostics[0].message).toContain('two names');
  });

  it('letters outside ASCII need quotes', () => {
    const [e] = refuse('dag { é }');
    expect(e).toMatchObject({ line: 1, column: 7, token: 'é' });
    expect(e.message).toContain('need quotes');
    expect(ids(graphOf('dag { "é" "β" }'))).toEqual(['é', 'β']);
  });

  it('quoted strings hold any printable characters', () => {
    expect(ids(graphOf('dag { "smoking status" "a,b;c{d}[e]=f" }'))).toEqual(['smoking status', 'a,b;c{d}[e]=f']);
  });

  it('\\" is a literal quote', () => {
    expect(ids(graphOf('dag { "Dr. \\"Who\\"" }'))).toEqual(['Dr. "Who"']);
  });

  it('backslash + line break is a line continuation (LF and CRLF)', () => {
    expect(ids(graphOf('dag { "long \\\nname" }'))).toEqual(['long name']);
    expect(ids(graphOf('dag { "long \\\r\nname" }'))).toEqual(['long name']);
  });

  it('a backslash before a lone carriage return continues the string without starting a new line (fuzz regression)', () => {
    expect(ids(graphOf('dag { "a\\\rb" }'))).toEqual(['ab']);
    expect(refuse('dag { "a\\\rb" % }')[0]).toMatchObject({ line: 1, column: 14 });
  });

  it('a line continuation moves later locations to the next line', () => {
    const [e] = refuse('dag { "a\\\nb" / }');
    expect([e.line, e.column]).toEqual([2, 4]);
  });

  it('any other backslash is literal: \\n stays two characters', () => {
    expect(ids(graphOf('dag { "a\\nb" "c\\\\d" }'))).toEqual(['a\\nb', 'c\\\\d']);
  });

  it('a raw tab or newline inside quotes is an error', () => {
    const [tab] = refuse('dag { "a\tb" }');
    expect([tab.line, tab.column]).toEqual([1, 9]);
    expect(tab.message).toContain('tab or line break inside quotes');
    const [nl] = refuse('dag {\n "a\nb" }');
    expect([nl.line, nl.column]).toEqual([2, 4]);
  });

  it('other control characters inside quotes are errors', () => {
    const [e] = refuse('dag { "a\u0007b" }');
    expect(e.message).toContain('control character');
    expect(e.message).toContain('U+0007');
  });

  it('"" is the empty id', () => {
    expect(ids(graphOf('dag { "" -> a }'))).toEqual(['', 'a']);
  });

  it('"abc" + "def" concatenates, with any number of parts', () => {
    expect(ids(graphOf('dag { "abc" + "def" "x" + "y" + "z" }'))).toEqual(['abcdef', 'xyz']);
    expect(edges(graphOf('dag { "a" + "b" -> c }'))).toEqual(['ab -> c']);
  });

  it('+ must join quoted strings', () => {
    const [e] = refuse('dag { "a" + b }');
    expect(e.token).toBe('b');
    refuse('dag { a + b }');
  });

  it('a string cannot end in a backslash: it escapes the closing quote', () => {
    const [e] = refuse('dag { "a\\" }');
    expect(e.message).toContain('unterminated string');
    expect([e.line, e.column]).toEqual([1, 7]);
  });

  it("reserved ids 'graph' and 'node' are refused, bare or quoted", () => {
    for (const text of ['dag { graph }', 'dag { node }', 'dag { node [exposure] }', 'dag { a -> "graph" }']) {
      const [e] = refuse(text);
      expect(e.message).toBe("variables cannot be named 'graph' or 'node'; use the label attribute");
    }
  });
});

describe('§4 whitespace and separators', () => {
  it('statements need no separator; semicolons are whitespace', () => {
    const expected = edges(graphOf('dag {\nage -> diet\nsex -> diet\n}'));
    expect(edges(graphOf('dag { age -> diet sex -> diet }'))).toEqual(expected);
    expect(edges(graphOf('dag { age -> diet; sex -> diet; }'))).toEqual(expected);
    expect(edges(graphOf('dag;{;age;->;diet;;sex->diet};'))).toEqual(expected);
  });

  it('attribute items may be separated by commas, semicolons or whitespace', () => {
    for (const sep of [',', ';', ' ', ' , ']) {
      expect(node(graphOf(`dag { x [exposure${sep}latent${sep}beta=2] }`), 'x')).toMatchObject({
        roles: ['exposure', 'latent'],
        attrs: [['beta', '2']],
      });
    }
  });

  it.each([
    ['//', 'dag { a // note\n}'],
    ['/*', 'dag { a /* note */ }'],
    ['#', 'dag { a # note\n}'],
  ])('%s comments are located errors', (token, text) => {
    const [e] = refuse(text);
    expect(e.message).toContain('comments are not supported');
    expect([e.line, e.column, e.token]).toEqual([1, 9, token]);
  });
});

describe('§5 node statements and attributes', () => {
  it('a node statement with attributes, and nodes created by edges', () => {
    const g = graphOf('dag { "smoking status" [exposure, pos="0.2,0.5"] a -> b }');
    expect(ids(g)).toEqual(['smoking status', 'a', 'b']);
    expect(node(g, 'smoking status')).toMatchObject({ roles: ['exposure'], pos: { x: 0.2, y: 0.5 } });
  });

  it('repeated node statements merge: roles accumulate, later values overwrite', () => {
    const g = graphOf('dag { x [exposure, pos="1,2", label="one", k=1] x [latent, pos="3,4", label="two", k=2, j=3] }');
    expect(g.nodes).toHaveLength(1);
    expect(node(g, 'x')).toEqual({ id: 'x', roles: ['exposure', 'latent'], pos: { x: 3, y: 4 }, label: 'two', attrs: [['k', '2'], ['j', '3']] });
  });

  it('repeated edge statements merge into one edge', () => {
    const g = graphOf('dag { a -> b [label="x"] a -> b [beta=1] }');
    expect(g.edges).toEqual([{ from: 'a', to: 'b', kind: '->', label: 'x', attrs: [['beta', '1']] }]);
  });

  it('key=value with whitespace around =, and a bare key means "1"', () => {
    expect(node(graphOf('dag { x [ k = v , flag ] }'), 'x').attrs).toEqual([['k', 'v'], ['flag', '1']]);
  });

  it('unquoted pos=1,2 parses as pos=1 plus a key 2, which is a bad pos', () => {
    const [e] = refuse('dag { x [pos=1,2] }');
    expect(e).toMatchObject({ message: 'pos needs a quoted "x,y" value', line: 1, column: 14, token: '1' });
  });

  it.each([
    ['exposure', 'exposure'],
    ['e', 'exposure'],
    ['source', 'exposure'],
    ['outcome', 'outcome'],
    ['o', 'outcome'],
    ['target', 'outcome'],
    ['adjusted', 'adjusted'],
    ['a', 'adjusted'],
    ['latent', 'latent'],
    ['l', 'latent'],
    ['unobserved', 'latent'],
    ['u', 'latent'],
    ['selected', 'selected'],
    ['s', 'selected'],
  ])('role keyword %s sets %s', (keyword, role) => {
    const { graph, diagnostics } = accept(`dag { x [${keyword}] }`);
    expect(node(graph, 'x').roles).toEqual([role]);
    expect(node(graph, 'x').attrs).toBeUndefined();
    expect(diagnostics).toEqual([]);
  });

  it('several roles combine on one node, stored in the fixed order', () => {
    expect(node(graphOf('dag { x [selected, latent, outcome, exposure, adjusted] }'), 'x').roles).toEqual([
      'exposure',
      'outcome',
      'adjusted',
      'latent',
      'selected',
    ]);
  });

  it('multiple exposures and outcomes are allowed', () => {
    const g = graphOf('dag { x1 [exposure] x2 [exposure] y1 [outcome] y2 [outcome] }');
    expect(g.nodes.filter((n) => n.roles.includes('exposure'))).toHaveLength(2);
    expect(g.nodes.filter((n) => n.roles.includes('outcome'))).toHaveLength(2);
  });

  it('exposure=1 and exposure=true are quiet; other values still set the role, with a warning', () => {
    expect(accept('dag { x [exposure=1] y [outcome=true] }').diagnostics).toEqual([]);
    const { graph, diagnostics } = accept('dag { x [exposure=0] }');
    expect(node(graph, 'x').roles).toEqual(['exposure']);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ severity: 'warning', line: 1, column: 19, token: '0' });
  });

  it('pos allows whitespace around each number and ignores extra numbers', () => {
    expect(node(graphOf('dag { x [pos=" 1.5 , .25 "] }'), 'x').pos).toEqual({ x: 1.5, y: 0.25 });
    expect(node(graphOf('dag { x [pos="1,2,3"] }'), 'x').pos).toEqual({ x: 1, y: 2 });
    expect(node(graphOf('dag { x [pos="-1e2,+3."] }'), 'x').pos).toEqual({ x: -100, y: 3 });
  });

  it.each(['"1"', '"a,b"', '"1,"', '""', '"1;2"', '"Infinity,1"', '"1e999,0"'])('pos=%s is a located error', (value) => {
    const [e] = refuse(`dag {\n  x [pos=${value}] }`);
    expect(e).toMatchObject({ message: 'pos needs a quoted "x,y" value', line: 2, column: 10 });
  });

  it('a bare pos key is a located error', () => {
    expect(refuse('dag { x [pos] }')[0]).toMatchObject({ line: 1, column: 10, token: 'pos' });
  });

  it('label and unknown attributes are kept, unknown ones in insertion order', () => {
    const n = node(graphOf('dag { x [eps=0.5, label="Body mass", zeta="b", alpha=1] }'), 'x');
    expect(n.label).toBe('Body mass');
    expect(n.attrs).toEqual([['eps', '0.5'], ['zeta', 'b'], ['alpha', '1']]);
  });

  it('graph attribute bb as a statement or as graph [ ]', () => {
    expect(graphOf('dag { bb="0,0,1,1" a }').bb).toEqual([0, 0, 1, 1]);
    expect(graphOf('dag { graph [bb="-1.5, 0, 2, 3.25"] a }').bb).toEqual([-1.5, 0, 2, 3.25]);
    expect(ids(graphOf('dag { bb="0,0,1,1" a }'))).toEqual(['a']);
  });

  it('a bad bb is a located error', () => {
    expect(refuse('dag { bb="0,0,1" }')[0]).toMatchObject({ message: 'bb needs a quoted "x1,y1,x2,y2" value', column: 10 });
    expect(refuse('dag { graph [bb=1] }')[0].message).toBe('bb needs a quoted "x1,y1,x2,y2" value');
  });

  it('unknown graph attributes: DAGitty drops them silently; Causeway keeps them with a warning', () => {
    const { graph, diagnostics } = accept('dag { rankdir=LR graph [splines=true] a }');
    expect(graph.attrs).toEqual([['rankdir', 'LR'], ['splines', 'true']]);
    expect(diagnostics.map((d) => [d.severity, d.line, d.column, d.token])).toEqual([
      ['warning', 1, 7, 'rankdir'],
      ['warning', 1, 25, 'splines'],
    ]);
    expect(diagnostics[0].message).toContain('ignored by DAGitty');
  });
});

describe('§6 edge statements', () => {
  it.each([
    ['a -> b', 'a -> b'],
    ['a <- b', 'b -> a'],
    ['a <-> b', 'a <-> b'],
    ['b <-> a', 'a <-> b'],
    ['a -- b', 'a -- b'],
    ['a @-@ b', 'a @-@ b'],
    ['a @-> b', 'a @-> b'],
    ['a <-@ b', 'b @-> a'],
    ['a @-- b', 'a @-- b'],
    ['a --@ b', 'b @-- a'],
  ])('%s is stored as %s', (text, stored) => {
    expect(edges(graphOf(`pag { ${text} }`))).toEqual([stored]);
  });

  it('operators bind greedily and need no spaces', () => {
    expect(edges(graphOf('pag { a<->b c--@d e<-@f g->h }'))).toEqual(['a <-> b', 'd @-- c', 'f @-> e', 'g -> h']);
  });

  it('->-1.5 is an edge to the node -1.5', () => {
    expect(edges(graphOf('dag { a->-1.5 }'))).toEqual(['a -> -1.5']);
  });

  it('edges of different kinds between one pair coexist; a -> b and b -> a are two edges', () => {
    expect(edges(graphOf('dag { x -> y x <-> y }'))).toEqual(['x -> y', 'x <-> y']);
    expect(edges(graphOf('digraph { a -> b b -> a }'))).toEqual(['a -> b', 'b -> a']);
  });

  it('symmetric edges written both ways are one edge', () => {
    expect(edges(graphOf('pdag { a -- b b -- a b <-> a }'))).toEqual(['a -- b', 'a <-> b']);
  });

  it('chains: each operator connects its neighbours', () => {
    expect(edges(graphOf('pdag { diet -> weight <- genes -- age }'))).toEqual(['diet -> weight', 'genes -> weight', 'age -- genes']);
  });

  it('groups as operands', () => {
    expect(edges(graphOf('dag { income -> {diet exercise} }'))).toEqual(['income -> diet', 'income -> exercise']);
    expect(edges(graphOf('dag { {age sex} -> {diet weight} }'))).toEqual(['age -> diet', 'age -> weight', 'sex -> diet', 'sex -> weight']);
  });

  it('nested groups: inner statements first, then every node inside at any depth', () => {
    expect(edges(graphOf('dag { w -> {x -> {y -> z}} }'))).toEqual(['y -> z', 'x -> y', 'x -> z', 'w -> x', 'w -> y', 'w -> z']);
  });

  it('a group of node statements creates no edges', () => {
    const g = graphOf('dag { {x [exposure] y [outcome]} }');
    expect(g.edges).toEqual([]);
    expect(g.nodes.map((n) => n.roles)).toEqual([['exposure'], ['outcome']]);
  });

  it('an identifier directly before a group is a separate node statement', () => {
    const g = graphOf('dag { foo { a b } }');
    expect(ids(g)).toEqual(['foo', 'a', 'b']);
    expect(g.edges).toEqual([]);
  });

  it('edge attributes: pos is the control point, label, anything else kept', () => {
    const e = edge(graphOf('dag { x -> y [pos="0.5,0.25", beta=0.3, label="via"] }'), 'x -> y');
    expect(e).toEqual({ from: 'x', to: 'y', kind: '->', pos: { x: 0.5, y: 0.25 }, label: 'via', attrs: [['beta', '0.3']] });
  });

  it('edge labels are URI-decoded on import', () => {
    expect(edge(graphOf('dag { x -> y [label="via%20tar"] }'), 'x -> y').label).toBe('via tar');
    expect(edge(graphOf('dag { x -> y [label="100%"] }'), 'x -> y').label).toBe('100%');
  });

  it('node labels are not URI-decoded', () => {
    expect(node(graphOf('dag { x [label="a%20b"] }'), 'x').label).toBe('a%20b');
  });

  it('an attribute list applies to every edge of a chain', () => {
    const g = graphOf('dag { a -> b -> c [beta=2] }');
    expect(g.edges.map((e) => e.attrs)).toEqual([[['beta', '2']], [['beta', '2']]]);
  });

  it('an attribute list after an edge statement does not reach edges made by statements inside its groups', () => {
    const g = graphOf('dag { w -> {x -> y} [beta=1] }');
    expect(edge(g, 'x -> y').attrs).toBeUndefined();
    expect(edge(g, 'w -> x').attrs).toEqual([['beta', '1']]);
  });

  it('self-loops are located errors', () => {
    for (const text of ['dag { x -> x }', 'dag { x <-> x }', 'dag { {a x} -> {x b} }']) {
      const [e] = refuse(text);
      expect(e.message).toContain('self-loop on "x"');
      expect(e.token).toMatch(/->|<->/);
    }
  });

  it('an operator needs operands on both sides', () => {
    expect(refuse('dag { -> b }')[0]).toMatchObject({ column: 7, token: '->' });
    expect(refuse('dag { a -> }')[0]).toMatchObject({ column: 12, token: '}' });
    expect(refuse('dag { a -> [x] }')[0]).toMatchObject({ column: 12, token: '[' });
  });

  it('an attribute list after a lone group is an error', () => {
    expect(refuse('dag { {a b} [exposure] }')[0].message).toContain('nothing to apply to');
  });
});

describe('warning volume', () => {
  it('a-b warnings stop at 20 so a long text does not drown the panel', () => {
    const { graph, diagnostics } = accept(`dag { ${'a-b '.repeat(50)} }`);
    expect(ids(graph)).toEqual(['a', '-b']);
    expect(diagnostics).toHaveLength(20);
  });
});
