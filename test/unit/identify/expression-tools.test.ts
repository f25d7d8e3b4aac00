import katex from 'katex';
import { describe, expect, it } from 'vitest';
import {
  P,
  canonicalExpr,
  constant,
  distributionFromCounts,
  distributionFromTable,
  evaluate,
  evaluateExpr,
  exprKey,
  exprToTex,
  frac,
  freeVariables,
  mentionedVariables,
  prod,
  sameExpr,
  sum,
  texVariable,
} from '../../../src/engine';

const frontdoor = sum(['Z'], prod([P(['Z'], ['X']), sum(['X'], prod([P(['Y'], ['X', 'Z']), P(['X'])]))]));

describe('TeX printer', () => {
  it('parenthesises a sum inside a product and primes a shadowing bound variable', () => {
    expect(exprToTex(frontdoor)).toBe('\\sum_{Z} P(Z \\mid X) \\left(\\sum_{X\'} P(Y \\mid X\', Z) P(X\')\\right)');
  });
  it('prints the adjustment formula without extra parentheses', () => {
    expect(exprToTex(sum(['Z'], prod([P(['Y'], ['X', 'Z']), P(['Z'])])))).toBe('\\sum_{Z} P(Y \\mid X, Z) P(Z)');
  });
  it('prints fractions, constants and empty terms', () => {
    expect(exprToTex(frac(P(['Y', 'X']), P(['X'])))).toBe('\\frac{P(Y, X)}{P(X)}');
    expect(exprToTex(prod([P(['A']), constant(2)]))).toBe('P(A) \\cdot 2');
    expect(exprToTex(P([], ['A']))).toBe('1');
  });
  it('primes again under a second shadowing sum, and not for sibling sums', () => {
    const nested = sum(['X'], prod([P(['X']), sum(['X'], P(['X'], ['Y']))]));
    expect(exprToTex(prod([P(['X']), nested]))).toBe("P(X) \\left(\\sum_{X'} P(X') \\left(\\sum_{X''} P(X'' \\mid Y)\\right)\\right)");
    expect(exprToTex(prod([sum(['A'], P(['A'])), sum(['A'], P(['A']))]))).toBe('\\left(\\sum_{A} P(A)\\right) \\left(\\sum_{A} P(A)\\right)');
  });
  it('names variables safely', () => {
    expect(texVariable('X')).toBe('X');
    expect(texVariable('v12')).toBe('v_{12}');
    expect(texVariable('x_3')).toBe('x_{3}');
    expect(texVariable('smoking')).toBe('\\mathit{smoking}');
    expect(texVariable('age group_{1}&$')).toBe('\\textit{age group\\_\\{1\\}\\&\\$}');
    expect(texVariable('a\\b')).toBe('\\textit{a\\textbackslash{}b}');
  });
  it('renders every kind of name in KaTeX, italic like a one-letter variable', () => {
    for (const id of ['engagement', 'prior_activity', 'age group_{1}&$', 'a\\b', '<img src=x>', 'x%y#z~^']) {
      const html = katex.renderToString(texVariable(id), { throwOnError: true });
      expect(html, id).toMatch(/class="mord (mathit|textit)"/);
      expect(html, id).not.toContain('<img');
    }
  });
});

describe('free variables and canonical form', () => {
  it('respects sum scope and shadowing', () => {
    expect(freeVariables(frontdoor)).toEqual(['X', 'Y']);
    expect(mentionedVariables(frontdoor)).toEqual(['X', 'Y', 'Z']);
    expect(freeVariables(frac(sum(['Y'], P(['Y'], ['W'])), P(['Q'])))).toEqual(['Q', 'W']);
  });
  it('identifies trees that differ only in order, nesting and neutral factors', () => {
    const a = prod([P(['B', 'A'], ['D', 'C']), prod([constant(1), sum(['Z'], sum(['W'], P(['W', 'Z'])))])]);
    const b = prod([sum(['W', 'Z'], P(['Z', 'W'])), P(['A', 'B'], ['C', 'D'])]);
    expect(sameExpr(a, b)).toBe(true);
    expect(exprKey(a)).toBe(exprKey(canonicalExpr(b)));
    expect(sameExpr(P(['A'], ['B']), P(['B'], ['A']))).toBe(false);
    // Overlapping nested sums are not merged: Σ_A Σ_A e ≠ Σ_A e.
    expect(canonicalExpr(sum(['A'], sum(['A'], P(['A']))))).toEqual(sum(['A'], sum(['A'], P(['A']))));
  });
});

describe('evaluator', () => {
  // X, Y binary; P(X=1) = 0.4; P(Y=1 | X=0) = 0.25, P(Y=1 | X=1) = 0.5. Index = x + 2y.
  const joint = distributionFromTable(['X', 'Y'], [2, 2], [0.6 * 0.75, 0.4 * 0.5, 0.6 * 0.25, 0.4 * 0.5]);
  it('computes marginals, conditionals, products and fractions exactly', () => {
    expect(evaluate(P(['Y'], ['X']), joint, { X: 0, Y: 1 })).toBeCloseTo(0.25, 15);
    expect(evaluate(P(['X']), joint, { X: 1 })).toBeCloseTo(0.4, 15);
    expect(evaluate(frac(P(['X', 'Y']), P(['X'])), joint, { X: 1, Y: 1 })).toBeCloseTo(0.5, 15);
    expect(evaluate(sum(['X'], prod([P(['Y'], ['X']), P(['X'])])), joint, { Y: 1 })).toBeCloseTo(0.6 * 0.25 + 0.4 * 0.5, 15);
  });
  it('lets a sum shadow an assigned variable', () => {
    expect(evaluate(prod([P(['X']), sum(['X'], P(['X']))]), joint, { X: 0 })).toBeCloseTo(0.6, 15);
  });
  it('reads a table of counts as the empirical distribution', () => {
    const data = distributionFromCounts(['A', 'B'], [2, 3], [[0, 0], [0, 2], [1, 2], [1, 2]]);
    expect(evaluate(P(['B'], ['A']), data, { A: 1, B: 2 })).toBe(1);
    expect(evaluate(P(['A']), data, { A: 0 })).toBe(0.5);
  });
  it('returns NaN and flags a zero denominator', () => {
    const data = distributionFromCounts(['A', 'B'], [2, 2], [[0, 0], [0, 1]]);
    const result = evaluateExpr(P(['B'], ['A']), data, { A: 1, B: 0 });
    expect(result.zeroDenominator).toBe(true);
    expect(result.value).toBeNaN();
    expect(evaluateExpr(P(['B'], ['A']), data, { A: 0, B: 0 })).toEqual({ value: 0.5, zeroDenominator: false });
  });
  it('refuses unknown variables, missing values and bad tables', () => {
    expect(() => evaluate(P(['Q']), joint, { Q: 0 })).toThrow(/"Q" is not in the distribution/);
    expect(() => evaluate(P(['X']), joint, {})).toThrow(/"X" has no value/);
    expect(() => evaluate(P(['X']), joint, { X: 2 })).toThrow(/out of range/);
    expect(() => distributionFromTable(['X'], [2], [1])).toThrow(/expected 2 weights/);
    expect(() => distributionFromCounts(['X'], [2], [[3]])).toThrow(/row 0/);
  });
});
