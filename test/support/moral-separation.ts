/**
 * An oracle for m-separation that shares no code with the engine: moralise the ancestral set of
 * the canonical DAG (one latent parent per bidirected edge) and search it for a path that avoids
 * the conditioning set (Lauritzen, Dawid, Larsen & Leimer 1990).
 */
import type { CausalGraph } from '../../src/engine';

/** A graph as plain index pairs. */
export interface PlainGraph {
  ids: string[];
  directed: [number, number][];
  bidirected: [number, number][];
}

export function plainGraph(graph: CausalGraph): PlainGraph {
  const ids = graph.nodes.map((n) => n.id as string);
  const at = (id: string) => ids.indexOf(id);
  return {
    ids,
    directed: graph.edges.filter((e) => e.kind === '->').map((e) => [at(e.from), at(e.to)]),
    bidirected: graph.edges.filter((e) => e.kind === '<->').map((e) => [at(e.from), at(e.to)]),
  };
}

/** True when A and B are m-separated given C. */
export function separatedByMoralGraph(g: PlainGraph, a: number[], b: number[], c: number[]): boolean {
  const n = g.ids.length;
  const total = n + g.bidirected.length;
  const parents: number[][] = Array.from({ length: total }, () => []);
  for (const [u, v] of g.directed) parents[v].push(u);
  g.bidirected.forEach(([u, v], k) => {
    parents[u].push(n + k);
    parents[v].push(n + k);
  });
  const keep = new Set<number>();
  const stack = [...a, ...b, ...c];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (keep.has(v)) continue;
    keep.add(v);
    stack.push(...parents[v]);
  }
  const adj: Set<number>[] = Array.from({ length: total }, () => new Set());
  const link = (u: number, v: number) => {
    adj[u].add(v);
    adj[v].add(u);
  };
  for (const v of keep) {
    const ps = parents[v].filter((p) => keep.has(p));
    for (const p of ps) link(p, v);
    for (let i = 0; i < ps.length; i++) for (let j = i + 1; j < ps.length; j++) link(ps[i], ps[j]);
  }
  const blocked = new Set(c);
  const seen = new Set<number>(a);
  const queue = [...a];
  while (queue.length > 0) {
    const v = queue.shift()!;
    if (b.includes(v)) return false;
    for (const w of adj[v]) {
      if (!seen.has(w) && !blocked.has(w)) {
        seen.add(w);
        queue.push(w);
      }
    }
  }
  return true;
}
