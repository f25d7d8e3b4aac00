/**
 * Front-door sets against brute force: every subset of the candidates is checked with Pearl's three
 * conditions, condition 1 by enumerating directed paths and conditions 2–3 by the moral-graph
 * criterion for m-separation (Lauritzen et al. 1990, via the canonical DAG with one latent parent
 * per bidirected edge) — neither shares code with the engine's reachability passes.
 */
import { describe, expect, it } from 'vitest';
import {
  findFrontdoorSetIds,
  frontdoorSets,
  graphFromLists,
  isFrontdoorSet,
  minimalFrontdoorSetIds,
} from '../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../support/random';
import { type PlainGraph, plainGraph, separatedByMoralGraph } from '../support/moral-separation';

function directedPaths(g: PlainGraph, from: number[], to: Set<number>): number[][] {
  const children: number[][] = g.ids.map(() => []);
  for (const [u, v] of g.directed) children[u].push(v);
  const out: number[][] = [];
  const walk = (path: number[]) => {
    const v = path[path.length - 1];
    if (path.length > 1 && to.has(v)) {
      out.push(path);
      return;
    }
    for (const c of children[v]) if (!path.includes(c)) walk([...path, c]);
  };
  for (const s of from) walk([s]);
  return out;
}

function satisfiesFrontdoor(g: PlainGraph, x: number[], y: number[], z: number[], causal: number[][]): boolean {
  const inZ = new Set(z);
  if (!causal.every((p) => p.some((v) => inZ.has(v)))) return false;
  const inX = new Set(x);
  const noOutOfX = { ...g, directed: g.directed.filter(([u]) => !inX.has(u)) };
  if (!z.every((v) => separatedByMoralGraph(noOutOfX, x, [v], []))) return false;
  if (z.length === 0) return true;
  const noOutOfZ = { ...g, directed: g.directed.filter(([u]) => !inZ.has(u)) };
  return separatedByMoralGraph(noOutOfZ, z, y, x);
}

function subsets<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) out.push(items.filter((_, i) => mask & (1 << i)));
  return out;
}

const lexicographic = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
};

function randomCase(rng: Rng) {
  const n = randomInt(rng, 3, 9);
  const base = randomAdmg(rng, { n, pDirected: 0.15 + 0.35 * rng(), pBidirected: 0.3 * rng() });
  const ids = base.nodes.map((v) => v.id as string);
  const shuffled = [...ids].sort(() => rng() - 0.5);
  const xs = shuffled.slice(0, rng() < 0.2 ? 2 : 1);
  const ys = shuffled.slice(xs.length, xs.length + (rng() < 0.2 ? 2 : 1));
  const rest = shuffled.slice(xs.length + ys.length);
  const latent = rest.filter(() => rng() < 0.15);
  const graph = graphFromLists({
    nodes: ids,
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
    roles: { exposure: xs, outcome: ys, latent },
  });
  const candidates = rest.filter((v) => !latent.includes(v)).sort();
  return { graph, xs, ys, candidates };
}

describe('front-door sets equal exhaustive search with Pearl’s three conditions', () => {
  it('on 1200 random ADMGs of 3–9 nodes (seed 20240501), with must/allowed constraints', () => {
    const rng = mulberry32(20240501);
    let nonEmpty = 0;
    let constrained = 0;
    for (let trial = 0; trial < 1200; trial++) {
      const { graph, xs, ys, candidates } = randomCase(rng);
      const g = plainGraph(graph);
      const at = (id: string) => g.ids.indexOf(id);
      const x = xs.map(at);
      const y = ys.map(at);
      const causal = directedPaths(g, x, new Set(y));
      const valid = subsets(candidates)
        .filter((z) => satisfiesFrontdoor(g, x, y, z.map(at), causal))
        .map((z) => [...z].sort())
        .sort(lexicographic);
      if (valid.length > 0) nonEmpty++;
      const context = `trial ${trial}: ${JSON.stringify(graph.edges.map((e) => `${e.from}${e.kind}${e.to}`))} X=${xs} Y=${ys}`;

      const listing = frontdoorSets(graph, { max: 1000 });
      expect(listing, context).toEqual({ sets: valid, truncated: false });
      for (const z of valid.slice(0, 3)) expect(isFrontdoorSet(graph, z), context).toBe(true);

      const maximal = findFrontdoorSetIds(graph);
      if (valid.length === 0) {
        expect(maximal, context).toBeNull();
        expect(minimalFrontdoorSetIds(graph), context).toBeNull();
      } else {
        const union = [...new Set(valid.flat())].sort();
        expect(maximal, context).toEqual(union);
        const minimal = minimalFrontdoorSetIds(graph)!;
        expect(valid, context).toContainEqual(minimal);
        const properSubsetValid = valid.some((z) => z.length < minimal.length && z.every((v) => (minimal as string[]).includes(v)));
        expect(properSubsetValid, context).toBe(false);
      }

      // Random must-include I ⊆ may-include R.
      const allowed = candidates.filter(() => rng() < 0.7);
      const must = allowed.filter(() => rng() < 0.3);
      const expected = valid.filter((z) => must.every((v) => z.includes(v)) && z.every((v) => allowed.includes(v)));
      if (expected.length > 0) constrained++;
      expect(frontdoorSets(graph, { must, allowed, max: 1000 }), context).toEqual({ sets: expected, truncated: false });
      const minimalConstrained = minimalFrontdoorSetIds(graph, { must, allowed });
      if (expected.length === 0) expect(minimalConstrained, context).toBeNull();
      else {
        expect(expected, context).toContainEqual(minimalConstrained);
        const smaller = expected.some(
          (z) => z.length < minimalConstrained!.length && z.every((v) => (minimalConstrained as string[]).includes(v)),
        );
        expect(smaller, context).toBe(false);
      }

      // A cap keeps the lexicographically first sets.
      if (valid.length > 2) {
        expect(frontdoorSets(graph, { max: 2 }), context).toEqual({ sets: valid.slice(0, 2), truncated: true });
      }
    }
    // The generator must produce enough interesting cases for the comparison to mean something.
    expect(nonEmpty).toBeGreaterThan(150);
    expect(constrained).toBeGreaterThan(100);
  });
});
