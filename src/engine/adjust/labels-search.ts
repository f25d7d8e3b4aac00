/**
 * engine/adjust/labels-search — the reachability passes behind the automatic role labels, each
 * keeping predecessor pointers so a label's reason can name a concrete path.
 *
 * Contract: every pass starts at a node set and never passes *through* a node of `stop` (exposures
 * and outcomes), so the paths it finds have no exposure or outcome in their interior. States are
 * (node, how it was entered): through an arrowhead (HEAD) or through a tail (TAIL); a start node
 * counts as entered through a tail. `walk(state)` rebuilds the node sequence back to a start.
 *   - `directedSearch`: along directed edges, forwards (children) or backwards (parents);
 *   - `colliderFreeSearch`: walks with no collider and nothing conditioned — the open paths given ∅
 *     (a bidirected edge is a hidden common parent); `backdoorOnly` makes the walk leave the start
 *     through an edge into it; `endpointOnly` is a node the walk may end at but not pass through.
 *     Why that suffices for simple paths: once a collider-free walk enters a node through an
 *     arrowhead it can only go on down directed edges, so it never comes back to that node; the
 *     only way a shortest walk into v through an arrowhead can repeat a node is by first passing
 *     v itself on the way up. Excluding v as a through-node therefore makes the shortest walk a
 *     simple path (cutting any other loop keeps the walk collider-free and shortens it).
 * Complexity: O(n + m) per pass. Reference: Shachter 1998 (Bayes-ball reachability).
 */
import type { IndexedGraph } from '../graph/indexed';

export const HEAD = 0;
export const TAIL = 1;

export interface Search {
  /** reached[2v + mark] = 1 when node v was reached in that state. */
  readonly reached: Uint8Array;
  /** The predecessor state, −1 for a start state. */
  readonly from: Int32Array;
}

export function reachedAny(search: Search, v: number): boolean {
  return search.reached[2 * v] === 1 || search.reached[2 * v + 1] === 1;
}

/** The node sequence from a start node to the node of `state`. */
export function walk(search: Search, state: number): number[] {
  const out: number[] = [];
  for (let s = state; s >= 0; s = search.from[s]) out.push(s >> 1);
  return out.reverse();
}

function newSearch(n: number) {
  const reached = new Uint8Array(2 * n);
  const from = new Int32Array(2 * n).fill(-1);
  const queue: number[] = [];
  const visit = (v: number, mark: number, previous: number) => {
    const s = 2 * v + mark;
    if (reached[s]) return;
    reached[s] = 1;
    from[s] = previous;
    queue.push(s);
  };
  return { reached, from, queue, visit };
}

export function directedSearch(
  ig: IndexedGraph,
  start: readonly number[],
  stop: Uint8Array,
  direction: 'forward' | 'backward',
): Search {
  const { reached, from, queue, visit } = newSearch(ig.n);
  for (const s of start) visit(s, TAIL, -1);
  const next = direction === 'forward' ? ig.children : ig.parents;
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const v = state >> 1;
    if (from[state] !== -1 && stop[v]) continue;
    for (const w of next[v]) visit(w, direction === 'forward' ? HEAD : TAIL, state);
  }
  return { reached, from };
}

export function colliderFreeSearch(
  ig: IndexedGraph,
  start: readonly number[],
  stop: Uint8Array,
  backdoorOnly = false,
  endpointOnly = -1,
): Search {
  const { reached, from, queue, visit } = newSearch(ig.n);
  for (const s of start) {
    reached[2 * s + TAIL] = 1;
    if (!backdoorOnly) for (const c of ig.children[s]) visit(c, HEAD, 2 * s + TAIL);
    for (const p of ig.parents[s]) visit(p, TAIL, 2 * s + TAIL);
    for (const q of ig.spouses[s]) visit(q, HEAD, 2 * s + TAIL);
  }
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const v = state >> 1;
    if (stop[v] || v === endpointOnly) continue;
    for (const c of ig.children[v]) visit(c, HEAD, state);
    if ((state & 1) === TAIL) {
      for (const p of ig.parents[v]) visit(p, TAIL, state);
      for (const q of ig.spouses[v]) visit(q, HEAD, state);
    }
  }
  return { reached, from };
}
