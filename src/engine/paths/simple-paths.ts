/**
 * engine/paths/simple-paths — the k first simple paths between two nodes, shortest first.
 *
 * Contract: `shortestSimplePaths(ig, s, t, max)` returns the simple paths from s to t (s ≠ t) over
 * `->` and `<->` edges, each edge usable in either direction, in the total order: fewer edges
 * first, then node ids compared one by one (`compareIds`), then edge kinds (`->` < `<-` < `<->`),
 * so two paths over the same nodes but different edges are both listed. At most `max` paths
 * (`Infinity` for all); `truncated` is true exactly when more exist.
 *
 * Method: Yen's algorithm (Yen 1971) with unit edge lengths. Each spur path is the least path in
 * the order above from the spur node to t that avoids the root's other nodes and the next edges
 * of already-listed paths sharing the root (`spur-path.ts`). Yen's correctness argument holds for
 * any order that compares `root + a` with `root + b` as it compares `a` with `b`, which this order
 * does. Spurs of a path
 * start where it left its parent (Lawler 1972): earlier roots already had their spur computed,
 * with the same excluded edges, by the first listed path that took each of those edges.
 * Complexity: O(max · L · (n + m)) time for paths of at most L edges, plus O(max · L log(max · L))
 * for the candidate heap — polynomial per listed path, so a cap keeps large graphs fast.
 */
import { compareIds, type IndexedGraph } from '../graph/indexed';
import { type IndexedPath, PATH_EDGE_RANK } from './path-rule';
import { SpurPathFinder, type StepSet, stepKey } from './spur-path';

export interface SimplePathListing {
  readonly paths: IndexedPath[];
  readonly truncated: boolean;
}

export function shortestSimplePaths(ig: IndexedGraph, s: number, t: number, max: number): SimplePathListing {
  if (s === t) throw new Error('engine/paths/simple-paths: the two endpoints must differ');
  const idRank = rankIds(ig);
  const finder = new SpurPathFinder(ig, idRank, t);
  const first = finder.find(s, new Uint8Array(ig.n), new Set<string>());
  if (first === null) return { paths: [], truncated: false };
  if (max <= 0) return { paths: [], truncated: true };
  const order = (a: IndexedPath, b: IndexedPath) => comparePaths(a, b, idRank);
  const listed: IndexedPath[] = [first];
  const listedTrie = new PrefixTrie();
  listedTrie.add(first);
  const candidates = new MinHeap<IndexedPath>(order);
  const known = new Set<string>([pathKey(first)]);
  // Where each listed path left the path it was spurred from; its spurs start there (Lawler 1972).
  const deviation = new Map<IndexedPath, number>([[first, 0]]);
  for (;;) {
    const last = listed[listed.length - 1];
    const blocked = new Uint8Array(ig.n);
    const from = deviation.get(last)!;
    for (let i = 0; i < from; i++) blocked[last.nodes[i]] = 1;
    for (let i = from; i < last.nodes.length - 1; i++) {
      // Root = last.nodes[0..i] with its edges; the spur starts at last.nodes[i].
      const spur = finder.find(last.nodes[i], blocked, listedTrie.nextSteps(last, i));
      blocked[last.nodes[i]] = 1;
      if (spur === null) continue;
      const candidate: IndexedPath = {
        nodes: [...last.nodes.slice(0, i), ...spur.nodes],
        edges: [...last.edges.slice(0, i), ...spur.edges],
      };
      const key = pathKey(candidate);
      if (known.has(key)) continue;
      known.add(key);
      deviation.set(candidate, i);
      candidates.push(candidate);
    }
    if (listed.length >= max || candidates.size === 0) break;
    const next = candidates.pop();
    listed.push(next);
    listedTrie.add(next);
  }
  return { paths: listed, truncated: candidates.size > 0 };
}

/** Position of each node's id in code-unit order, so paths compare by integers. */
function rankIds(ig: IndexedGraph): Int32Array {
  const order = Array.from({ length: ig.n }, (_, i) => i).sort((a, b) => compareIds(ig.ids[a], ig.ids[b]));
  const rank = new Int32Array(ig.n);
  order.forEach((v, r) => (rank[v] = r));
  return rank;
}

function comparePaths(a: IndexedPath, b: IndexedPath, idRank: Int32Array): number {
  if (a.nodes.length !== b.nodes.length) return a.nodes.length - b.nodes.length;
  for (let i = 0; i < a.nodes.length; i++) {
    if (a.nodes[i] !== b.nodes[i]) return idRank[a.nodes[i]] - idRank[b.nodes[i]];
  }
  for (let i = 0; i < a.edges.length; i++) {
    if (a.edges[i] !== b.edges[i]) return PATH_EDGE_RANK[a.edges[i]] - PATH_EDGE_RANK[b.edges[i]];
  }
  return 0;
}

function pathKey(path: IndexedPath): string {
  let key = String(path.nodes[0]);
  for (let i = 0; i < path.edges.length; i++) key += ` ${stepKey(path.edges[i], path.nodes[i + 1])}`;
  return key;
}

/** The listed paths as a prefix tree, to find the next steps taken after a shared root. */
class PrefixTrie {
  private readonly top: TrieNode = { next: new Map() };

  add(path: IndexedPath): void {
    let node = this.top;
    for (let i = 0; i < path.edges.length; i++) {
      const key = stepKey(path.edges[i], path.nodes[i + 1]);
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
  }

  /** Step keys leaving the root `path.nodes[0..i]` in listed paths (the path itself is listed). */
  nextSteps(path: IndexedPath, i: number): StepSet {
    let node = this.top;
    for (let j = 0; j < i; j++) node = node.next.get(stepKey(path.edges[j], path.nodes[j + 1]))!;
    return node.next;
  }
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
}

/** A binary min-heap under a comparator. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (this.less(a[p], a[i]) <= 0) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }

  pop(): T {
    const a = this.items;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m]) < 0) m = l;
        if (r < a.length && this.less(a[r], a[m]) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}
