/**
 * Independent checks for non-identifiability verdicts (IDENTIFICATION.md §11), written without
 * the identification engine: a brute-force latent projection (path enumeration), the structural
 * hedge certificate, and Tian & Pearl's single-treatment criterion.
 */
import type { CausalGraph } from '../../../../src/engine';

export interface SimpleAdmg {
  readonly nodes: readonly string[];
  readonly parents: ReadonlyMap<string, ReadonlySet<string>>;
  readonly spouses: ReadonlyMap<string, ReadonlySet<string>>;
}

function admg(nodes: readonly string[], directed: Iterable<[string, string]>, bidirected: Iterable<[string, string]>): SimpleAdmg {
  const parents = new Map(nodes.map((v) => [v, new Set<string>()]));
  const spouses = new Map(nodes.map((v) => [v, new Set<string>()]));
  for (const [a, b] of directed) parents.get(b)!.add(a);
  for (const [a, b] of bidirected) {
    if (a === b) continue;
    spouses.get(a)!.add(b);
    spouses.get(b)!.add(a);
  }
  return { nodes, parents, spouses };
}

/**
 * The latent projection by enumerating every simple path whose inner nodes are latent: a -> b for
 * a directed one, a <-> b for one with arrowheads at both ends and no collider.
 */
export function bruteForceProjection(graph: CausalGraph): SimpleAdmg {
  const latent = new Set(graph.nodes.filter((n) => n.roles.includes('latent')).map((n) => n.id as string));
  const observed = graph.nodes.map((n) => n.id as string).filter((v) => !latent.has(v));
  // Edge ends as seen from a node: [neighbour, arrowhead at me, arrowhead at neighbour].
  const incident = new Map<string, [string, boolean, boolean][]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    if (e.kind === '->') {
      incident.get(e.from)!.push([e.to, false, true]);
      incident.get(e.to)!.push([e.from, true, false]);
    } else if (e.kind === '<->') {
      incident.get(e.from)!.push([e.to, true, true]);
      incident.get(e.to)!.push([e.from, true, true]);
    }
  }
  const directed: [string, string][] = [];
  const bidirected: [string, string][] = [];
  for (const a of observed) {
    const walk = (v: string, visited: Set<string>, headAtStart: boolean, allForward: boolean, headIntoV: boolean) => {
      for (const [w, headAtV, headAtW] of incident.get(v)!) {
        if (visited.has(w)) continue;
        if (v !== a && headIntoV && headAtV) continue; // v would be a collider
        const forward = allForward && !headAtV && headAtW;
        const startHead = v === a ? headAtV : headAtStart;
        if (!latent.has(w)) {
          if (forward) directed.push([a, w]);
          if (startHead && headAtW) bidirected.push([a, w]);
          continue;
        }
        visited.add(w);
        walk(w, visited, startHead, forward, headAtW);
        visited.delete(w);
      }
    };
    walk(a, new Set([a]), false, true, false);
  }
  return admg(observed, directed, bidirected);
}

const connectedBidirected = (g: SimpleAdmg, set: ReadonlySet<string>): boolean => {
  const [first] = set;
  if (first === undefined) return false;
  const seen = new Set([first]);
  const stack = [first];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const s of g.spouses.get(v)!) {
      if (set.has(s) && !seen.has(s)) {
        seen.add(s);
        stack.push(s);
      }
    }
  }
  return seen.size === set.size;
};

/** Ancestors of `targets` (inclusive) in G with every edge into `cut` removed. */
function ancestorsAvoiding(g: SimpleAdmg, targets: readonly string[], cut: ReadonlySet<string>): Set<string> {
  const seen = new Set(targets);
  const stack = [...targets];
  while (stack.length > 0) {
    const v = stack.pop()!;
    if (cut.has(v)) continue;
    for (const p of g.parents.get(v)!) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen;
}

/**
 * The hedge certificate for P(y | do(x)) on node sets: F′ ⊊ F; G[F] and G[F′] are each one
 * district; with R the nodes of F′ that have no child in F′, every node of F reaches R by a
 * directed path inside F (so both are R-rooted C-forests after dropping edges), and R is the
 * stated root set when one is given; R ⊆ An(y)_{G_x̄};
 * F ∩ x ≠ ∅ and F′ ∩ x = ∅. Returns the reasons it fails (empty when it passes).
 */
export function hedgeProblems(
  g: SimpleAdmg,
  hedge: { F: readonly string[]; Fprime: readonly string[]; roots?: readonly string[] },
  y: readonly string[],
  x: readonly string[],
): string[] {
  const problems: string[] = [];
  const F = new Set(hedge.F);
  const Fp = new Set(hedge.Fprime);
  const X = new Set(x);
  if (Fp.size === 0 || ![...Fp].every((v) => F.has(v)) || Fp.size >= F.size) problems.push('F′ is not a proper non-empty subset of F');
  if (!connectedBidirected(g, F)) problems.push('F is not one district');
  if (!connectedBidirected(g, Fp)) problems.push('F′ is not one district');
  const roots = [...Fp].filter((v) => ![...Fp].some((c) => g.parents.get(c)!.has(v)));
  if (hedge.roots && JSON.stringify([...hedge.roots].sort()) !== JSON.stringify([...roots].sort())) {
    problems.push(`stated roots ${hedge.roots} are not the sinks ${roots} of F′`);
  }
  const reach = new Set(roots);
  const stack = [...roots];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const p of g.parents.get(v)!) {
      if (F.has(p) && !reach.has(p)) {
        reach.add(p);
        stack.push(p);
      }
    }
  }
  if ([...F].some((v) => !reach.has(v))) problems.push('some node of F does not reach the roots inside F');
  const an = ancestorsAvoiding(g, y, X);
  if (!roots.every((r) => an.has(r))) problems.push('a root is not in An(y) of G with edges into x cut');
  if (![...F].some((v) => X.has(v))) problems.push('F does not meet x');
  if ([...Fp].some((v) => X.has(v))) problems.push('F′ meets x');
  return problems;
}

/** Tian & Pearl 2002: P(y | do(x)) for one x is identifiable iff no bidirected path inside
 * G[An(y)] joins x to one of its children in An(y). */
export function tianPearlIdentifiable(g: SimpleAdmg, y: readonly string[], x: string): boolean {
  const an = ancestorsAvoiding(g, y, new Set());
  if (!an.has(x)) return true;
  const seen = new Set([x]);
  const stack = [x];
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const s of g.spouses.get(v)!) {
      if (an.has(s) && !seen.has(s)) {
        seen.add(s);
        stack.push(s);
      }
    }
  }
  return ![...an].some((c) => c !== x && g.parents.get(c)!.has(x) && seen.has(c));
}
