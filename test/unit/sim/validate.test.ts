import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine/graph/build';
import { defaultScm } from '../../../src/engine/sim/defaults';
import { expandForScm } from '../../../src/engine/sim/expand';
import type { NodeSpec, ScmSpec } from '../../../src/engine/sim/spec';
import { validateScm } from '../../../src/engine/sim/validate';
import { compileScm } from '../../../src/engine/sim/sample';

const graph = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
const lin = (id: string, coef: Record<string, number> = {}): NodeSpec => ({
  id, kind: 'continuous', eq: { type: 'linear', intercept: 0, coef, noise: { dist: 'normal', sd: 1 } },
});
const base = (nodes: NodeSpec[]): ScmSpec => ({ version: 1, seed: 1, n: 100, nodes, treatment: 'X', outcome: 'Y' });
const errors = (spec: ScmSpec, g = graph) => validateScm(spec, g).issues.filter((i) => i.severity === 'error').map((i) => i.message);
const warnings = (spec: ScmSpec, g = graph) => validateScm(spec, g).issues.filter((i) => i.severity === 'warning').map((i) => i.message);

describe('SCM validation against the graph', () => {
  const good = base([lin('Z'), lin('X', { Z: 1 }), lin('Y', { X: 1, Z: 1 })]);

  it('accepts a spec whose terms match the in-edges', () => {
    expect(validateScm(good, graph).ok).toBe(true);
    expect(validateScm(good, graph).issues).toEqual([]);
  });

  it('a term without an edge is an error; an edge without a term is a warning', () => {
    const spec = base([lin('Z'), lin('X', { Z: 1, Y: 0.2 }), lin('Y', { X: 1 })]);
    expect(errors(spec)).toEqual(['the equation of "X" uses "Y", but the graph has no edge Y → X']);
    expect(warnings(spec)).toEqual(['the edge Z → Y has no term in the equation of "Y" (a zero effect)']);
  });

  it('warns about a zero coefficient and reports missing and unknown nodes', () => {
    const spec = base([lin('X', { Z: 0 }), lin('Y', { X: 1, Z: 1 }), lin('W')]);
    expect(warnings(spec)).toContain('the coefficient of Z → X is 0 (a zero effect)');
    expect(errors(spec)).toEqual(['node "Z" has no equation', 'equation for "W", which is not a node of the graph']);
  });

  it('checks expression symbols against the parents and reports whitelist errors with a position', () => {
    const y: NodeSpec = { id: 'Y', kind: 'continuous', eq: { type: 'expr', expr: 'X + W + eps', noise: { dist: 'normal', sd: 1 }, output: 'continuous' } };
    expect(errors(base([lin('Z'), lin('X', { Z: 1 }), y]))).toEqual(['the equation of "Y" uses "W", but the graph has no edge W → Y']);
    const bad: NodeSpec = { id: 'Y', kind: 'continuous', eq: { type: 'expr', expr: 'X + Z + foo(X)', noise: { dist: 'normal', sd: 1 }, output: 'continuous' } };
    const issue = validateScm(base([lin('Z'), lin('X', { Z: 1 }), bad]), graph).issues.find((i) => i.severity === 'error');
    expect(issue?.message).toMatch(/function "foo"/);
    expect(issue?.position).toBe(8);
  });

  it('checks kinds, noise laws, probabilities and CPTs', () => {
    const binaryLinear: NodeSpec = { id: 'X', kind: 'binary', eq: { type: 'linear', intercept: 0, coef: { Z: 1 }, noise: { dist: 'normal', sd: 1 } } };
    expect(errors(base([lin('Z'), binaryLinear, lin('Y', { X: 1, Z: 1 })]))[0]).toMatch(/a binary node needs/);
    const nonRootBernoulli: NodeSpec = { id: 'X', kind: 'binary', eq: { type: 'linear', intercept: 0, coef: { Z: 1 }, noise: { dist: 'bernoulli', p: 0.5 } } };
    expect(errors(base([lin('Z'), nonRootBernoulli, lin('Y', { X: 1, Z: 1 })]))).toContain('X: Bernoulli and categorical noise are for root nodes only');
    const negativeSd: NodeSpec = { id: 'Z', kind: 'continuous', eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'normal', sd: -1 } } };
    expect(errors(base([negativeSd, lin('X', { Z: 1 }), lin('Y', { X: 1, Z: 1 })]))).toEqual(['Z: a normal noise SD must be a finite number ≥ 0']);
    const zBin: NodeSpec = { id: 'Z', kind: 'binary', eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'bernoulli', p: 0.3 } } };
    const cpt: NodeSpec = { id: 'X', kind: 'binary', eq: { type: 'cpt', parents: ['Z'], states: 2, table: { '0': [0.2, 0.8] } } };
    expect(errors(base([zBin, cpt, lin('Y', { X: 1, Z: 1 })]))).toEqual(['X: the CPT has no row for parent configuration "1"']);
    const cptBad: NodeSpec = { id: 'X', kind: 'binary', eq: { type: 'cpt', parents: ['Z'], states: 2, table: { '0': [0.2, 0.8], '1': [0.5, 0.6] } } };
    expect(errors(base([zBin, cptBad, lin('Y', { X: 1, Z: 1 })]))).toEqual(['X: the CPT row "1" must be 2 probabilities summing to 1']);
    const cptOnContinuous: NodeSpec = { id: 'X', kind: 'binary', eq: { type: 'cpt', parents: ['Z'], states: 2, table: {} } };
    expect(errors(base([lin('Z'), cptOnContinuous, lin('Y', { X: 1, Z: 1 })]))).toEqual(['X: CPT parents must be discrete: Z']);
  });

  it('refuses a latent treatment, a latent flag that disagrees with the graph, and a cyclic spec', () => {
    const g = graphFromLists({ directed: [['U', 'X'], ['X', 'Y'], ['U', 'Y']], roles: { latent: ['U'] } });
    const spec = base([lin('U'), lin('X', { U: 1 }), lin('Y', { X: 1, U: 1 })]);
    expect(errors(spec, g)).toEqual(['"U" is latent in the graph, so its spec needs latent: true']);
    const cyclic = base([lin('X', { Y: 1 }), lin('Y', { X: 1 })]);
    expect(validateScm(cyclic).ok).toBe(false);
    expect(validateScm(cyclic).issues[0].message).toMatch(/^engine\/sim: the graph has a directed cycle/);
    const latentT = { ...base([{ ...lin('X'), latent: true }, lin('Y', { X: 1 })]) };
    expect(validateScm(latentT).issues.map((i) => i.message)).toContain('the treatment "X" is latent');
    expect(() => compileScm(cyclic)).toThrow(/engine\/sim: invalid SCM/);
  });
});

describe('bidirected edges become explicit latents', () => {
  it('adds L_a_b with edges into both ends, and the default SCM on it validates', () => {
    const g = graphFromLists({ directed: [['X', 'Y']], bidirected: [['Y', 'X'], ['X', 'L_X_Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const expansion = expandForScm(g);
    expect(expansion.ok).toBe(true);
    if (!expansion.ok) return;
    // The id L_X_Y is taken by a drawn node, so the latent for X <-> Y gets a fresh id.
    expect([...expansion.graph.bidirectedLatents.entries()]).toEqual([
      ['L_X_Y_', ['X', 'Y']],
      ['L_L_X_Y_X', ['L_X_Y', 'X']],
    ]);
    expect(expansion.graph.parents.get('Y')).toEqual(['X', 'L_X_Y_']);
    const spec = defaultScm(g);
    const check = validateScm(spec, g);
    expect(check.issues).toEqual([]);
    const x = spec.nodes.find((n) => n.id === 'X')!;
    expect(x.kind).toBe('binary');
    expect(x.eq).toEqual({ type: 'logistic', intercept: 0, coef: { L_X_Y_: Math.sqrt(0.5), L_L_X_Y_X: Math.sqrt(0.5) } });
    expect(spec.nodes.find((n) => n.id === 'L_X_Y_')!.latent).toBe(true);
  });

  it('refuses undirected edges and cycles', () => {
    expect(expandForScm(graphFromLists({ undirected: [['A', 'B']] })).ok).toBe(false);
    expect(expandForScm(graphFromLists({ directed: [['A', 'B'], ['B', 'A']] })).ok).toBe(false);
  });

  it('round-trips the spec through JSON', () => {
    const spec = defaultScm(graph, { seed: 9, n: 123 });
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    expect(validateScm(JSON.parse(JSON.stringify(spec)), graph).ok).toBe(true);
  });
});
