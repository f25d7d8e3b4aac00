/**
 * Simulator truth-engine properties (SIMULATOR.md §7.6) on seeded random graphs:
 * closed form = path-product enumeration; exact enumeration = MC-CRN; do() leaves non-descendants
 * bit-identical; editing one equation reshuffles no other node; the identification formula on the
 * exact observational joint equals the do() truth (the exact-joint test).
 */
import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../src/engine/graph/build';
import type { CausalGraph } from '../../src/engine/graph/types';
import { identify } from '../../src/engine/identify/identify';
import { frontdoorFormula } from '../../src/engine/sim/estimators/frontdoor';
import { pluginContrast } from '../../src/engine/sim/estimators/plugin';
import { expandForScm } from '../../src/engine/sim/expand';
import { exactJoint } from '../../src/engine/sim/joint';
import { getSimPreset } from '../../src/engine/sim/presets';
import { compileScm, drawNoise, evaluateScm } from '../../src/engine/sim/sample';
import type { NodeSpec, ScmSpec } from '../../src/engine/sim/spec';
import { computeTruth, linearTotalEffect, scmDescendants } from '../../src/engine/sim/truth';
import { mulberry32, randomAdmg, type Rng } from '../support/random';

/** Coefficients in ±[0.25, 1], as DoWhy's random SCM generator keeps them (every edge detectable). */
const coefficient = (rng: Rng) => (rng() < 0.5 ? -1 : 1) * (0.25 + 0.75 * rng());

type Flavour = 'linear' | 'binary' | 'mixed';

/** A random SCM on the expanded graph of `graph` (latents for bidirected edges). */
function randomSpec(rng: Rng, graph: CausalGraph, flavour: Flavour, treatment: string, outcome: string): ScmSpec {
  const expansion = expandForScm(graph);
  if (!expansion.ok) throw new Error(expansion.message);
  const g = expansion.graph;
  const nodes: NodeSpec[] = g.ids.map((id) => {
    const parents = g.parents.get(id)!;
    const coef = Object.fromEntries(parents.map((p) => [p, coefficient(rng)]));
    const latent = g.latent.has(id) ? { latent: true } : {};
    const kind = flavour === 'binary' ? 'binary' : flavour === 'linear' ? 'continuous' : (['continuous', 'binary', 'expr'] as const)[Math.floor(rng() * 3)];
    if (kind === 'binary') {
      if (parents.length === 0 && rng() < 0.5) return { id, kind: 'binary', ...latent, eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'bernoulli', p: 0.2 + 0.6 * rng() } } };
      return { id, kind: 'binary', ...latent, eq: { type: 'logistic', intercept: rng() - 0.5, coef: Object.fromEntries(parents.map((p) => [p, 2 * coefficient(rng)])) } };
    }
    if (kind === 'expr') {
      const body = parents.map((p) => `${coef[p].toFixed(3)} * tanh(${p})`).join(' + ') || '0';
      return { id, kind: 'continuous', ...latent, eq: { type: 'expr', expr: `${body} + 0.5 * step(eps) + eps`, noise: { dist: 'laplace', scale: 1 }, output: 'continuous' } };
    }
    return { id, kind: 'continuous', ...latent, eq: { type: 'linear', intercept: rng(), coef, noise: { dist: 'normal', sd: 0.5 + rng() } } };
  });
  return { version: 1, seed: Math.floor(rng() * 2 ** 32), n: 200, nodes, treatment, outcome };
}

/** Σ over directed paths source → target of the product of coefficients (explicit path enumeration). */
function pathProductSum(spec: ScmSpec, source: string, target: string): number {
  const children = new Map<string, [string, number][]>();
  for (const node of spec.nodes) {
    if (node.eq.type !== 'linear') continue;
    for (const [p, c] of Object.entries(node.eq.coef)) children.set(p, [...(children.get(p) ?? []), [node.id, c]]);
  }
  const walk = (v: string): number => (v === target ? 1 : (children.get(v) ?? []).reduce((s, [c, b]) => s + b * walk(c), 0));
  return walk(source);
}

function pickPair(rng: Rng, graph: CausalGraph): [string, string] {
  const ids = graph.nodes.map((n) => n.id);
  const a = Math.floor(rng() * ids.length);
  let b = Math.floor(rng() * (ids.length - 1));
  if (b >= a) b++;
  return [ids[a], ids[b]];
}

describe('linear closed form', () => {
  it('equals the path-product sum on 150 random DAGs (p ≤ 12), to 1e-12', () => {
    const rng = mulberry32(20260601);
    for (let trial = 0; trial < 150; trial++) {
      const graph = randomAdmg(rng, { n: 2 + Math.floor(rng() * 11), pDirected: 0.2 + 0.5 * rng() });
      const [t, y] = pickPair(rng, graph);
      const spec = randomSpec(rng, graph, 'linear', t, y);
      const scm = compileScm(spec, graph);
      const closed = linearTotalEffect(scm, t, y)!;
      expect(Math.abs(closed - pathProductSum(spec, t, y))).toBeLessThan(1e-12);
      expect(computeTruth(scm).method).toBe('closed-form');
    }
  });
});

describe('do() on shared noise', () => {
  it('leaves non-descendants of the treatment bit-identical on 60 random ADMGs with mixed equations', () => {
    const rng = mulberry32(77);
    let changed = 0;
    for (let trial = 0; trial < 60; trial++) {
      const graph = randomAdmg(rng, { n: 3 + Math.floor(rng() * 8), pDirected: 0.35, pBidirected: 0.1 });
      const [t, y] = pickPair(rng, graph);
      const spec = randomSpec(rng, graph, 'mixed', t, y);
      const scm = compileScm(spec, graph);
      const noise = drawNoise(scm, 300, spec.seed);
      const natural = evaluateScm(scm, noise);
      const intervened = evaluateScm(scm, noise, { [t]: 1 });
      const down = scmDescendants(scm, t);
      for (const node of scm.nodes) {
        if (down.has(node.id)) continue;
        expect(intervened.get(node.id)).toEqual(natural.get(node.id));
      }
      expect(intervened.get(t)!.every((v) => v === 1)).toBe(true);
      for (const id of down) if (id !== t && intervened.get(id)!.some((v, i) => v !== natural.get(id)![i])) changed++;
    }
    // The property is not vacuous: descendants do move.
    expect(changed).toBeGreaterThan(20);
  });

  it('editing one equation changes no other node’s noise and no non-descendant’s values', () => {
    const rng = mulberry32(5);
    for (let trial = 0; trial < 40; trial++) {
      const graph = randomAdmg(rng, { n: 3 + Math.floor(rng() * 7), pDirected: 0.4 });
      const [t, y] = pickPair(rng, graph);
      const spec = randomSpec(rng, graph, 'mixed', t, y);
      const target = spec.nodes[Math.floor(rng() * spec.nodes.length)];
      const edited: ScmSpec = {
        ...spec,
        nodes: spec.nodes.map((n) =>
          n.id === target.id ? { id: n.id, kind: 'continuous', eq: { type: 'linear', intercept: 3, coef: Object.fromEntries(compileScm(spec, graph).byId.get(n.id)!.parents.map((p) => [p, 0.7])), noise: { dist: 'uniform', lo: -1, hi: 1 } } } : n,
        ),
      };
      const a = compileScm(spec, graph);
      const b = compileScm(edited, graph);
      const na = drawNoise(a, 200, 99);
      const nb = drawNoise(b, 200, 99);
      for (const node of spec.nodes) {
        if (node.id === target.id) continue;
        expect(nb.eps.get(node.id)).toEqual(na.eps.get(node.id));
        expect(nb.u.get(node.id)).toEqual(na.u.get(node.id));
      }
      const va = evaluateScm(a, na);
      const vb = evaluateScm(b, nb);
      const down = scmDescendants(a, target.id);
      for (const node of spec.nodes) if (!down.has(node.id)) expect(vb.get(node.id)).toEqual(va.get(node.id));
    }
  });
});

describe('exact enumeration against Monte Carlo with common random numbers', () => {
  it('agrees within 4 MC standard errors (ATE, ATT, ATC) on 25 random binary ADMGs', () => {
    const rng = mulberry32(314);
    let compared = 0;
    for (let trial = 0; trial < 25; trial++) {
      const graph = randomAdmg(rng, { n: 3 + Math.floor(rng() * 4), pDirected: 0.5, pBidirected: 0.15 });
      const [t, y] = pickPair(rng, graph);
      const spec = randomSpec(rng, graph, 'binary', t, y);
      const scm = compileScm(spec, graph);
      const exact = computeTruth(scm);
      // With no directed path T → Y the closed form (effect 0) comes first; otherwise enumeration.
      expect(exact.method).toBe(scmDescendants(scm, t).has(y) ? 'enumeration' : 'closed-form');
      const mc = computeTruth(scm, { forceMonteCarlo: true, nTruth: 40_000, seed: trial });
      expect(mc.method).toBe('mc-crn');
      for (const key of ['ate', 'att', 'atc'] as const) {
        const e = exact[key]!;
        const m = mc[key]!;
        expect(Math.abs(e.value - m.value)).toBeLessThanOrEqual(4 * m.mcse + 1e-12);
        compared++;
      }
    }
    expect(compared).toBe(75);
  });
});

describe('the exact-joint test', () => {
  it('front-door formula on the exact observational joint = do() truth 0.242563 (binary preset)', () => {
    const preset = getSimPreset('frontdoor-binary');
    const scm = compileScm(preset.spec, preset.graph);
    const truth = computeTruth(scm);
    expect(truth.method).toBe('enumeration');
    expect(truth.ate.value).toBeCloseTo(0.242563, 6);
    const joint = exactJoint(scm, ['X', 'M', 'Y'])!;
    const fd = pluginContrast(frontdoorFormula('X', 'Y', ['M']), joint, 'X', 'Y', 1, 0);
    expect(Math.abs(fd.value - truth.ate.value)).toBeLessThan(1e-12);
    // The naive contrast on the same exact joint is the confounded 0.368860.
    const w = joint.weights;
    const pY1 = (x: number) => w[x + 2 * 0 + 4] + w[x + 2 + 4];
    const pX = (x: number) => w[x] + w[x + 2] + w[x + 4] + w[x + 6];
    expect(pY1(1) / pX(1) - pY1(0) / pX(0)).toBeCloseTo(0.36886, 5);
  });

  it('the identification engine’s formula on the exact joint = the do() truth on 40 random binary ADMGs', () => {
    const rng = mulberry32(2718);
    let identifiable = 0;
    for (let trial = 0; trial < 40; trial++) {
      const raw = randomAdmg(rng, { n: 3 + Math.floor(rng() * 3), pDirected: 0.5, pBidirected: 0.25 });
      const [t, y] = pickPair(rng, raw);
      const graph = graphFromLists({
        nodes: raw.nodes.map((n) => n.id),
        directed: raw.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to]),
        bidirected: raw.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to]),
        roles: { exposure: [t], outcome: [y] },
      });
      const result = identify(graph, { y: [y], x: [t] });
      if (!result.identifiable || !result.expression) continue;
      identifiable++;
      const spec = randomSpec(rng, graph, 'binary', t, y);
      const scm = compileScm(spec, graph);
      const observed = spec.nodes.filter((n) => !n.latent).map((n) => n.id);
      const value = pluginContrast(result.expression, exactJoint(scm, observed)!, t, y, 1, 0);
      expect(value.positivityHole).toBe(false);
      expect(Math.abs(value.value - computeTruth(scm).ate.value)).toBeLessThan(1e-10);
    }
    expect(identifiable).toBeGreaterThan(15);
  });
});
