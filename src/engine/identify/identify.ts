/**
 * engine/identify/identify — the id-level identification API: P(y | do(x), z) for a causal graph
 * given by node ids, as a formula (tree and TeX), or a hedge when it is not identifiable.
 *
 * Contract: `identify(graph, { y, x, given })` checks the query (InputError for an unknown id, an
 * empty y, overlapping sets, a latent node in the query, a selected node in y or x, a cycle, or
 * undirected/circle edges), conditions on every `selected` node as well as `given`, projects the
 * latent nodes out (latent projection), and runs ID (no conditioning) or IDC. An identifiable
 * query comes back with the raw ID/IDC tree (`rawExpression`), the presented tree (`expression`:
 * the adjustment or front-door formula when one applies, else the simplified ID tree), its TeX,
 * the derivation steps and the strategy; a non-identifiable one with the hedge (F, F′) as sorted
 * id lists of the projected graph and `strategy: { kind: 'none' }`.
 * Complexity: polynomial; the ID recursion and every strategy search are O(n · (n + m)) or less.
 * References: Shpitser & Pearl 2006 (AAAI, UAI); Tian & Pearl 2002; Verma 1993.
 */
import { InputError } from '../errors';
import { indexGraph, compareIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysableGraph, conditioningSet, requireDisjoint, requireNonEmpty, requireUnselected, resolveIds } from '../paths/query-input';
import type { Expr } from './expression';
import { type IdentificationStep, createIdContext, runId } from './id';
import { runIdc } from './idc';
import { latentProjection } from './latent-projection';
import { presentFormula } from './present';
import { exprToTex, texVariable } from './tex';

export type { IdentificationStep } from './id';

export interface IdentifyQuery {
  readonly y: readonly string[];
  readonly x: readonly string[];
  readonly given?: readonly string[];
}

export type IdentificationStrategy =
  | { readonly kind: 'adjustment'; readonly set: NodeId[] }
  | { readonly kind: 'frontdoor'; readonly set: NodeId[] }
  | { readonly kind: 'id' }
  | { readonly kind: 'none' };

export interface Hedge {
  readonly F: NodeId[];
  readonly Fprime: NodeId[];
  /**
   * The common root set R: the nodes of F′ without a child in F′. Both F and F′ are R-rooted
   * C-forests once each node keeps one edge towards R (F may need edges out of R dropped).
   */
  readonly roots: NodeId[];
  /** The effect the hedge blocks: P(y | do(x)) itself, or for IDC P(y ∪ z′ | do(x ∪ z″)). */
  readonly query: { readonly y: NodeId[]; readonly x: NodeId[] };
}

export interface IdentifyOptions {
  /** Present the adjustment/front-door form or the simplified tree (default true). */
  readonly simplify?: boolean;
}

export interface IdentifyResult {
  readonly identifiable: boolean;
  /** The presented formula, or null when not identifiable. */
  readonly expression: Expr | null;
  /** TeX of `expression` ('' when not identifiable). */
  readonly tex: string;
  /** TeX of the query itself, e.g. P(Y \mid \mathrm{do}(X)). */
  readonly queryTex: string;
  /** The unsimplified ID/IDC output. */
  readonly rawExpression: Expr | null;
  readonly hedge: Hedge | null;
  readonly steps: IdentificationStep[];
  readonly strategy: IdentificationStrategy;
  /** The conditioning set actually used: `given` plus every selected node, sorted. */
  readonly given: NodeId[];
}

function queryTex(y: readonly string[], x: readonly string[], z: readonly string[]): string {
  const list = (vs: readonly string[]) => vs.map(texVariable).join(', ');
  const parts = [...(x.length > 0 ? [`\\mathrm{do}(${list(x)})`] : []), ...(z.length > 0 ? [list(z)] : [])];
  return parts.length > 0 ? `P(${list(y)} \\mid ${parts.join(', ')})` : `P(${list(y)})`;
}

export function identify(graph: CausalGraph, query: IdentifyQuery, options: IdentifyOptions = {}): IdentifyResult {
  const full = analysableGraph(graph);
  const y = resolveIds(full, query.y, 'y');
  const x = resolveIds(full, query.x, 'x');
  const givenIn = resolveIds(full, query.given ?? [], 'given');
  requireNonEmpty(y, 'y');
  requireDisjoint(full, [
    ['y', y],
    ['x', x],
    ['given', givenIn],
  ]);
  for (const [what, list] of [['y', y], ['x', x]] as const) {
    for (const v of list) {
      if (full.roleMask.latent[v]) throw new InputError(`"${full.ids[v]}" is latent (unobserved), so it cannot be in ${what}`);
    }
    requireUnselected(full, list, what);
  }
  const z = conditioningSet(full, givenIn);
  const name = (v: number) => full.ids[v];
  const sortedNames = (vs: readonly number[]) => vs.map(name).sort(compareIds);
  const [yIds, xIds, zIds] = [sortedNames(y), sortedNames(x), sortedNames(z)];

  const ig = indexGraph(latentProjection(graph));
  const at = (ids: readonly NodeId[]) => ids.map((id) => ig.indexOf.get(id)!);
  const ctx = createIdContext(ig);
  const outcome = z.length > 0 ? runIdc(ctx, at(yIds), at(xIds), at(zIds)) : runId(ctx, at(yIds), at(xIds));
  const base = { queryTex: queryTex(yIds, xIds, zIds), steps: ctx.steps, given: zIds };
  if (!outcome.ok) {
    const ids = (vs: readonly number[]) => vs.map((v) => ig.ids[v]).sort(compareIds);
    const inFprime = new Set(outcome.hedge.Fprime);
    return {
      ...base,
      identifiable: false,
      expression: null,
      tex: '',
      rawExpression: null,
      hedge: {
        F: ids(outcome.hedge.F),
        Fprime: ids(outcome.hedge.Fprime),
        roots: ids(outcome.hedge.Fprime.filter((v) => !ig.children[v].some((c) => inFprime.has(c)))),
        query: { y: ids(outcome.query.y), x: ids(outcome.query.x) },
      },
      strategy: { kind: 'none' },
    };
  }
  const presented =
    options.simplify === false
      ? { expression: outcome.expr, strategy: { kind: 'id' } as const, steps: [] }
      : presentFormula(ig, outcome.expr, yIds, xIds, zIds);
  return {
    ...base,
    steps: [...ctx.steps, ...presented.steps],
    identifiable: true,
    expression: presented.expression,
    tex: exprToTex(presented.expression),
    rawExpression: outcome.expr,
    hedge: null,
    strategy: presented.strategy,
  };
}
