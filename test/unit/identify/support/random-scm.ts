/**
 * Random binary SCMs compatible with a graph, and the exact truth of P(y | do(x), z) by surgery
 * (IDENTIFICATION.md §10.1–10.2). Written independently of the identification engine: it only
 * multiplies conditional probability tables and sums.
 *
 * Every graph node (observed or with role `latent`) is a binary variable; every bidirected edge
 * gets its own exogenous latent with `k` states and positive weights. P(V = 1 | parents) lies in
 * [0.05, 0.95], so every observational probability is positive.
 */
import type { CausalGraph } from '../../../../src/engine';
import type { Rng } from '../../../support/random';

export interface BinaryScm {
  /** Graph nodes, then one exogenous latent per bidirected edge. */
  readonly names: readonly string[];
  readonly cards: readonly number[];
  /** For each graph node: its parents (indices into `names`) and P(node = 1) per parent state. */
  readonly nodes: readonly { readonly index: number; readonly parents: readonly number[]; readonly p1: Float64Array }[];
  /** For each exogenous latent: its index and distribution. */
  readonly exogenous: readonly { readonly index: number; readonly probs: Float64Array }[];
  /** Indices of the observed graph nodes (role `latent` excluded), in node order. */
  readonly observed: readonly number[];
}

export function randomBinaryScm(graph: CausalGraph, rng: Rng, k: number): BinaryScm {
  const names = graph.nodes.map((n) => n.id as string);
  const cards = names.map(() => 2);
  const at = new Map(names.map((n, i) => [n, i]));
  const parents: number[][] = names.map(() => []);
  const exogenous: { index: number; probs: Float64Array }[] = [];
  for (const e of graph.edges) {
    if (e.kind === '->') parents[at.get(e.to)!].push(at.get(e.from)!);
    else if (e.kind === '<->') {
      const index = names.length;
      names.push(`U(${e.from},${e.to})`);
      cards.push(k);
      const raw = Array.from({ length: k }, () => 0.2 + rng());
      const total = raw.reduce((a, b) => a + b, 0);
      exogenous.push({ index, probs: Float64Array.from(raw, (w) => w / total) });
      parents[at.get(e.from)!].push(index);
      parents[at.get(e.to)!].push(index);
    } else throw new Error(`random-scm: unsupported edge kind ${e.kind}`);
  }
  const nodes = graph.nodes.map((_, index) => {
    const ps = parents[index];
    const states = ps.reduce((s, p) => s * cards[p], 1);
    const p1 = Float64Array.from({ length: states }, () => {
      const r = rng();
      return 0.05 + 0.9 * r * r * (3 - 2 * r);
    });
    return { index, parents: ps, p1 };
  });
  const observed = graph.nodes.flatMap((n, i) => (n.roles.includes('latent') ? [] : [i]));
  return { names, cards, nodes, exogenous, observed };
}

/**
 * Joint weights over the observed nodes (little-endian binary index, first observed node = bit 0):
 * the observational distribution and, for the intervention set `x` (names), the truncated
 * product with x's factors removed (so, for each fixed x, a distribution over the others).
 */
export function observedTables(scm: BinaryScm, x: readonly string[]): { observational: Float64Array; intervened: Float64Array } {
  const total = scm.names.length;
  const outside = new Set(x.map((name) => scm.names.indexOf(name)));
  const bit = new Int32Array(total).fill(-1);
  scm.observed.forEach((v, i) => (bit[v] = i));
  const size = 1 << scm.observed.length;
  const observational = new Float64Array(size);
  const intervened = new Float64Array(size);
  const digits = new Int32Array(total);
  for (;;) {
    let base = 1;
    for (const u of scm.exogenous) base *= u.probs[digits[u.index]];
    let kept = base;
    let all = base;
    for (const node of scm.nodes) {
      let state = 0;
      for (const p of node.parents) state = state * scm.cards[p] + digits[p];
      const q = node.p1[state];
      const f = digits[node.index] === 1 ? q : 1 - q;
      all *= f;
      if (!outside.has(node.index)) kept *= f;
    }
    let index = 0;
    for (const v of scm.observed) index |= digits[v] << bit[v];
    observational[index] += all;
    intervened[index] += kept;
    let i = 0;
    while (i < total) {
      if (++digits[i] < scm.cards[i]) break;
      digits[i] = 0;
      i++;
    }
    if (i === total) break;
  }
  return { observational, intervened };
}
