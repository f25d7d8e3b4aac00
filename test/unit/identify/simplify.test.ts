import { describe, expect, it } from 'vitest';
import { type Expr, P, compileExpr, exprToTex, frac, graphFromLists, indexGraph, prod, simplifyExpr, sum } from '../../../src/engine';
import { mulberry32 } from '../../support/random';
import { observedDistribution } from './support/numeric-check';
import { observedTables, randomBinaryScm } from './support/random-scm';

// A chain A -> B -> C with a confounded C <-> D; every rewrite below must keep the value.
const graph = graphFromLists({ directed: [['A', 'B'], ['B', 'C']], bidirected: [['C', 'D']] });
const ig = indexGraph(graph);

/** Both trees take the same value at every assignment of `free`, on a random distribution Markov to the graph. */
function expectSameValue(before: Expr, after: Expr, free: string[]) {
  const scm = randomBinaryScm(graph, mulberry32(11), 2);
  const dist = observedDistribution(scm, observedTables(scm, []).observational);
  const [f, g] = [compileExpr(before, dist), compileExpr(after, dist)];
  for (let code = 0; code < 1 << free.length; code++) {
    const assignment = Object.fromEntries(free.map((v, i) => [v, (code >> i) & 1]));
    expect(Math.abs(f(assignment).value - g(assignment).value)).toBeLessThan(1e-12);
  }
}

describe('simplifier', () => {
  it('marginalises a variable that only one term mentions', () => {
    const e = sum(['B'], prod([P(['A']), P(['B', 'C'], ['A'])]));
    expect(exprToTex(simplifyExpr(e, ig))).toBe('P(A, C)');
    expectSameValue(e, simplifyExpr(e, ig), ['A', 'C']);
  });
  it('joins factors by the chain rule', () => {
    // D <-> C <- B: D depends on B given C, so no conditioning variable can go.
    const e = prod([P(['D'], ['B', 'C']), P(['C'], ['B']), P(['B'])]);
    expect(exprToTex(simplifyExpr(e, ig))).toBe('P(B, C, D)');
    expectSameValue(e, simplifyExpr(e, ig), ['B', 'C', 'D']);
  });
  it('drops conditioning variables that d-separation shows irrelevant', () => {
    const e = P(['C'], ['A', 'B']);
    expect(exprToTex(simplifyExpr(e, ig))).toBe('P(C \\mid B)');
    expectSameValue(e, simplifyExpr(e, ig), ['A', 'B', 'C']);
    // C <-> D: D is not independent of C, so it stays.
    expect(exprToTex(simplifyExpr(P(['C'], ['B', 'D']), ig))).toBe('P(C \\mid B, D)');
  });
  it('divides marginals into conditionals, also through a sum', () => {
    expect(exprToTex(simplifyExpr(frac(P(['A', 'B']), P(['A'])), ig))).toBe('P(B \\mid A)');
    const e = frac(sum(['C'], prod([P(['A', 'C']), P(['D'], ['C'])])), P(['A']));
    expect(exprToTex(simplifyExpr(e, ig))).toBe('\\sum_{C} P(C \\mid A) P(D \\mid C)');
    expectSameValue(e, simplifyExpr(e, ig), ['A', 'D']);
  });
  it('moves sums inwards and keeps a sum over an absent variable (it multiplies by the number of values)', () => {
    const e = sum(['B', 'D'], prod([P(['A']), P(['C'], ['B']), P(['B'], ['A'])]));
    expect(exprToTex(simplifyExpr(e, ig))).toBe('\\sum_{D} \\sum_{B} P(A, B) P(C \\mid B)');
    expectSameValue(e, simplifyExpr(e, ig), ['A', 'C']);
  });
});
