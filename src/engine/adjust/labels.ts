/**
 * engine/adjust/labels — automatic role labels relative to the exposures X and outcomes Y, each
 * with a one-sentence reason that names a path of the graph (nodes by their display names).
 *
 * Contract: `roleLabels(graph)` maps node ids (sorted; only nodes with a label) to their labels in
 * a fixed order; `labelsReport(graph)` is the plain {id: [label]} map of the analyze report. Both
 * are `null` without an exposure and an outcome, when a node is both, or when the graph is not an
 * acyclic DAG/ADMG. X and Y get no labels. A node may carry several labels. Definitions, with
 * "path" meaning a path whose interior avoids X ∪ Y:
 *   confounder           a directed path to some x and a directed path to some y (a common cause);
 *   mediator             on a directed path from some x to some y;
 *   collider             entered through an arrowhead by a collider-free path from some x and by
 *                        one from some y, so conditioning on it (or a descendant) connects them;
 *                        this takes in the descendants of colliders too (the two paths may meet
 *                        above it), and the reason says so when no single path shows it a collider;
 *   m-bias               a collider as above, not a descendant of X, observed, whose x-side path
 *                        leaves x through an edge into x: adjusting for it opens a back-door path;
 *   exposure-descendant  a descendant of some x;
 *   instrument           a conditional instrument (one exposure and one outcome; `instruments.ts`);
 *   precision            observed, a directed path to some y, and m-separated from X given ∅.
 * Latent nodes can be confounders, mediators, colliders or descendants, never the others. The
 * labels describe the graph's paths; the role `selected` does not change them.
 * Complexity: O(n + m) for most path labels; a collider candidate that is also reached going up
 * costs one more O(n + m) search, so O(n (n + m)) in the worst case, as for instruments.
 * References: Pearl 2009 §3.3 (back-door paths), §6.5 (confounders); Greenland, Pearl & Robins 1999
 * (colliders, M-bias); Brito & Pearl 2002 (instruments); Textor et al. 2016 (DAGitty's categories).
 */
import { type IndexedGraph, compareIds, indexGraph, maskMembers } from '../graph/indexed';
import { displayNames } from '../graph/names';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { dConnectingPath } from '../paths/dseparation';
import { describePath } from './adjustment-sentences';
import { conditionalInstruments } from './instruments';
import { HEAD, type Search, TAIL, colliderFreeSearch, directedSearch, reachedAny, walk } from './labels-search';

export const ROLE_LABELS = [
  'confounder',
  'mediator',
  'collider',
  'm-bias',
  'exposure-descendant',
  'instrument',
  'precision',
] as const;
export type RoleLabel = (typeof ROLE_LABELS)[number];

export interface LabelEntry {
  readonly label: RoleLabel;
  readonly reason: string;
  /** The path the reason names, as node ids, when it is a single path. */
  readonly path?: NodeId[];
}

/** Joins a walk start…v and a walk other…v into start…v…other when the result is a simple path. */
function joined(first: number[], second: number[]): number[] | null {
  const path = [...first, ...second.slice(0, -1).reverse()];
  return new Set(path).size === path.length ? path : null;
}

function firstState(search: Search, v: number, marks: readonly number[]): number {
  for (const mark of marks) if (search.reached[2 * v + mark]) return 2 * v + mark;
  return -1;
}

/**
 * The walk state entering v through an arrowhead on a simple collider-free path from `start`, with
 * the search it belongs to; −1 when there is none. The shared search answers unless its shortest
 * walk passed v on the way, in which case a search that may not pass through v decides (see
 * labels-search: a shortest walk that does not repeat v repeats no node).
 */
function arrowheadInto(
  ig: IndexedGraph,
  shared: Search,
  v: number,
  start: readonly number[],
  stop: Uint8Array,
  backdoorOnly: boolean,
): { search: Search; state: number } {
  if (!shared.reached[2 * v + HEAD]) return { search: shared, state: -1 };
  if (!shared.reached[2 * v + TAIL]) return { search: shared, state: 2 * v + HEAD };
  const sharedWalk = walk(shared, 2 * v + HEAD);
  if (sharedWalk.indexOf(v) === sharedWalk.length - 1) return { search: shared, state: 2 * v + HEAD };
  const own = colliderFreeSearch(ig, start, stop, backdoorOnly, v);
  return { search: own, state: own.reached[2 * v + HEAD] ? 2 * v + HEAD : -1 };
}

export function roleLabelsOf(ig: IndexedGraph, x: readonly number[], y: readonly number[]): Map<number, LabelEntry[]> {
  const stop = new Uint8Array(ig.n);
  for (const v of [...x, ...y]) stop[v] = 1;
  const latent = ig.roleMask.latent;
  const toX = directedSearch(ig, x, stop, 'backward');
  const toY = directedSearch(ig, y, stop, 'backward');
  const fromX = directedSearch(ig, x, stop, 'forward');
  const descendants = directedSearch(ig, x, new Uint8Array(ig.n), 'forward');
  const intoFromX = colliderFreeSearch(ig, x, stop);
  const intoFromY = colliderFreeSearch(ig, y, stop);
  const backdoorFromX = colliderFreeSearch(ig, x, stop, true);
  const openToX = colliderFreeSearch(ig, x, new Uint8Array(ig.n));
  const labels = new Map<number, LabelEntry[]>();
  const add = (v: number, label: RoleLabel, reason: string, path?: number[]) => {
    const list = labels.get(v) ?? [];
    list.push(path ? { label, reason, path: path.map((i) => ig.ids[i]) } : { label, reason });
    labels.set(v, list);
  };
  const names = displayNames(ig.graph);
  const id = (v: number) => names[v];
  const formatPath = (path: readonly number[]) => describePath(ig, names, path);

  for (let v = 0; v < ig.n; v++) {
    if (stop[v]) continue;
    const toXState = firstState(toX, v, [TAIL]);
    const toYState = firstState(toY, v, [TAIL]);
    if (toXState >= 0 && toYState >= 0) {
      const a = walk(toX, toXState);
      const b = walk(toY, toYState);
      const path = joined(a, b);
      if (path) add(v, 'confounder', `${id(v)} is a confounder: it opens the back-door path ${formatPath(path)}.`, path);
      else {
        const reason = `${id(v)} is a confounder: it causes both ${id(a[0])} (${formatPath([...a].reverse())}) and ${id(b[0])} (${formatPath([...b].reverse())}).`;
        add(v, 'confounder', reason);
      }
    }
    const fromXState = firstState(fromX, v, [HEAD]);
    if (fromXState >= 0 && toYState >= 0) {
      const path = [...walk(fromX, fromXState), ...walk(toY, toYState).slice(0, -1).reverse()];
      add(v, 'mediator', `${id(v)} is a mediator: it lies on the causal path ${formatPath(path)}.`, path);
    }
    const intoX = arrowheadInto(ig, intoFromX, v, x, stop, false);
    const intoY = intoX.state >= 0 ? arrowheadInto(ig, intoFromY, v, y, stop, false) : intoX;
    if (intoX.state >= 0 && intoY.state >= 0) {
      const a = walk(intoX.search, intoX.state);
      const b = walk(intoY.search, intoY.state);
      const path = joined(a, b);
      if (path) add(v, 'collider', `${id(v)} is a collider: conditioning on it opens the path ${formatPath(path)}.`, path);
      else {
        // The two walks share nodes before v, so v may sit below the collider rather than be one.
        const reason = `${id(v)} is a collider or descends from one: it is reached through an arrowhead from ${id(a[0])} (${formatPath(a)}) and from ${id(b[0])} (${formatPath(b)}), so conditioning on it can connect them.`;
        add(v, 'collider', reason);
      }
      const backdoor = latent[v] || reachedAny(descendants, v) ? null : arrowheadInto(ig, backdoorFromX, v, x, stop, true);
      if (backdoor && backdoor.state >= 0) {
        const c = walk(backdoor.search, backdoor.state);
        const mPath = joined(c, b);
        const reason = mPath
          ? `${id(v)} is a pre-exposure collider (M-bias): adjusting for it opens the back-door path ${formatPath(mPath)}.`
          : `${id(v)} is a pre-exposure collider or descends from one (M-bias): adjusting for it can connect the back-door path ${formatPath(c)} with ${formatPath(b)}.`;
        add(v, 'm-bias', reason, mPath ?? undefined);
      }
    }
    if (reachedAny(descendants, v)) {
      const path = walk(descendants, firstState(descendants, v, [HEAD]));
      add(v, 'exposure-descendant', `${id(v)} is a descendant of the exposure (${formatPath(path)}): adjusting for it can bias the estimate.`, path);
    }
    if (toYState >= 0 && !latent[v] && !reachedAny(openToX, v)) {
      const path = [...walk(toY, toYState)].reverse();
      add(v, 'precision', `${id(v)} is a precision variable: it affects only the outcome (${formatPath(path)}) and is independent of the exposure.`, path);
    }
  }
  if (x.length === 1 && y.length === 1) {
    for (const { z, w } of conditionalInstruments(ig, x[0], y[0])) {
      const path = dConnectingPath(ig, [z], [x[0]], w)!;
      const given = w.length > 0 ? ` given {${w.map(id).sort(compareIds).join(', ')}}` : '';
      const reason = `${id(z)} is an instrument${given}: it is connected to ${id(x[0])} (${formatPath(path)}) and reaches ${id(y[0])} only through ${id(x[0])}.`;
      add(z, 'instrument', reason, path);
    }
  }
  for (const list of labels.values()) list.sort((a, b) => ROLE_LABELS.indexOf(a.label) - ROLE_LABELS.indexOf(b.label));
  return labels;
}

function prepared(graph: CausalGraph): { ig: IndexedGraph; x: number[]; y: number[] } | null {
  const ig = indexGraph(graph);
  if (!analysisReadiness(ig).ok) return null;
  const x = maskMembers(ig.roleMask.exposure);
  const y = maskMembers(ig.roleMask.outcome);
  if (x.length === 0 || y.length === 0 || x.some((v) => ig.roleMask.outcome[v])) return null;
  return { ig, x, y };
}

/** Labels with reasons per node id (sorted keys), or `null` when the labels do not apply. */
export function roleLabels(graph: CausalGraph): Record<string, LabelEntry[]> | null {
  const problem = prepared(graph);
  if (!problem) return null;
  const labels = roleLabelsOf(problem.ig, problem.x, problem.y);
  const out: Record<string, LabelEntry[]> = {};
  for (const v of [...labels.keys()].sort((a, b) => compareIds(problem.ig.ids[a], problem.ig.ids[b]))) {
    out[problem.ig.ids[v]] = labels.get(v)!;
  }
  return out;
}

/** The analyze report's `labels` entry: {id: [label, …]}. */
export function labelsReport(graph: CausalGraph): Record<string, RoleLabel[]> | null {
  const labels = roleLabels(graph);
  if (!labels) return null;
  return Object.fromEntries(Object.entries(labels).map(([id, list]) => [id, list.map((e) => e.label)]));
}
