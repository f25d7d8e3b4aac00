/**
 * engine/adjust/adjustment-api — the id-level adjustment queries the CLI and UI ask.
 *
 * Contract (every function: the graph's exposure/outcome roles unless `exposures`/`outcomes` are
 * given; `effect` is `total` (adjustment criterion) or `direct` (single-door criterion); selected
 * nodes are always conditioned on, so they are part of every returned set; latent nodes never are;
 * sets are sorted id arrays, lists of sets sorted lexicographically; `[]` = no set exists, `[[]]` =
 * the empty set works; `InputError` for unknown ids, a cycle, or contradictory constraints):
 * - `checkAdjustmentSet` — is this set valid, and if not, every reason as a sentence, with the
 *   forbidden members (and the mediator or outcome each descends from), the open biasing paths
 *   (shortest first, capped) and the latent/exposure/outcome members;
 * - `minimalAdjustmentSets` / `allAdjustmentSets` — capped listings (`max`, default 100) with
 *   `must` / `mustNot` constraints and `truncated`; `iterateMinimalAdjustmentSets` is the lazy form;
 * - `canonicalAdjustmentSet` — the canonical set, or `null` when no set exists;
 * - `optimalAdjustmentSet` — the O-set, or `null` with the reason it is not defined.
 * Complexity: checking O(n + m) plus the capped path search; listing O(n·(n + m)) per set.
 * References: see `adjustment-problem.ts`, `minimal-sets.ts`, `canonical-set.ts`, `optimal-set.ts`.
 */
import { InputError } from '../errors';
import { compareIds, sortedIds } from '../graph/indexed';
import { displayNames } from '../graph/names';
import type { CausalGraph, NodeId } from '../graph/types';
import { allAdjustmentSetsOf } from './all-sets';
import { testAdjustment } from './adjustment-criterion';
import { type AdjustmentQuery, adjustmentQuery, resolveNodes } from './adjustment-input';
import { openBiasingPaths } from './adjustment-open-paths';
import type { AdjustmentProblem, EffectKind } from './adjustment-problem';
import { canonicalSetOf } from './canonical-set';
import { minimalAdjustmentSetsOf } from './minimal-sets';
import { optimalSetOf } from './optimal-set';
import { searchSpace } from './search-space';
import { describePath, describeSet, forbiddenReason } from './adjustment-sentences';

export type { AdjustmentQuery } from './adjustment-input';
export type { EffectKind } from './adjustment-problem';

export const DEFAULT_MAX_ADJUSTMENT_SETS = 100;
export const DEFAULT_MAX_OPEN_PATHS = 5;

export interface SetListingOptions extends AdjustmentQuery {
  /** Nodes every set must contain. */
  readonly must?: readonly string[];
  /** Nodes no set may contain. */
  readonly mustNot?: readonly string[];
  /** Cap on the number of sets (default 100). */
  readonly max?: number;
}

export interface SetListing {
  readonly sets: NodeId[][];
  /** True when more sets exist than `max`. */
  readonly truncated: boolean;
}

export interface ForbiddenMember {
  readonly node: NodeId;
  /** The mediator or outcome `node` descends from (itself for a mediator). */
  readonly because: NodeId;
  readonly kind: 'mediator' | 'descendant-of-mediator' | 'descendant-of-outcome';
}

export interface AdjustmentCheck {
  readonly valid: boolean;
  readonly effect: EffectKind;
  /** The set tested: the given set plus the selected nodes, sorted. */
  readonly set: NodeId[];
  /** Every reason the set fails, as sentences; empty when valid. */
  readonly reasons: string[];
  readonly forbidden: ForbiddenMember[];
  /** Open biasing paths as node sequences, shortest first, at most `maxPaths`. */
  readonly openPaths: NodeId[][];
  readonly containsLatent: NodeId[];
  readonly containsExposureOrOutcome: NodeId[];
}

export interface CheckOptions extends AdjustmentQuery {
  readonly set: readonly string[];
  /** Cap on the listed open paths (default 5). */
  readonly maxPaths?: number;
}

/** Lexicographic order of sorted id arrays (a proper prefix comes first). */
export function compareSets(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareIds(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function constraints(problem: AdjustmentProblem, options: SetListingOptions) {
  const { ig } = problem;
  const must = resolveNodes(ig, options.must ?? [], 'the nodes that must be included');
  const mustNot = resolveNodes(ig, options.mustNot ?? [], 'the nodes that must be excluded');
  const excluded = new Set(mustNot);
  for (const v of must) {
    if (excluded.has(v)) throw new InputError(`"${ig.ids[v]}" is both required and excluded`);
    if (problem.inX[v] || problem.inY[v]) {
      throw new InputError(`"${ig.ids[v]}" is an exposure or outcome, so an adjustment set cannot contain it`);
    }
    if (ig.roleMask.latent[v]) throw new InputError(`"${ig.ids[v]}" is latent (unobserved), so it cannot be adjusted for`);
  }
  for (const v of mustNot) {
    if (ig.roleMask.selected[v]) {
      throw new InputError(`"${ig.ids[v]}" is selected (always conditioned on), so it cannot be excluded`);
    }
  }
  return searchSpace(problem, must, mustNot);
}

function collect(problem: AdjustmentProblem, sets: Iterable<number[]>, max: number): SetListing {
  if (!Number.isInteger(max) || max < 0) throw new InputError(`max must be a whole number ≥ 0 (got ${max})`);
  const out: NodeId[][] = [];
  let truncated = false;
  for (const set of sets) {
    if (out.length === max) {
      truncated = true;
      break;
    }
    out.push(sortedIds(problem.ig, set));
  }
  return { sets: out.sort(compareSets), truncated };
}

/** Minimal sufficient adjustment sets (I-minimal under `must`), capped at `max`. */
export function minimalAdjustmentSets(graph: CausalGraph, options: SetListingOptions = {}): SetListing {
  const problem = adjustmentQuery(graph, options);
  return collect(problem, minimalAdjustmentSetsOf(problem, constraints(problem, options)), options.max ?? DEFAULT_MAX_ADJUSTMENT_SETS);
}

/** The minimal sets one at a time, in search order (for "show more" in a worker). */
export function* iterateMinimalAdjustmentSets(graph: CausalGraph, options: SetListingOptions = {}): Generator<NodeId[], void, undefined> {
  const problem = adjustmentQuery(graph, options);
  for (const set of minimalAdjustmentSetsOf(problem, constraints(problem, options))) yield sortedIds(problem.ig, set);
}

/** Every valid adjustment set, capped at `max`. */
export function allAdjustmentSets(graph: CausalGraph, options: SetListingOptions = {}): SetListing {
  const problem = adjustmentQuery(graph, options);
  return collect(problem, allAdjustmentSetsOf(problem, constraints(problem, options)), options.max ?? DEFAULT_MAX_ADJUSTMENT_SETS);
}

/** The canonical adjustment set, or `null` when no adjustment set exists. */
export function canonicalAdjustmentSet(graph: CausalGraph, query: EffectKind | AdjustmentQuery = 'total'): NodeId[] | null {
  const problem = adjustmentQuery(graph, typeof query === 'string' ? { effect: query } : query);
  const set = canonicalSetOf(problem, searchSpace(problem));
  return set === null ? null : sortedIds(problem.ig, set);
}

export interface OptimalAdjustment {
  readonly set: NodeId[] | null;
  readonly reason: string | null;
}

/** The optimal (O-) set of Henckel, Perković & Maathuis for the total effect, or why there is none. */
export function optimalAdjustmentSet(graph: CausalGraph, query: Omit<AdjustmentQuery, 'effect'> = {}): OptimalAdjustment {
  const problem = adjustmentQuery(graph, { ...query, effect: 'total' });
  const result = optimalSetOf(problem);
  return { set: result.set === null ? null : sortedIds(problem.ig, result.set), reason: result.reason };
}

/** Checks a given set against the adjustment (total) or single-door (direct) criterion, with reasons. */
export function checkAdjustmentSet(graph: CausalGraph, options: CheckOptions): AdjustmentCheck {
  const problem = adjustmentQuery(graph, options);
  const { ig, inX, inY } = problem;
  const given = resolveNodes(ig, options.set, 'the adjustment set');
  const inSet = new Uint8Array(ig.n);
  for (const v of given) inSet[v] = 1;
  for (let v = 0; v < ig.n; v++) if (ig.roleMask.selected[v]) inSet[v] = 1;
  const members: number[] = [];
  for (let v = 0; v < ig.n; v++) if (inSet[v]) members.push(v);
  const reasons: string[] = [];
  const names = displayNames(ig.graph);
  const endpoints = members.filter((v) => inX[v] || inY[v]);
  for (const v of endpoints) {
    reasons.push(`"${names[v]}" is ${inX[v] ? 'an exposure' : 'an outcome'}; an adjustment set cannot contain it.`);
  }
  const latent = members.filter((v) => ig.roleMask.latent[v]);
  for (const v of latent) reasons.push(`"${names[v]}" is latent (unobserved), so it cannot be adjusted for.`);
  const z = members.filter((v) => !inX[v] && !inY[v]);
  const test = testAdjustment(problem, z);
  const byId = (a: number, b: number) => compareIds(ig.ids[a], ig.ids[b]);
  const forbidden: ForbiddenMember[] = [...test.forbidden].sort(byId).map((v) => {
    const source = problem.forbiddenBecause[v];
    const kind = source === v ? 'mediator' : inY[source] ? 'descendant-of-outcome' : 'descendant-of-mediator';
    reasons.push(forbiddenReason(problem, names, v));
    return { node: ig.ids[v], because: ig.ids[source], kind };
  });
  const maxPaths = options.maxPaths ?? DEFAULT_MAX_OPEN_PATHS;
  let openPaths: NodeId[][] = [];
  // A forbidden member can open a non-causal path through a mediator, which G^pbd lacks: list the
  // paths of G then as well.
  if ((test.openPath !== null || test.forbidden.length > 0) && maxPaths > 0) {
    const listing = openBiasingPaths(problem, z, maxPaths);
    const paths = listing.paths.map((p) => ({ nodes: p.nodes, text: describePath(ig, names, p.nodes, p.edges) }));
    if (paths.length === 0 && test.openPath !== null) paths.push({ nodes: test.openPath, text: describePath(ig, names, test.openPath) });
    openPaths = paths.map((p) => p.nodes.map((v) => ig.ids[v]));
    const kind = problem.effect === 'total' ? 'non-causal path' : 'path';
    const givenText = describeSet(names, z);
    for (const p of paths) reasons.push(`The ${kind} ${p.text} is open ${givenText}.`);
    if (listing.paths.length === maxPaths) reasons.push(`(Showing the ${maxPaths} shortest open paths; there may be more.)`);
  }
  return {
    valid: endpoints.length === 0 && latent.length === 0 && test.valid,
    effect: problem.effect,
    set: sortedIds(ig, members),
    reasons,
    forbidden,
    openPaths,
    containsLatent: sortedIds(ig, latent),
    containsExposureOrOutcome: sortedIds(ig, endpoints),
  };
}
