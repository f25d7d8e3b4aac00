/**
 * Path listing against brute force: on 600 random ADMGs of 2–10 nodes (seeds 5001–5600) the
 * uncapped listing equals every simple path found by plain recursion, in the same order, with the
 * same causal and open flags; a capped listing is its prefix with `truncated` set exactly when
 * paths were left out; and `explainPath` names the same colliders and blocking nodes as the rule.
 * On 40 larger graphs (seeds 9001–9040, 30–60 nodes) a smaller cap gives a prefix of a larger one.
 */
import { describe, expect, it } from 'vitest';
import { explainPath, listPaths } from '../../src/engine';
import { mulberry32, randomSparseAdmg } from '../support/random';
import {
  allSimplePaths,
  ancestorsOf,
  blockers,
  comparePaths,
  directedDistance,
  hasEdge,
  isCausal,
  isCollider,
  isOpen,
  randomQuery,
} from './paths-brute-force';

const SEEDS = Array.from({ length: 600 }, (_, i) => 5001 + i);

describe('path listing equals brute-force enumeration', () => {
  it('lists every simple path in order with correct flags on 600 random ADMGs (seeds 5001–5600)', () => {
    let withOpen = 0;
    let withBlocked = 0;
    let truncatedSeen = 0;
    for (const seed of SEEDS) {
      const rng = mulberry32(seed);
      const q = randomQuery(rng, 10);
      const [from, to] = [q.x[0], q.y[0]];
      const z = new Set([...q.given, ...q.selected]);
      const anZ = ancestorsOf(q.graph, z);
      const expected = allSimplePaths(q.graph, from, to)
        .sort(comparePaths)
        .map((p) => ({ nodes: p.nodes, edges: p.edges, causal: isCausal(p), open: isOpen(p, z, anZ) }));
      const all = listPaths(q.graph, from, to, q.given, { max: Infinity });
      expect(all.truncated, `seed ${seed}`).toBe(false);
      expect(all.paths, `seed ${seed}: uncapped listing`).toEqual(expected);
      expect(all.given, `seed ${seed}`).toEqual([...z].sort());

      const cap = Math.floor(rng() * 6);
      const capped = listPaths(q.graph, from, to, q.given, { max: cap });
      expect(capped.paths, `seed ${seed}: capped at ${cap}`).toEqual(expected.slice(0, cap));
      expect(capped.truncated, `seed ${seed}: truncated at ${cap}`).toBe(expected.length > cap);
      if (capped.truncated) truncatedSeen++;

      for (const path of all.paths) {
        const why = explainPath(q.graph, path, q.given);
        const brute = { nodes: path.nodes as string[], edges: path.edges };
        expect(why.open, `seed ${seed}`).toBe(path.open);
        expect(why.causal, `seed ${seed}`).toBe(path.causal);
        expect(why.blockedAt, `seed ${seed}: blockers`).toEqual(blockers(brute, z, anZ));
        const colliders = brute.nodes.filter((_, i) => i > 0 && i < brute.nodes.length - 1 && isCollider(brute, i));
        expect(why.colliders, `seed ${seed}: colliders`).toEqual(colliders);
        for (const node of why.interior) {
          if (node.openedBy === null) {
            expect(node.kind === 'collider' && node.open, `seed ${seed}: ${node.id} opened`).toBe(false);
            continue;
          }
          // The opener is conditioned on and a nearest conditioned descendant of the collider.
          expect(z.has(node.openedBy), `seed ${seed}`).toBe(true);
          const d = directedDistance(q.graph, node.id, node.openedBy);
          const nearest = Math.min(...[...z].map((w) => directedDistance(q.graph, node.id, w)));
          expect(d, `seed ${seed}: ${node.id} opened by ${node.openedBy}`).toBe(nearest);
        }
        if (path.open) withOpen++;
        else withBlocked++;
      }
    }
    expect(withOpen).toBeGreaterThan(500);
    expect(withBlocked).toBeGreaterThan(500);
    expect(truncatedSeen).toBeGreaterThan(100);
  });

  it('caps consistently on 40 larger sparse ADMGs (seeds 9001–9040): the first 20 are the first 20 of 60', () => {
    for (let seed = 9001; seed <= 9040; seed++) {
      const rng = mulberry32(seed);
      const n = 30 + Math.floor(rng() * 31);
      const graph = randomSparseAdmg(rng, n, 3 + 2 * rng(), 0.25);
      const ids = graph.nodes.map((node) => node.id as string);
      const from = ids[Math.floor(rng() * n)];
      const to = ids.filter((id) => id !== from)[Math.floor(rng() * (n - 1))];
      const big = listPaths(graph, from, to, [], { max: 60 });
      const small = listPaths(graph, from, to, [], { max: 20 });
      expect(small.paths, `seed ${seed}`).toEqual(big.paths.slice(0, 20));
      expect(small.truncated, `seed ${seed}`).toBe(big.paths.length > 20);
      for (let i = 0; i < big.paths.length; i++) {
        const p = big.paths[i];
        expect(new Set(p.nodes).size, `seed ${seed}: simple`).toBe(p.nodes.length);
        expect([p.nodes[0], p.nodes[p.nodes.length - 1]]).toEqual([from, to]);
        p.edges.forEach((step, j) => expect(hasEdge(graph, p.nodes[j], step, p.nodes[j + 1])).toBe(true));
        if (i > 0) expect(comparePaths(big.paths[i - 1], p), `seed ${seed}: order at ${i}`).toBeLessThan(0);
      }
    }
  });
});
