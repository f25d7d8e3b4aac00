/**
 * engine/identify/id — the ID algorithm: P(y | do(x)) on an ADMG as an expression over the
 * observational distribution, or a hedge proving that no such expression exists.
 *
 * Contract: `runId(ctx, y, x)` takes disjoint, non-empty-y index sets of the graph in `ctx` (an
 * acyclic ADMG over observed nodes only) and returns `{ ok: true, expr }` or `{ ok: false, hedge }`
 * with the node sets F ⊃ F′ of the failing line 5. Each line that fires appends a step in plain
 * words to `ctx.steps`. The recursion follows IDENTIFICATION.md §5 and keeps the two rules other
 * implementations break: the *current* distribution is passed down (lines 6/7 take their
 * conditionals from it), and π is the topological order of the original graph, so in line 7 the
 * predecessors outside S′ stay in the conditioning sets as fixed values.
 * While the current distribution is still a marginal P(A) of the observational one over an
 * ancestral set A, a conditional P(v | predecessors) is written with only the predecessors that
 * the ordered local Markov property needs (v's district among its predecessors plus their
 * parents), which is exact and avoids the unreadable "condition on everything before" form.
 * Complexity: O(n) recursive calls per line-4 branch, each O(n + m); polynomial overall.
 * References: Shpitser & Pearl 2006 (AAAI), Fig. 3; Tian & Pearl 2002 (Q[S] factorisation);
 * Richardson 2003 (ordered local Markov property for ADMGs).
 */
import { ancestorsMask } from '../graph/ancestry';
import { districtOf, districts } from '../graph/districts';
import type { IndexedGraph } from '../graph/indexed';
import { compareIds, maskOf } from '../graph/indexed';
import { topologicalOrder } from '../graph/order';
import { type Expr, P, frac, prod, sum } from './expression';

export interface IdentificationStep {
  /** Which line fired: ID1 … ID7 (Shpitser & Pearl's numbering), IDC1/IDC2, or a strategy. */
  readonly rule: string;
  /** Recursion depth, 0 for the query itself. */
  readonly depth: number;
  /** The sub-problem, e.g. "P(Y | do(X))". */
  readonly query: string;
  /** What happened, in plain words. */
  readonly text: string;
}

export interface IdContext {
  readonly ig: IndexedGraph;
  /** position[v] = rank of v in the fixed topological order π of the whole graph. */
  readonly position: Int32Array;
  readonly steps: IdentificationStep[];
}

export type IdOutcome =
  | { readonly ok: true; readonly expr: Expr }
  | {
      readonly ok: false;
      readonly hedge: { readonly F: number[]; readonly Fprime: number[] };
      /** The ID query the hedge is for: y ∪ z′ and x ∪ z″ after IDC's moves, else y and x. */
      readonly query: { readonly y: readonly number[]; readonly x: readonly number[] };
    };

/** The distribution the recursion currently works on. */
type Current = { readonly kind: 'observational' } | { readonly kind: 'expr'; readonly expr: Expr };

export function createIdContext(ig: IndexedGraph): IdContext {
  const order = topologicalOrder(ig);
  if (!order) throw new Error('engine/identify/id: the graph has a directed cycle');
  const position = new Int32Array(ig.n);
  order.forEach((v, i) => (position[v] = i));
  return { ig, position, steps: [] };
}

const ids = (ctx: IdContext, set: Iterable<number>) => [...set].map((i) => ctx.ig.ids[i] as string).sort(compareIds);
const braces = (ctx: IdContext, set: Iterable<number>) => `{${ids(ctx, set).join(', ')}}`;
const minus = (a: readonly number[], b: Uint8Array) => a.filter((v) => !b[v]);

function describe(ctx: IdContext, y: readonly number[], x: readonly number[]): string {
  const ys = ids(ctx, y).join(', ');
  return x.length === 0 ? `P(${ys})` : `P(${ys} | do(${ids(ctx, x).join(', ')}))`;
}

/** Σ_{V∖keep} of the current distribution. */
function marginal(ctx: IdContext, current: Current, members: readonly number[], keep: Uint8Array): Expr {
  const kept = members.filter((v) => keep[v]);
  if (current.kind === 'observational') return P(ids(ctx, kept));
  const dropped = minus(members, keep);
  return dropped.length === 0 ? current.expr : sum(ids(ctx, dropped), current.expr);
}

/** P(v | v_π^(i−1) ∩ V) computed from the current distribution over V (members). */
function conditional(ctx: IdContext, current: Current, members: readonly number[], v: number): Expr {
  const before = members.filter((u) => ctx.position[u] < ctx.position[v]);
  if (current.kind === 'observational') {
    const within = maskOf(ctx.ig.n, [...before, v]);
    const district = districtOf(ctx.ig, v, within);
    const needed = new Set<number>(district);
    for (const d of district) for (const p of ctx.ig.parents[d]) if (within[p]) needed.add(p);
    needed.delete(v);
    return P([ctx.ig.ids[v]], ids(ctx, needed));
  }
  const upTo = maskOf(ctx.ig.n, [...before, v]);
  const num = marginal(ctx, current, members, upTo);
  const den = marginal(ctx, current, members, maskOf(ctx.ig.n, before));
  return frac(num, den);
}

export function runId(ctx: IdContext, y: readonly number[], x: readonly number[]): IdOutcome {
  const all = Array.from({ length: ctx.ig.n }, (_, i) => i);
  const outcome = id(ctx, y, x, { kind: 'observational' }, all, 0);
  return outcome.ok ? outcome : { ...outcome, query: { y: [...y], x: [...x] } };
}

function id(
  ctx: IdContext,
  y: readonly number[],
  x: readonly number[],
  current: Current,
  members: readonly number[],
  depth: number,
): IdOutcome {
  const { ig } = ctx;
  const query = describe(ctx, y, x);
  const step = (rule: string, text: string) => ctx.steps.push({ rule, depth, query, text });
  const inY = maskOf(ig.n, y);
  const inX = maskOf(ig.n, x);
  const inV = maskOf(ig.n, members);

  // Line 1: nothing to intervene on.
  if (x.length === 0) {
    const rest = minus(members, inY);
    step('ID1', rest.length === 0 ? 'no intervention left: read the current distribution' : `no intervention left: sum the current distribution over ${braces(ctx, rest)}`);
    return { ok: true, expr: marginal(ctx, current, members, inY) };
  }

  // Line 2: only ancestors of y matter.
  const ancestors = ancestorsMask(ig, y, inV);
  if (members.some((v) => !ancestors[v])) {
    const dropped = minus(members, ancestors);
    const keptMembers = members.filter((v) => ancestors[v]);
    const one = dropped.length === 1;
    step('ID2', `${braces(ctx, dropped)} ${one ? 'is not an ancestor' : 'are not ancestors'} of ${braces(ctx, y)}: sum ${one ? 'it' : 'them'} out and continue in the subgraph on ${braces(ctx, keptMembers)}`);
    const next: Current = current.kind === 'observational' ? current : { kind: 'expr', expr: marginal(ctx, current, members, ancestors) };
    return id(ctx, y, x.filter((v) => ancestors[v]), next, keptMembers, depth + 1);
  }

  // Line 3: intervening on W as well changes nothing (do-calculus rule 3).
  const notX = maskOf(ig.n, minus(members, inX));
  const ancestorsAvoidingX = ancestorsMask(ig, y, notX);
  const w = members.filter((v) => notX[v] && !ancestorsAvoidingX[v]);
  if (w.length > 0) {
    const one = w.length === 1;
    step('ID3', `${braces(ctx, w)} ${one ? 'has' : 'have'} no directed path to ${braces(ctx, y)} that avoids ${braces(ctx, x)}: intervening on ${one ? 'it' : 'them'} as well changes nothing (rule 3)`);
    return id(ctx, y, [...x, ...w], current, members, depth + 1);
  }

  // Line 4: factorise over the districts of G[V ∖ x].
  const parts = districts(ig, notX);
  if (parts.length > 1) {
    const summed = members.filter((v) => !inX[v] && !inY[v]);
    step('ID4', `without ${braces(ctx, x)} the graph splits into districts ${parts.map((d) => braces(ctx, d)).join(', ')}: one factor per district${summed.length > 0 ? `, summed over ${braces(ctx, summed)}` : ''}`);
    const factors: Expr[] = [];
    for (const part of parts) {
      const inPart = maskOf(ig.n, part);
      const outcome = id(ctx, part, minus(members, inPart), current, members, depth + 1);
      if (!outcome.ok) return outcome;
      factors.push(outcome.expr);
    }
    const product = prod(factors);
    return { ok: true, expr: summed.length === 0 ? product : sum(ids(ctx, summed), product) };
  }
  const s = parts[0];

  // Line 5: the whole graph is one district — a hedge.
  const whole = districts(ig, inV);
  if (whole.length === 1) {
    step('ID5', `FAIL: ${braces(ctx, members)} is a single district and so is ${braces(ctx, s)} without ${braces(ctx, x)}; they form a hedge, so the effect is not identifiable`);
    return { ok: false, hedge: { F: [...members].sort((a, b) => a - b), Fprime: [...s] }, query: { y, x } };
  }

  // Line 6: S is itself a district of G: Q[S] is a product of conditionals of the current P.
  const sPrime = districtOf(ig, s[0], inV);
  const byOrder = (list: readonly number[]) => [...list].sort((a, b) => ctx.position[a] - ctx.position[b]);
  if (sPrime.length === s.length) {
    const summed = s.filter((v) => !inY[v]);
    step('ID6', `${braces(ctx, s)} is a district of the current graph: its factor is a product of conditionals in topological order${summed.length > 0 ? `, summed over ${braces(ctx, summed)}` : ''}`);
    const product = prod(byOrder(s).map((v) => conditional(ctx, current, members, v)));
    return { ok: true, expr: summed.length === 0 ? product : sum(ids(ctx, summed), product) };
  }

  // Line 7: S sits inside a larger district S′ of G: recurse on G[S′] with Q[S′].
  const inSPrime = maskOf(ig.n, sPrime);
  const fixed = new Set<number>();
  for (const v of sPrime) for (const u of members) if (!inSPrime[u] && ctx.position[u] < ctx.position[v]) fixed.add(u);
  step('ID7', `${braces(ctx, s)} lies inside the district ${braces(ctx, sPrime)}: compute its factor${fixed.size > 0 ? ` with ${braces(ctx, fixed)} held fixed` : ''} and continue in the subgraph on ${braces(ctx, sPrime)}`);
  const factor = prod(byOrder(sPrime).map((v) => conditional(ctx, current, members, v)));
  return id(ctx, y, x.filter((v) => inSPrime[v]), { kind: 'expr', expr: factor }, sPrime, depth + 1);
}
