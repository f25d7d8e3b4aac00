/**
 * engine/adjust/frontdoor-report — the id-level front-door API used by the UI, the CLI and the
 * analyze report.
 *
 * Contract: exposures X and outcomes Y come from the options or from the graph's roles. Sets are
 * sorted id arrays; listings are in lexicographic order and capped at `max` with `truncated` set
 * when more sets exist. "No set exists" is `sets: []`; "the empty set works" is `sets: [[]]`.
 * Latent nodes are never candidates. The front-door criterion has no version with selection, so
 * graphs with `selected` nodes are refused (report: `null`). `frontdoorReport` is `null` when the
 * graph has no exposure or no outcome, when they overlap, or when the graph is not an acyclic
 * DAG/ADMG. Complexity: listing O(n (n + m)) per set; `find`/`minimal` O(n + m) / O(n (n + m)).
 * References: Pearl 1995; Jeong, Tian & Bareinboim 2022; Wienöbst, van der Zander & Liśkiewicz 2024.
 */
import { type IndexedGraph, indexGraph, indicesOf, maskMembers, sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { findFrontdoorSet } from './frontdoor';
import { listFrontdoorSets } from './frontdoor-list';
import { minimalFrontdoorSet } from './frontdoor-minimal';

export interface FrontdoorOptions {
  /** Exposures; defaults to the nodes with role `exposure`. */
  readonly exposure?: readonly string[];
  /** Outcomes; defaults to the nodes with role `outcome`. */
  readonly outcome?: readonly string[];
  /** Nodes every set must contain (I). */
  readonly must?: readonly string[];
  /** Nodes a set may contain (R); defaults to every observed node other than X and Y. */
  readonly allowed?: readonly string[];
  /** Listing cap (default 100). */
  readonly max?: number;
}

export interface FrontdoorListing {
  readonly sets: NodeId[][];
  readonly truncated: boolean;
}

export const DEFAULT_FRONTDOOR_MAX = 100;

interface Problem {
  readonly ig: IndexedGraph;
  readonly x: number[];
  readonly y: number[];
  readonly must: Uint8Array;
  readonly allowed: Uint8Array;
}

function roleIndices(ig: IndexedGraph, role: 'exposure' | 'outcome'): number[] {
  return maskMembers(ig.roleMask[role]);
}

function prepare(graph: CausalGraph, options: FrontdoorOptions): Problem {
  const ig = indexGraph(graph);
  const ready = analysisReadiness(ig);
  if (!ready.ok) throw new Error(ready.message);
  if (maskMembers(ig.roleMask.selected).length > 0) {
    throw new Error('front-door sets are not defined for graphs with selected nodes');
  }
  const x = options.exposure ? indicesOf(ig, options.exposure, 'exposure') : roleIndices(ig, 'exposure');
  const y = options.outcome ? indicesOf(ig, options.outcome, 'outcome') : roleIndices(ig, 'outcome');
  if (x.length === 0 || y.length === 0) throw new Error('front-door sets need at least one exposure and one outcome');
  const inXY = new Uint8Array(ig.n);
  for (const v of x) inXY[v] = 1;
  for (const v of y) {
    if (inXY[v]) throw new Error(`node "${ig.ids[v]}" cannot be both exposure and outcome`);
    inXY[v] = 1;
  }
  const allowed = new Uint8Array(ig.n);
  const allowedList = options.allowed ? indicesOf(ig, options.allowed) : [...ig.ids.keys()];
  for (const v of allowedList) if (!inXY[v] && !ig.roleMask.latent[v]) allowed[v] = 1;
  const must = new Uint8Array(ig.n);
  for (const v of indicesOf(ig, options.must ?? [])) {
    if (ig.roleMask.latent[v]) throw new Error(`node "${ig.ids[v]}" is latent and cannot be in a front-door set`);
    if (inXY[v]) throw new Error(`node "${ig.ids[v]}" is an exposure or outcome and cannot be in a front-door set`);
    must[v] = 1;
    allowed[v] = 1;
  }
  return { ig, x, y, must, allowed };
}

/** The same listing as a lazy stream (for a worker that shows sets as they come), uncapped. */
export function* iterateFrontdoorSets(graph: CausalGraph, options: FrontdoorOptions = {}): Generator<NodeId[], void, undefined> {
  const { ig, x, y, must, allowed } = prepare(graph, options);
  for (const set of listFrontdoorSets(ig, x, y, must, allowed)) yield sortedIds(ig, maskMembers(set));
}

/** All front-door sets between `must` and `allowed`, lexicographically, capped at `max`. */
export function frontdoorSets(graph: CausalGraph, options: FrontdoorOptions = {}): FrontdoorListing {
  const { ig, x, y, must, allowed } = prepare(graph, options);
  const max = options.max ?? DEFAULT_FRONTDOOR_MAX;
  const sets: NodeId[][] = [];
  for (const set of listFrontdoorSets(ig, x, y, must, allowed)) {
    if (sets.length === max) return { sets, truncated: true };
    sets.push(sortedIds(ig, maskMembers(set)));
  }
  return { sets, truncated: false };
}

/** The maximal front-door set (it exists whenever any set does), or `null`. */
export function findFrontdoorSetIds(graph: CausalGraph, options: FrontdoorOptions = {}): NodeId[] | null {
  const { ig, x, y, must, allowed } = prepare(graph, options);
  const set = findFrontdoorSet(ig, x, y, must, allowed);
  return set && sortedIds(ig, maskMembers(set));
}

/** An inclusion-minimal front-door set, or `null`. */
export function minimalFrontdoorSetIds(graph: CausalGraph, options: FrontdoorOptions = {}): NodeId[] | null {
  const { ig, x, y, must, allowed } = prepare(graph, options);
  const set = minimalFrontdoorSet(ig, x, y, must, allowed);
  return set && sortedIds(ig, maskMembers(set));
}

/** Whether `set` satisfies the front-door criterion for the graph's (or the given) exposure and outcome. */
export function isFrontdoorSet(graph: CausalGraph, set: readonly string[], options: FrontdoorOptions = {}): boolean {
  const problem = prepare(graph, { ...options, must: set, allowed: set });
  return findFrontdoorSet(problem.ig, problem.x, problem.y, problem.must, problem.must) !== null;
}

/** The analyze report's `frontdoor` entry: the capped listing, or `null` when it does not apply. */
export function frontdoorReport(graph: CausalGraph, max = DEFAULT_FRONTDOOR_MAX): FrontdoorListing | null {
  const ig = indexGraph(graph);
  if (!analysisReadiness(ig).ok || maskMembers(ig.roleMask.selected).length > 0) return null;
  const x = roleIndices(ig, 'exposure');
  const y = roleIndices(ig, 'outcome');
  if (x.length === 0 || y.length === 0 || x.some((v) => ig.roleMask.outcome[v])) return null;
  return frontdoorSets(graph, { max });
}
