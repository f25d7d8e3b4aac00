/**
 * Conditional instruments against brute force: for every candidate Z, every conditioning set W is
 * tried — within An(Z ∪ Y ∪ S) of G_c, the ancestral instruments of the paper — and the three conditions are checked by directed-path enumeration and the moral-graph
 * criterion for m-separation (no engine reachability code). The engine must list exactly the
 * candidates for which some W works, and each listed W must satisfy the conditions and be a minimal
 * separator of Z and Y in G_c.
 */
import { describe, expect, it } from 'vitest';
import { graphFromLists, instrumentsReport } from '../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../support/random';
import { type PlainGraph, plainGraph, separatedByMoralGraph } from '../support/moral-separation';

function causalPaths(g: PlainGraph, x: number, y: number): number[][] {
  const out: number[][] = [];
  const walk = (path: number[]) => {
    const v = path[path.length - 1];
    if (v === y) return void out.push(path);
    for (const [u, c] of g.directed) if (u === v && !path.includes(c)) walk([...path, c]);
  };
  walk([x]);
  return out;
}

function ancestors(g: PlainGraph, start: number[]): Set<number> {
  const out = new Set(start);
  const stack = [...start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const [p, c] of g.directed) {
      if (c !== v || out.has(p)) continue;
      out.add(p);
      stack.push(p);
    }
  }
  return out;
}

function descendants(g: PlainGraph, start: number[]): Set<number> {
  const out = new Set(start);
  const stack = [...start];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const [u, c] of g.directed) {
      if (u !== v || out.has(c)) continue;
      out.add(c);
      stack.push(c);
    }
  }
  return out;
}

const subsets = <T>(items: T[]) => Array.from({ length: 1 << items.length }, (_, m) => items.filter((_, i) => m & (1 << i)));

function randomCase(rng: Rng) {
  const n = randomInt(rng, 3, 8);
  const base = randomAdmg(rng, { n, pDirected: 0.2 + 0.35 * rng(), pBidirected: 0.3 * rng() });
  const ids = base.nodes.map((v) => v.id as string);
  const [x, y, ...rest] = [...ids].sort(() => rng() - 0.5);
  const latent = rest.filter(() => rng() < 0.12);
  const selected = rest.filter((v) => !latent.includes(v) && rng() < 0.05);
  const graph = graphFromLists({
    nodes: ids,
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
    roles: { exposure: [x], outcome: [y], latent, selected },
  });
  return { graph, x, y, latent, selected };
}

describe('conditional instruments against brute force', () => {
  it('on 1000 random ADMGs of 3–8 nodes (seed 424242)', () => {
    const rng = mulberry32(424242);
    let instruments = 0;
    let conditional = 0;
    for (let trial = 0; trial < 1000; trial++) {
      const { graph, x: xId, y: yId, latent, selected } = randomCase(rng);
      const g = plainGraph(graph);
      const at = (id: string) => g.ids.indexOf(id);
      const [x, y] = [at(xId), at(yId)];
      const paths = causalPaths(g, x, y);
      const forbidden = descendants(g, paths.flatMap((p) => p.slice(1)));
      const firstEdges = new Set(paths.map((p) => p[1]));
      const gc: PlainGraph = { ...g, directed: g.directed.filter(([u, v]) => !(u === x && firstEdges.has(v))) };
      const s = selected.map(at);
      const context = `trial ${trial}: ${graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).join(' ')} X=${xId} Y=${yId} latent=${latent} selected=${selected}`;
      const works = (z: number, w: number[]) =>
        !separatedByMoralGraph(g, [z], [x], w) && separatedByMoralGraph(gc, [z], [y], w);
      const expected: string[] = [];
      const candidates = g.ids.filter((v) => v !== xId && v !== yId && !latent.includes(v) && !selected.includes(v));
      for (const zId of candidates) {
        const z = at(zId);
        const ancestral = ancestors(gc, [z, y, ...s]);
        const free = candidates.filter((v) => v !== zId && !forbidden.has(at(v)) && ancestral.has(at(v))).map(at);
        const selectionAllowed = s.every((v) => !forbidden.has(v));
        if (selectionAllowed && subsets(free).some((w) => works(z, [...w, ...s]))) expected.push(zId);
      }
      const report = instrumentsReport(graph)!;
      expect(report.map((r) => r.instrument), context).toEqual(expected.sort());
      for (const { instrument, given } of report) {
        const z = at(instrument);
        const w = (given as string[]).map(at);
        expect(works(z, w), `${context} Z=${instrument} W=${given}`).toBe(true);
        expect(w.every((v) => !forbidden.has(v) && !latent.includes(g.ids[v]) && v !== x && v !== y && v !== z), context).toBe(true);
        expect(s.every((v) => w.includes(v)), context).toBe(true);
        const optional = w.filter((v) => !s.includes(v));
        const smaller = subsets(optional).some(
          (sub) => sub.length < optional.length && separatedByMoralGraph(gc, [z], [y], [...sub, ...s]),
        );
        expect(smaller, `${context} W=${given} is not a minimal separator`).toBe(false);
        instruments++;
        if (optional.length > 0) conditional++;
      }
    }
    expect(instruments).toBeGreaterThan(300);
    expect(conditional).toBeGreaterThan(80);
  });
});
