import { describe, expect, it } from 'vitest';
import { type CausalGraph, InputError, graphFromLists, identify, latentProjection } from '../../../src/engine';
import { mulberry32, randomAdmg, randomInt } from '../../support/random';
import { bruteForceProjection } from './support/hedge-check';

const triangle = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { selected: [] } });

describe('identify: input errors', () => {
  it('refuses unknown ids, empty or overlapping sets, cycles and non-ADMG edges with InputError', () => {
    expect(() => identify(triangle, { y: ['Q'], x: ['X'] })).toThrow(InputError);
    expect(() => identify(triangle, { y: ['Q'], x: ['X'] })).toThrow(/unknown node "Q"/);
    expect(() => identify(triangle, { y: [], x: ['X'] })).toThrow(/y is empty/);
    expect(() => identify(triangle, { y: ['Y'], x: ['Y'] })).toThrow(/both y and x/);
    expect(() => identify(triangle, { y: ['Y'], x: ['X'], given: ['X'] })).toThrow(/both x and given/);
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A']] });
    expect(() => identify(cyclic, { y: ['A'], x: ['B'] })).toThrow(/has a cycle: A → B → C → A/);
    const undirected = graphFromLists({ directed: [['A', 'B']], undirected: [['B', 'C']] });
    expect(() => identify(undirected, { y: ['B'], x: ['A'] })).toThrow(InputError);
  });
  it('refuses latent nodes in the query and selected nodes as outcome or treatment', () => {
    const g = graphFromLists({ directed: [['U', 'X'], ['X', 'Y'], ['Y', 'S']], roles: { latent: ['U'], selected: ['S'] } });
    expect(() => identify(g, { y: ['Y'], x: ['U'] })).toThrow(/latent/);
    expect(() => identify(g, { y: ['Y'], x: ['X'], given: ['U'] })).toThrow(/latent/);
    expect(() => identify(g, { y: ['S'], x: ['X'] })).toThrow(/selected/);
  });
});

describe('identify: results', () => {
  it('conditions on selected nodes', () => {
    const g = graphFromLists({ directed: [['X', 'Y'], ['Y', 'S']], roles: { selected: ['S'] } });
    const result = identify(g, { y: ['Y'], x: ['X'] });
    expect(result.given).toEqual(['S']);
    expect(result.identifiable).toBe(true);
    expect(result.queryTex).toBe('P(Y \\mid \\mathrm{do}(X), S)');
  });
  it('returns raw and presented trees, strategy and steps with text', () => {
    const result = identify(triangle, { y: ['Y'], x: ['X'] });
    expect(result.strategy).toEqual({ kind: 'adjustment', set: ['Z'] });
    expect(result.steps.every((s) => typeof s.text === 'string' && s.text.length > 0)).toBe(true);
    const raw = identify(triangle, { y: ['Y'], x: ['X'] }, { simplify: false });
    expect(raw.expression).toEqual(raw.rawExpression);
    expect(raw.strategy).toEqual({ kind: 'id' });
  });
  it('shows P(y) when x has no causal path to y', () => {
    const g = graphFromLists({ directed: [['Y', 'X']], bidirected: [['X', 'Y']] });
    const result = identify(g, { y: ['Y'], x: ['X'] });
    expect(result.tex).toBe('P(Y)');
    expect(result.strategy).toEqual({ kind: 'id' });
  });
});

describe('latent projection', () => {
  const asPairs = (g: CausalGraph) => ({
    directed: g.edges.filter((e) => e.kind === '->').map((e) => `${e.from}->${e.to}`).sort(),
    bidirected: g.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to].sort().join('<->')).sort(),
  });
  it('matches path enumeration on 300 random graphs with latent nodes (seeds 1–300)', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const rng = mulberry32(seed);
      const base = randomAdmg(rng, { n: randomInt(rng, 2, 8), pDirected: 0.35, pBidirected: 0.1 });
      const latent = base.nodes.filter(() => rng() < 0.35).map((n) => n.id);
      const graph = { ...base, nodes: base.nodes.map((n) => (latent.includes(n.id) ? { ...n, roles: ['latent' as const] } : n)) };
      const brute = bruteForceProjection(graph);
      const expected = {
        directed: brute.nodes.flatMap((v) => [...brute.parents.get(v)!].map((p) => `${p}->${v}`)).sort(),
        bidirected: [...new Set(brute.nodes.flatMap((v) => [...brute.spouses.get(v)!].map((s) => [v, s].sort().join('<->'))))].sort(),
      };
      const projected = latentProjection(graph);
      expect(projected.nodes.map((n) => n.id)).toEqual(brute.nodes);
      expect(asPairs(projected), `seed ${seed}`).toEqual(expected);
    }
  });
});
