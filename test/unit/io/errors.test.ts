import { describe, expect, it } from 'vitest';
import { formatDiagnostic, parseModelCode } from '../../../src/engine';
import { accept, refuse } from './helpers';

describe('§10 located errors', () => {
  it('unexpected character: comments', () => {
    const [e] = refuse('dag {\n a -> b\n c -> d // why\n}');
    expect(formatDiagnostic(e)).toBe('3:9 unexpected "/" — comments are not supported in DAGitty model code');
    expect(e.token).toBe('//');
  });

  it('unterminated string', () => {
    const [e] = refuse('dag {\n    "abc\\"\n}');
    expect(formatDiagnostic(e)).toBe('2:5 unterminated string (a string cannot end with a backslash)');
  });

  it('unterminated string at the end of the text', () => {
    expect(formatDiagnostic(refuse('dag { "abc')[0])).toBe('1:7 unterminated string (a string cannot end with a backslash)');
  });

  it('control character in a string', () => {
    const [e] = refuse('dag {\n\n\n  a "x\ty" }');
    expect(formatDiagnostic(e)).toBe('4:7 tab or line break inside quotes; use \\ at the end of a line to continue it');
  });

  it('reserved id', () => {
    expect(formatDiagnostic(refuse('dag { graph -> a }')[0])).toBe("1:7 variables cannot be named 'graph' or 'node'; use the label attribute");
  });

  it('bad pos / bb', () => {
    expect(formatDiagnostic(refuse('dag {\n\n\n\n  a [pos="x"] }')[0])).toBe('5:10 pos needs a quoted "x,y" value');
    expect(formatDiagnostic(refuse('dag { bb="1,2" }')[0])).toBe('1:10 bb needs a quoted "x1,y1,x2,y2" value');
  });

  it('type violation keeps the graph', () => {
    const r = accept('dag {\n a\n b\n\n\n   a -- b }');
    expect(r.graph.edges).toHaveLength(1);
    expect(formatDiagnostic(r.diagnostics[0])).toBe(
      '6:6 undirected edge "--" needs a pdag, mag or graph header; it is not allowed in a dag',
    );
  });

  it('cycle in a dag', () => {
    expect(accept('dag { A -> B -> C -> A }').diagnostics[0].message).toBe('cycle: A → B → C → A');
  });

  it('legacy matrix size', () => {
    expect(refuse('a\nb\nc\nd\n\n0 0 0\n0 0 0\n0 0 0')[0].message).toBe('adjacency matrix is 3×3 but 4 vertices are declared');
  });

  it('several non-syntax errors are reported together, in text order', () => {
    const errors = refuse('dag { x -> x\n y [pos="1"]\n node }');
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [1, 9],
      [2, 9],
      [3, 2],
    ]);
  });

  it.each([
    ['dag { a', '1:8', 'missing "}"'],
    ['dag { a [exposure', '1:18', 'missing "]"'],
    ['dag { {a', '1:9', 'missing "}" for the "{" at line 1, column 7'],
    ['a }', '1:3', 'no "{" is open'],
    ['dag { a = }', '1:11', '"=" needs a value'],
    ['dag { a [= b] }', '1:10', 'in an attribute list'],
    ['dag { [x] }', '1:7', 'attribute list must follow'],
    ['dag { a - b }', '1:9', 'edges are written'],
    ['dag { a < b }', '1:9', 'edges are written'],
    ['dag { a @ b }', '1:9', 'edges are written'],
    ['dag { a\u0001 }', '1:8', 'control character'],
    ['dag { a ! }', '1:9', 'unexpected "!"'],
    ['dag { a\u00a0b }', '1:8', 'need quotes'],
    ['dag { a 😀 }', '1:9', 'need quotes'],
    ["dag x y { }", "1:7", "expected \"{\" after the graph name"],
    ['dag { } }', '1:9', 'nothing may follow'],
  ])('%j → %s %s', (text, where, words) => {
    const [e] = refuse(text);
    expect(`${e.line}:${e.column}`).toBe(where);
    expect(e.message).toContain(words);
  });

  it('the offending astral character is shown whole', () => {
    expect(refuse('dag { 😀 }')[0].token).toBe('😀');
  });

  it('groups nested too deep are a located error, not a stack overflow', () => {
    const deep = `dag { ${'{'.repeat(100_000)} }`;
    const [e] = refuse(deep);
    expect(e.message).toContain('nested more than 100 deep');
    expect([e.line, e.column]).toEqual([1, 107]);
    expect(parseModelCode(`dag { ${'{ a '.repeat(100)}${'}'.repeat(100)} }`).ok).toBe(true);
  });

  it('an error never comes with a graph, and never with a line or column below 1', () => {
    const r = parseModelCode('dag { x -> x }');
    expect(r.ok).toBe(false);
    expect('graph' in r).toBe(false);
  });

  it('a text over 5 MB is refused at 1:1', () => {
    expect(refuse('a '.repeat(3 * 1024 * 1024))[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('more than the node limit is a located error', () => {
    const many = Array.from({ length: 20_001 }, (_, i) => `n${i}`).join(' ');
    expect(refuse(many)[0].message).toContain('at most 20000 nodes');
  });

  it('non-string input does not throw', () => {
    expect(parseModelCode(undefined as unknown as string).ok).toBe(false);
  });
});
