/**
 * Slow, obviously-correct oracles for separation and path listing: enumerate every simple path
 * of the graph by plain recursion over its edge list and apply the collider rule to each one.
 * Works on the `CausalGraph` edge list directly, sharing no code with src/engine/paths.
 */
import type { CausalGraph } from '../../src/engine';
import { randomAdmg } from '../support/random';

export type Step = '->' | '<-' | '<->';
export interface BrutePath {
  nodes: string[];
  edges: Step[];
}

const STEP_RANK: Record<Step, number> = { '->': 0, '<-': 1, '<->': 2 };

/** Every (neighbour, step) pair leaving each node, over `->` and `<->` edges. */
export function incidence(graph: CausalGraph): Map<string, [string, Step][]> {
  const out = new Map<string, [string, Step][]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    if (e.kind === '->') {
      out.get(e.from)!.push([e.to, '->']);
      out.get(e.to)!.push([e.from, '<-']);
    } else if (e.kind === '<->') {
      out.get(e.from)!.push([e.to, '<->']);
      out.get(e.to)!.push([e.from, '<->']);
    }
  }
  return out;
}

/** All simple paths from `from` to `to` (unsorted). */
export function allSimplePaths(graph: CausalGraph, from: string, to: string): BrutePath[] {
  const inc = incidence(graph);
  const found: BrutePath[] = [];
  const nodes = [from];
  const edges: Step[] = [];
  const walk = (v: string) => {
    if (v === to) {
      found.push({ nodes: [...nodes], edges: [...edges] });
      return;
    }
    for (const [w, step] of inc.get(v)!) {
      if (nodes.includes(w)) continue;
      nodes.push(w);
      edges.push(step);
      walk(w);
      nodes.pop();
      edges.pop();
    }
  };
  walk(from);
  return found;
}

/** An(set) by repeated relaxation over the directed edges, including the set. */
export function ancestorsOf(graph: CausalGraph, set: Iterable<string>): Set<string> {
  const an = new Set(set);
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of graph.edges) {
      if (e.kind === '->' && an.has(e.to) && !an.has(e.from)) {
        an.add(e.from);
        changed = true;
      }
    }
  }
  return an;
}

export function isCollider(path: BrutePath, i: number): boolean {
  return path.edges[i - 1] !== '<-' && path.edges[i] !== '->';
}

/** Interior nodes that block the path given Z, in path order. */
export function blockers(path: BrutePath, z: ReadonlySet<string>, anZ: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (let i = 1; i < path.nodes.length - 1; i++) {
    const v = path.nodes[i];
    if (isCollider(path, i) ? !anZ.has(v) : z.has(v)) out.push(v);
  }
  return out;
}

export function isOpen(path: BrutePath, z: ReadonlySet<string>, anZ: ReadonlySet<string>): boolean {
  return blockers(path, z, anZ).length === 0;
}

export function isCausal(path: BrutePath): boolean {
  return path.edges.every((e) => e === '->');
}

/** Shortest first, then ids one by one in code-unit order, then edge kinds. */
export function comparePaths(a: BrutePath, b: BrutePath): number {
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i] !== b.nodes[i]) return a.nodes[i] < b.nodes[i] ? -1 : 1;
  }
  for (let i = 0; i < a.edges.length; i++) {
    if (a.edges[i] !== b.edges[i]) return STEP_RANK[a.edges[i]] - STEP_RANK[b.edges[i]];
  }
  return 0;
}

/** The open simple paths between any x ∈ X and y ∈ Y given Z. */
export function openPathsBetween(graph: CausalGraph, x: string[], y: string[], z: ReadonlySet<string>): BrutePath[] {
  const anZ = ancestorsOf(graph, z);
  const out: BrutePath[] = [];
  for (const a of x) for (const b of y) out.push(...allSimplePaths(graph, a, b).filter((p) => isOpen(p, z, anZ)));
  return out;
}

/** Whether the graph has the edge `a step b`. */
export function hasEdge(graph: CausalGraph, a: string, step: Step, b: string): boolean {
  return graph.edges.some((e) =>
    step === '->'
      ? e.kind === '->' && e.from === a && e.to === b
      : step === '<-'
        ? e.kind === '->' && e.from === b && e.to === a
        : e.kind === '<->' && ((e.from === a && e.to === b) || (e.from === b && e.to === a)),
  );
}

/** Directed distance from `a` down to `b` (0 when equal), or Infinity. */
export function directedDistance(graph: CausalGraph, a: string, b: string): number {
  let level = new Set([a]);
  const seen = new Set([a]);
  for (let d = 0; level.size > 0; d++) {
    if (level.has(b)) return d;
    const next = new Set<string>();
    for (const e of graph.edges) {
      if (e.kind === '->' && level.has(e.from) && !seen.has(e.to)) {
        seen.add(e.to);
        next.add(e.to);
      }
    }
    level = next;
  }
  return Infinity;
}

export interface RandomQuery {
  graph: CausalGraph;
  x: string[];
  y: string[];
  given: string[];
  selected: string[];
}

/**
 * A random small ADMG with random disjoint X, Y, Z (X, Y of 1–3 nodes) and sometimes a few
 * selected nodes outside X and Y. Sizes and densities are kept where path enumeration is quick.
 */
export function randomQuery(rng: () => number, maxNodes: number): RandomQuery {
  const n = 2 + Math.floor(rng() * (maxNodes - 1));
  const pDirected = 0.1 + 0.3 * rng();
  const pBidirected = rng() < 0.25 ? 0 : 0.2 * rng();
  const base = randomAdmg(rng, { n, pDirected, pBidirected });
  const ids = base.nodes.map((node) => node.id as string);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  const xSize = 1 + Math.floor(rng() * Math.min(3, n - 1));
  const ySize = 1 + Math.floor(rng() * Math.min(3, n - xSize));
  const x = ids.slice(0, xSize);
  const y = ids.slice(xSize, xSize + ySize);
  const rest = ids.slice(xSize + ySize);
  const given = rest.filter(() => rng() < 0.35);
  const selected = rng() < 0.3 ? rest.filter(() => rng() < 0.2) : [];
  const graph: CausalGraph = {
    ...base,
    nodes: base.nodes.map((node) => (selected.includes(node.id) ? { ...node, roles: ['selected' as const] } : node)),
  };
  return { graph, x, y, given, selected };
}
