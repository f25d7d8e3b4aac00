import { describe, expect, it } from 'vitest';
import { hasModelCodeHeader } from '../../../src/engine';
import { locateJsonError } from '../../../src/engine/io/json-locate';
import { accept, ids, refuse } from './helpers';

describe('header detection (§7.4 step 2)', () => {
  it.each([
    ['dag {', true],
    ['  ;DAG;{', true],
    ['dag{', true],
    ['dag X {', true],
    ['dag -x {', true],
    ['strict dag {', true],
    ['strict\n digraph "a \\" b" {', true],
    ['graph "x"{', true],
    ['dag x y {', false],
    ['dag -> x', false],
    ['daga {', false],
    ['strict{', false],
    ['strict {', false],
    ['dag "unterminated {', false],
    ['graph [bb="0,0,1,1"]', false],
    ['', false],
  ])('%j → %s', (text, expected) => {
    expect(hasModelCodeHeader(text)).toBe(expected);
  });

  it('dag x (no braces) is two nodes, as DAGitty reads it', () => {
    expect(ids(accept('dag x').graph)).toEqual(['dag', 'x']);
  });
});

describe('legacy reader refuses what model code cannot write', () => {
  it('an id decoding to a control character or a final backslash', () => {
    expect(refuse('a%0Ab 1\nc 1\n\n')[0].message).toContain('control character');
    expect(refuse('a%5C 1\nc 1\n\n')[0].message).toContain('backslash');
  });

  it('the reserved ids', () => {
    expect(refuse('graph 1\nc 1\n\ngraph c\n')[0]).toMatchObject({ line: 1, column: 1 });
  });

  it('raw control characters make the text not legacy at all', () => {
    expect(refuse('a\u0007 1\n\n')[0].message).toContain('control character');
  });
});

describe('JSON error locations', () => {
  it.each([
    ['{"a":}', 1, 6, 'unexpected "}"'],
    ['{"a":1', 1, 7, 'unexpected end'],
    ['{"a" 1}', 1, 6, 'expected ":"'],
    ['[1,]', 1, 4, 'unexpected "]"'],
    ['{"a":"\u0001"}', 1, 7, 'control character'],
    ['{\n  "a": tru }', 2, 8, 'unexpected "t"'],
    ['{"a":1} x', 1, 9, 'after the end'],
    ['{"a":"\\q"}', 1, 7, 'unknown escape'],
    ['{"a":"\\u12"}', 1, 7, 'malformed \\u escape'],
    ['{"a":-}', 1, 6, 'malformed number'],
    ['{a:1}', 1, 2, 'property name'],
    ['{"a":1 "b":2}', 1, 8, 'expected "," or "}"'],
    ['{"a":"x', 1, 6, 'unterminated string'],
  ])('%j → %i:%i %s', (text, line, column, words) => {
    expect(() => JSON.parse(text)).toThrow();
    const where = locateJsonError(text);
    expect(where).toMatchObject({ line, column });
    expect(where?.message).toContain(words);
  });

  it('valid JSON has no error location, however deeply nested', () => {
    expect(locateJsonError('{"a":[1,-2.5e3,true,false,null,{"b":"\\u00e9\\n"}],"c":{}}')).toBeNull();
    expect(locateJsonError(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });
});
