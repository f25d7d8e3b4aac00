/**
 * The witness pair of a hedge (Shpitser & Pearl 2006; IDENTIFICATION.md §11): two deterministic
 * parity models M1, M2 on the hedge's C-forests with the same observational distribution over F
 * but different P(R | do(x ∩ F)). Built from node sets: the forests keep, for every non-root node,
 * one edge towards the roots (F′'s edges first, then F ∖ F′ joins them), and a spanning tree of
 * bidirected edges (F′'s tree extended to F), each with its own fair latent bit. In M1 every node
 * of F is the parity of its forest parents (observed and latent); in M2 the nodes of F′ only see
 * their parents inside F′. Exact integer counts over the latent bits, no tolerance.
 */
import type { SimpleAdmg } from './hedge-check';

interface Forest {
  /** Observed forest parents of each node. */
  readonly parents: Map<string, string[]>;
  /** Bidirected tree edges. */
  readonly edges: [string, string][];
}

function buildForest(g: SimpleAdmg, nodes: readonly string[], roots: readonly string[], base?: Forest): Forest {
  const inside = new Set(nodes);
  const parents = new Map<string, string[]>(nodes.map((v) => [v, [...(base?.parents.get(v) ?? [])]]));
  // Directed: walk backwards from the nodes already placed, giving each new node one child.
  const placed = new Set(base ? [...base.parents.keys()] : roots);
  const queue = [...placed];
  while (queue.length > 0) {
    const child = queue.shift()!;
    for (const p of [...g.parents.get(child)!].sort()) {
      if (inside.has(p) && !placed.has(p)) {
        placed.add(p);
        parents.get(child)!.push(p);
        queue.push(p);
      }
    }
  }
  // Bidirected: extend the base tree (or start one) to span every node.
  const edges: [string, string][] = [...(base?.edges ?? [])];
  const reached = new Set(base ? [...base.parents.keys()] : [nodes[0]]);
  const frontier = [...reached];
  while (frontier.length > 0) {
    const v = frontier.shift()!;
    for (const s of [...g.spouses.get(v)!].sort()) {
      if (inside.has(s) && !reached.has(s)) {
        reached.add(s);
        edges.push([v, s]);
        frontier.push(s);
      }
    }
  }
  return { parents, edges };
}

type Counts = Map<string, number>;

function run(
  order: readonly string[],
  forest: Forest,
  seeing: (v: string) => { parents: string[]; latents: number[] },
  fixed: ReadonlyMap<string, number>,
  keep: readonly string[],
): Counts {
  const counts: Counts = new Map();
  const latents = forest.edges.length;
  for (let bits = 0; bits < 1 << latents; bits++) {
    const value = new Map<string, number>();
    for (const v of order) {
      if (fixed.has(v)) {
        value.set(v, fixed.get(v)!);
        continue;
      }
      const { parents, latents: ls } = seeing(v);
      let parity = 0;
      for (const p of parents) parity ^= value.get(p)!;
      for (const l of ls) parity ^= (bits >> l) & 1;
      value.set(v, parity);
    }
    const key = keep.map((v) => value.get(v)).join('');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

const same = (a: Counts, b: Counts) => a.size === b.size && [...a].every(([k, n]) => b.get(k) === n);

/** Problems with the witness pair (empty when M1 and M2 witness non-identifiability). */
export function witnessProblems(
  g: SimpleAdmg,
  hedge: { F: readonly string[]; Fprime: readonly string[] },
  x: readonly string[],
): string[] {
  const Fp = new Set(hedge.Fprime);
  const roots = hedge.Fprime.filter((v) => !hedge.Fprime.some((c) => g.parents.get(c)!.has(v)));
  const small = buildForest(g, hedge.Fprime, roots);
  const big = buildForest(g, hedge.F, roots, small);
  // Forest parents before children (the forest's edges are edges of the acyclic G).
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < hedge.F.length) {
    for (const v of hedge.F) {
      if (!done.has(v) && big.parents.get(v)!.every((p) => done.has(p))) {
        order.push(v);
        done.add(v);
      }
    }
  }
  const incident = (forest: Forest, v: string, within: (u: string) => boolean) =>
    forest.edges.flatMap(([a, b], i) => ((a === v && within(b)) || (b === v && within(a)) ? [i] : []));
  const m1 = (v: string) => ({ parents: big.parents.get(v)!, latents: incident(big, v, () => true) });
  const m2 = (v: string) =>
    Fp.has(v) ? { parents: big.parents.get(v)!.filter((p) => Fp.has(p)), latents: incident(big, v, (u) => Fp.has(u)) } : m1(v);
  const problems: string[] = [];
  const none = new Map<string, number>();
  if (!same(run(order, big, m1, none, hedge.F), run(order, big, m2, none, hedge.F))) {
    problems.push('M1 and M2 differ observationally');
  }
  const treated = hedge.F.filter((v) => x.includes(v));
  let differs = false;
  for (let code = 0; code < 1 << treated.length && !differs; code++) {
    const fixed = new Map(treated.map((v, i) => [v, (code >> i) & 1]));
    differs = !same(run(order, big, m1, fixed, roots), run(order, big, m2, fixed, roots));
  }
  if (!differs) problems.push('M1 and M2 agree on P(R | do(x))');
  return problems;
}
