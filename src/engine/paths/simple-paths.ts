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
 * of already-listed paths sharing the root: a breadth-first search from t gives distances, then a
 * greedy walk from the spur node takes the smallest id (then smallest edge kind) at each step that
 * stays on a shortest route. Yen's correctness argument holds for any order that compares
 * `root + a` with `root + b` as it compares `a` with `b`, which this order does. Spurs of a path
 * start where it left its parent (Lawler 1972): earlier roots already had their spur computed,
 * with the same excluded edges, by the first listed path that took each of those edges.
 * Complexity: O(max · L · (n + m)) time for paths of at most L edges, plus O(max · L log(max · L))
 * for the candidate heap — polynomial per listed path, so a cap keeps large graphs fast.
 */
import { compareIds, type IndexedGraph } from '../graph/indexed';
import { type IndexedPath, PATH_EDGE_RANK, type PathEdge } from './path-rule';

export interface SimplePathListing {
  readonly paths: IndexedPath[];
  readonly truncated: boolean;
}

const EDGE_OF_RANK: readonly PathEdge[] = ['->', '<-', '<->'];

export function shortestSimplePaths(ig: IndexedGraph, s: number, t: number, max: number): SimplePathListing {
  if (s === t) throw new Error('engine/paths/simple-paths: the two endpoints must differ');
  const idRank = rankIds(ig);
  const finder = new SpurFinder(ig, idRank, t);
  const first = finder.find(s, new Uint8Array(ig.n), new Set());
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

const stepKey = (edge: PathEdge, node: number) => `${PATH_EDGE_RANK[edge]}:${node}`;

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
  nextSteps(path: IndexedPath, i: number): ReadonlySet<string> {
    let node = this.top;
    for (let j = 0; j < i; j++) node = node.next.get(stepKey(path.edges[j], path.nodes[j + 1]))!;
    return new Set(node.next.keys());
  }
}

interface TrieNode {
  readonly next: Map<string, TrieNode>;
}

/** Finds the least path (in the listing order) from a spur node to the fixed target. */
class SpurFinder {
  private readonly dist: Int32Array;
  private readonly queue: Int32Array;

  constructor(
    private readonly ig: IndexedGraph,
    private readonly idRank: Int32Array,
    private readonly target: number,
  ) {
    this.dist = new Int32Array(ig.n);
    this.queue = new Int32Array(ig.n);
  }

  /** Least path from `s` avoiding `blocked` nodes and, for the first step, the `banned` step keys. */
  find(s: number, blocked: Uint8Array, banned: ReadonlySet<string>): IndexedPath | null {
    const { ig, dist, queue, target } = this;
    // Neighbours of s reachable by an allowed first step.
    const firstSteps = new Map<number, PathEdge>();
    this.forEachStep(s, (w, edge) => {
      if (blocked[w] || banned.has(stepKey(edge, w))) return;
      const known = firstSteps.get(w);
      if (known === undefined || PATH_EDGE_RANK[edge] < PATH_EDGE_RANK[known]) firstSteps.set(w, edge);
    });
    if (firstSteps.size === 0 || blocked[target]) return null;
    // Breadth-first distances to the target, never through s or blocked nodes; stop once the
    // level holding the nearest first-step neighbour is complete.
    dist.fill(-1);
    dist[target] = 0;
    queue[0] = target;
    let head = 0;
    let tail = 1;
    let best = firstSteps.has(target) ? 0 : -1;
    const adjacency = [ig.children, ig.parents, ig.spouses];
    while (head < tail) {
      const v = queue[head++];
      const d = dist[v] + 1;
      if (best >= 0 && d > best) break;
      for (const lists of adjacency) {
        for (const w of lists[v]) {
          if (dist[w] !== -1 || w === s || blocked[w]) continue;
          dist[w] = d;
          queue[tail++] = w;
          if (best < 0 && firstSteps.has(w)) best = d;
        }
      }
    }
    if (best < 0) return null;
    let first = -1;
    for (const w of firstSteps.keys()) {
      if (dist[w] === best && (first < 0 || this.idRank[w] < this.idRank[first])) first = w;
    }
    const nodes = [s, first];
    const edges: PathEdge[] = [firstSteps.get(first)!];
    for (let v = first; v !== target; ) {
      let next = -1;
      let nextEdge: PathEdge = '->';
      this.forEachStep(v, (w, edge) => {
        if (dist[w] !== dist[v] - 1 || w === s || blocked[w]) return;
        const better =
          next < 0 ||
          this.idRank[w] < this.idRank[next] ||
          (w === next && PATH_EDGE_RANK[edge] < PATH_EDGE_RANK[nextEdge]);
        if (better) {
          next = w;
          nextEdge = edge;
        }
      });
      nodes.push(next);
      edges.push(nextEdge);
      v = next;
    }
    return { nodes, edges };
  }

  private forEachStep(v: number, visit: (w: number, edge: PathEdge) => void): void {
    const { ig } = this;
    for (const c of ig.children[v]) visit(c, EDGE_OF_RANK[0]);
    for (const p of ig.parents[v]) visit(p, EDGE_OF_RANK[1]);
    for (const w of ig.spouses[v]) visit(w, EDGE_OF_RANK[2]);
  }
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
