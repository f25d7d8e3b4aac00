import { describe, expect, it } from 'vitest';
import { compileEquation, EquationError, equationSymbols } from '../../../src/engine/sim/expr';

const cols = {
  a: Float64Array.from([-2, -0.5, 0, 0.5, 3]),
  b: Float64Array.from([1, 2, 3, 4, 5]),
  eps: Float64Array.from([0.1, -0.1, 0, 0.2, -0.3]),
};
const env = (name: string) => cols[name as keyof typeof cols];

function rows(f: (a: number, b: number, eps: number) => number): number[] {
  return [...cols.a].map((_, i) => f(cols.a[i], cols.b[i], cols.eps[i]));
}

describe('custom equations compile to column kernels', () => {
  const cases: [string, (a: number, b: number, e: number) => number][] = [
    ['0.30 + 0.08*a + b*(0.08 + 0.04*step(a)) + eps', (a, b, e) => 0.3 + 0.08 * a + b * (0.08 + 0.04 * (a > 0 ? 1 : 0)) + e],
    ['-a^2 + b/2 - +eps', (a, b, e) => -(a ** 2) + b / 2 - e],
    ['exp(a) + log(b) + sqrt(b) + abs(a) + sin(a) + cos(b) + tanh(a)', (a, b) => Math.exp(a) + Math.log(b) + Math.sqrt(b) + Math.abs(a) + Math.sin(a) + Math.cos(b) + Math.tanh(a)],
    ['min(a, b, 0) + max(a, 1)', (a, b) => Math.min(a, b, 0) + Math.max(a, 1)],
    ['sigmoid(a) * 2', (a) => 2 / (1 + Math.exp(-a))],
    ['a > 0 ? b : -b', (a, b) => (a > 0 ? b : -b)],
    ['(a >= 0.5) + (a <= -0.5) + (b < 3)', (a, b) => (a >= 0.5 ? 1 : 0) + (a <= -0.5 ? 1 : 0) + (b < 3 ? 1 : 0)],
    ['2a + 3', (a) => 2 * a + 3],
    ['1.5', () => 1.5],
  ];
  for (const [text, f] of cases) {
    it(text, () => {
      const compiled = compileEquation(text);
      const got = [...compiled.evaluate(env, 5)];
      rows(f).forEach((want, i) => expect(got[i]).toBeCloseTo(want, 12));
    });
  }

  it('lists the symbols read, in first-use order, functions excluded', () => {
    expect(equationSymbols('b * step(a) + eps + a')).toEqual(['b', 'a', 'eps']);
    expect(equationSymbols('1 +')).toEqual([]);
  });
});

describe('the whitelist', () => {
  const bad: [string, RegExp, number | null][] = [
    ['foo(a)', /function "foo"/, 0],
    ['a = 3', /AssignmentNode/, 0],
    ['[1, 2]', /ArrayNode/, null],
    ['"text"', /constant/, 0],
    ['a mod 2', /operator "mod"/, 2],
    ['a == b', /operator "=="/, 2],
    ['a!', /operator "!"/, 1],
    ['a +', /Unexpected end/, 3],
    ['log(a, b)', /log with 2 arguments/, 0],
    ['f(x) = x', /FunctionAssignmentNode/, 0],
    ['a.b', /AccessorNode|not allowed/, 0],
  ];
  for (const [text, message, position] of bad) {
    it(`rejects ${text} with a located error`, () => {
      let error: unknown;
      try {
        compileEquation(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(EquationError);
      expect((error as EquationError).message).toMatch(message);
      expect((error as EquationError).message).toMatch(/^engine\/sim\/expr: /);
      if (position !== null) expect((error as EquationError).position).toBe(position);
    });
  }
});
