/**
 * Seeded random graphs for property tests and benchmarks.
 *
 * `mulberry32` is a small, fast, well-mixed 32-bit generator; tests pass it a fixed seed so a
 * failing case is reproducible from its seed alone.
 */
import { type CausalGraph, graphFromLists } from '../../src/engine';

export type Rng = () => number;

export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (rng: Rng, lo: number, hi: number): number => lo + Math.floor(rng() * (hi - lo + 1));

/** A random subset of `items`, each kept with probability `p`. */
export function randomSubset<T>(rng: Rng, items: readonly T[], p: number): T[] {
  return items.filter(() => rng() < p);
}

export interface RandomGraphOptions {
  readonly n: number;
  /** Probability of a directed edge i -> j for each pair i < j in a random causal order. */
  readonly pDirected: number;
  /** Probability of a bidirected edge for each pair (0 for a DAG). */
  readonly pBidirected?: number;
  /** Node id prefix; ids are `${prefix}${i}` (default "v"). */
  readonly prefix?: string;
}

/**
 * A random acyclic graph: nodes in a random causal order, directed edges only forward in it,
 * bidirected edges between any pair. Node ids are shuffled relative to the order so that
 * algorithms cannot lean on id order.
 */
export function randomAdmg(rng: Rng, options: RandomGraphOptions): CausalGraph {
  const { n, pDirected, pBidirected = 0, prefix = 'v' } = options;
  const ids = Array.from({ length: n }, (_, i) => `${prefix}${i}`);
  const order = [...ids];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  const directed: [string, string][] = [];
  const bidirected: [string, string][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      if (rng() < pDirected) directed.push([order[i], order[j]]);
      if (pBidirected > 0 && rng() < pBidirected) bidirected.push([order[i], order[j]]);
    }
  }
  return graphFromLists({ nodes: ids, directed, bidirected });
}

/** A random DAG/ADMG with expected average degree `degree` (edges ≈ n·degree/2). */
export function randomSparseAdmg(rng: Rng, n: number, degree: number, bidirectedShare = 0): CausalGraph {
  const pairs = (n * (n - 1)) / 2;
  const edges = (n * degree) / 2;
  const p = Math.min(1, edges / pairs);
  return randomAdmg(rng, { n, pDirected: p * (1 - bidirectedShare), pBidirected: p * bidirectedShare });
}
