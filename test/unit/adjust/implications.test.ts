/**
 * Testable implications and the minimal separator behind them, against brute force: every listed
 * independence holds by the moral-graph criterion (independent of the engine's reachability code),
 * every non-adjacent observed pair with some separator (found by trying every subset) is listed,
 * and the minimal separator is a separator no proper subset of which separates.
 */
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  graphFromLists,
  implicationsReport,
  indexGraph,
  listImplications,
} from '../../../src/engine';
import { minimalSeparator } from '../../../src/engine/adjust/implications-separator';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../../support/random';
import { plainGraph, separatedByMoralGraph } from '../../support/moral-separation';

const subsets = <T>(items: T[]) => Array.from({ length: 1 << items.length }, (_, m) => items.filter((_, i) => m & (1 << i)));

function randomCase(rng: Rng): CausalGraph {
  const n = randomInt(rng, 2, 8);
  const base = randomAdmg(rng, { n, pDirected: 0.15 + 0.35 * rng(), pBidirected: rng() < 0.4 ? 0 : 0.25 * rng() });
  const ids = base.nodes.map((v) => v.id as string);
  const latent = ids.filter(() => rng() < 0.12);
  return graphFromLists({
    nodes: ids,
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
    roles: { latent, selected: ids.filter((v) => !latent.includes(v) && rng() < 0.05) },
  });
}

describe('testable implications: golden cases', () => {
  it('chain, fork and collider', () => {
    const chain = graphFromLists({ directed: [['A', 'B'], ['B', 'C']] });
    expect(implicationsReport(chain)).toEqual([{ x: 'A', y: 'C', given: ['B'] }]);
    const collider = graphFromLists({ directed: [['A', 'C'], ['B', 'C']] });
    expect(implicationsReport(collider)).toEqual([{ x: 'A', y: 'B', given: [] }]);
    const mbias = graphFromLists({ directed: [['U1', 'M'], ['U2', 'M'], ['U1', 'X'], ['U2', 'Y'], ['X', 'Y']] });
    expect(implicationsReport(mbias)).toEqual([
      { x: 'M', y: 'X', given: ['U1'] },
      { x: 'M', y: 'Y', given: ['U1', 'U2'] },
      { x: 'U1', y: 'U2', given: [] },
      { x: 'U1', y: 'Y', given: ['U2', 'X'] },
      { x: 'U2', y: 'X', given: [] },
    ]);
  });

  it('leaves out pairs joined through a latent node or an inducing path, and keeps selected nodes in every set', () => {
    const latent = graphFromLists({ directed: [['U', 'A'], ['U', 'B']], roles: { latent: ['U'] } });
    expect(implicationsReport(latent)).toEqual([]);
    // A <-> B <-> C with B -> C: B is a collider in An(C) on the inducing path, so nothing separates A and C.
    const inducing = graphFromLists({ directed: [['B', 'C']], bidirected: [['A', 'B'], ['B', 'C']] });
    expect(implicationsReport(inducing)).toEqual([]);
    const opened = graphFromLists({ directed: [['A', 'B'], ['C', 'D'], ['B', 'D']], bidirected: [['B', 'C']] });
    expect(implicationsReport(opened)).toEqual([
      { x: 'A', y: 'C', given: [] },
      { x: 'A', y: 'D', given: ['B', 'C'] },
    ]);
    const selected = graphFromLists({ directed: [['A', 'S'], ['B', 'S'], ['B', 'C']], roles: { selected: ['S'] } });
    expect(implicationsReport(selected)).toEqual([{ x: 'A', y: 'C', given: ['B', 'S'] }]);
  });

  it('caps in sorted order', () => {
    const g = graphFromLists({ nodes: ['D', 'C', 'B', 'A'] });
    expect(listImplications(g, { max: 2 })).toEqual({
      implications: [
        { x: 'A', y: 'B', given: [] },
        { x: 'A', y: 'C', given: [] },
      ],
      truncated: true,
    });
    expect(implicationsReport(graphFromLists({ directed: [['A', 'B'], ['B', 'A']] }))).toBeNull();
  });
});

describe('testable implications against brute force', () => {
  it('on 600 random ADMGs of 2–8 nodes with latent and selected nodes (seed 5150)', () => {
    const rng = mulberry32(5150);
    let listed = 0;
    let skipped = 0;
    for (let trial = 0; trial < 600; trial++) {
      const graph = randomCase(rng);
      const g = plainGraph(graph);
      const role = (r: string) => graph.nodes.filter((v) => (v.roles as string[]).includes(r)).map((v) => v.id as string);
      const latent = role('latent');
      const selected = role('selected');
      const observed = g.ids.filter((v) => !latent.includes(v) && !selected.includes(v)).sort();
      const at = (id: string) => g.ids.indexOf(id);
      const adjacent = (a: number, b: number) =>
        [...g.directed, ...g.bidirected].some(([u, v]) => (u === a && v === b) || (u === b && v === a));
      const { implications, truncated } = listImplications(graph, { max: 10_000 });
      expect(truncated).toBe(false);
      const context = `trial ${trial}: ${graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).join(' ')} latent=${latent} selected=${selected}`;
      const byPair = new Map(implications.map((i) => [`${i.x}|${i.y}`, i.given as string[]]));
      for (let i = 0; i < observed.length; i++) {
        for (let j = i + 1; j < observed.length; j++) {
          const [a, b] = [observed[i], observed[j]];
          const given = byPair.get(`${a}|${b}`);
          const others = observed.filter((v) => v !== a && v !== b);
          const exists =
            !adjacent(at(a), at(b)) &&
            subsets(others).some((z) => separatedByMoralGraph(g, [at(a)], [at(b)], [...z, ...selected].map(at)));
          if (!exists) {
            expect(given, context).toBeUndefined();
            skipped++;
            continue;
          }
          expect(given, `${context} pair ${a},${b}`).toBeDefined();
          expect(given!.every((v) => !latent.includes(v)), context).toBe(true);
          expect(selected.every((v) => given!.includes(v)), context).toBe(true);
          expect(separatedByMoralGraph(g, [at(a)], [at(b)], given!.map(at)), `${context} pair ${a},${b}`).toBe(true);
          listed++;
        }
      }
      expect(implications.length, context).toBe(byPair.size);
      const keys = implications.map((i) => `${i.x}|${i.y}`);
      expect(keys, context).toEqual([...keys].sort());
      expect(implications.every((i) => i.x < i.y), context).toBe(true);
    }
    expect(listed).toBeGreaterThan(1500);
    expect(skipped).toBeGreaterThan(500);
  });

  it('minimal separators are separators with no separating proper subset (seed 5151)', () => {
    const rng = mulberry32(5151);
    let found = 0;
    for (let trial = 0; trial < 500; trial++) {
      const graph = randomCase(rng);
      const g = plainGraph(graph);
      const ig = indexGraph(graph);
      const n = g.ids.length;
      if (n < 3) continue;
      const order = [...Array(n).keys()].sort(() => rng() - 0.5);
      const [a, b] = order;
      const rest = order.slice(2);
      const allowedList = rest.filter(() => rng() < 0.8);
      const must = allowedList.filter(() => rng() < 0.2);
      const allowed = new Uint8Array(n);
      for (const v of allowedList) allowed[v] = 1;
      const nearest = rng() < 0.5 ? 'a' : 'b';
      const result = minimalSeparator(ig, [a], [b], must, allowed, nearest);
      const free = allowedList.filter((v) => !must.includes(v));
      const valid = subsets(free).filter((z) => separatedByMoralGraph(g, [a], [b], [...must, ...z]));
      const context = `trial ${trial}: ${graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).join(' ')} a=${g.ids[a]} b=${g.ids[b]}`;
      if (valid.length === 0) {
        expect(result, context).toBeNull();
        continue;
      }
      found++;
      expect(result, context).not.toBeNull();
      expect(must.every((v) => result!.includes(v)), context).toBe(true);
      expect(result!.every((v) => allowed[v] || must.includes(v)), context).toBe(true);
      expect(separatedByMoralGraph(g, [a], [b], result!), context).toBe(true);
      const smaller = valid.some((z) => z.length + must.length < result!.length && z.every((v) => result!.includes(v)));
      expect(smaller, context).toBe(false);
    }
    expect(found).toBeGreaterThan(200);
  });
});
