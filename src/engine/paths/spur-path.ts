/**
 * engine/paths/spur-path — the least path from a node to a fixed target that avoids some nodes,
 * with some first steps forbidden: the inner step of the path listing (`simple-paths.ts`).
 *
 * Contract: `find(s, blocked, banned)` returns, among the simple paths from s to the target that
 * avoid `blocked` nodes and whose first step is not in `banned` (step keys from `stepKey`), the
 * least in the order: fewer edges, then node ids one by one (by `idRank`), then edge kinds
 * (`->` < `<-` < `<->`); or null when there is none. Edges are `->` and `<->`, usable either way.
 *
 * Method: a bidirectional breadth-first search (always growing the smaller frontier by a whole
 * level) finds the distance D and the layer where the two searches meet; every node at distance k
 * from s and D − k from the target lies on a shortest path, and those are marked by walking the
 * layers back from the meeting layer on both sides. A greedy walk from s then takes, at each step,
 * the marked neighbour one level further with the smallest id (then the smallest edge kind), which
 * gives the least path because every marked node continues to the target.
 * Complexity: O(n + m) in the worst case, usually far less: each search only reaches about half
 * the distance. Reference: Pohl 1971 (bidirectional search).
 */
import type { IndexedGraph } from '../graph/indexed';
import { type IndexedPath, PATH_EDGE_RANK, type PathEdge } from './path-rule';

/** A first step out of a node: the edge kind and the neighbour, as one string. */
export const stepKey = (edge: PathEdge, node: number): string => `${PATH_EDGE_RANK[edge]}:${node}`;

/** Edge kinds by `PATH_EDGE_RANK`: the step to a child, to a parent, along a bidirected edge. */
const EDGE_KINDS_IN_ORDER: readonly PathEdge[] = ['->', '<-', '<->'];

/** Step keys that may not be taken (any set or map keyed by `stepKey`). */
export interface StepSet {
  has(key: string): boolean;
}

export class SpurPathFinder {
  private readonly fromS: Int32Array;
  private readonly toT: Int32Array;
  private readonly level: Int32Array;
  /** Stamps say whether a label belongs to the current search, so nothing is cleared between calls. */
  private readonly seenS: Uint32Array;
  private readonly seenT: Uint32Array;
  private readonly marked: Uint32Array;
  private stamp = 0;
  /** Neighbour lists by edge kind, in `EDGE_KINDS_IN_ORDER`: children, parents, spouses. */
  private readonly adjacency: readonly (readonly (readonly number[])[])[];

  constructor(
    private readonly ig: IndexedGraph,
    private readonly idRank: Int32Array,
    private readonly target: number,
  ) {
    const n = ig.n;
    this.adjacency = [ig.children, ig.parents, ig.spouses];
    this.fromS = new Int32Array(n);
    this.toT = new Int32Array(n);
    this.level = new Int32Array(n);
    this.seenS = new Uint32Array(n);
    this.seenT = new Uint32Array(n);
    this.marked = new Uint32Array(n);
  }

  find(s: number, blocked: Uint8Array, banned: StepSet): IndexedPath | null {
    const { target, fromS, toT, seenS, seenT } = this;
    const stamp = ++this.stamp;
    // Allowed first steps, keeping the least edge kind per neighbour.
    const firstEdge = new Map<number, PathEdge>();
    this.adjacency.forEach((lists, rank) => {
      const edge = EDGE_KINDS_IN_ORDER[rank];
      for (const w of lists[s]) {
        if (!blocked[w] && !firstEdge.has(w) && !banned.has(stepKey(edge, w))) firstEdge.set(w, edge);
      }
    });
    if (firstEdge.has(target)) return { nodes: [s, target], edges: [firstEdge.get(target)!] };
    if (firstEdge.size === 0 || blocked[target]) return null;
    seenS[s] = stamp;
    fromS[s] = 0;
    const layersS: number[][] = [[s], []];
    for (const w of firstEdge.keys()) {
      seenS[w] = stamp;
      fromS[w] = 1;
      layersS[1].push(w);
    }
    seenT[target] = stamp;
    toT[target] = 0;
    const layersT: number[][] = [[target]];
    // Grow the smaller frontier a level at a time until the two searches meet.
    let meeting: number[] = [];
    while (meeting.length === 0) {
      const frontS = layersS[layersS.length - 1];
      const frontT = layersT[layersT.length - 1];
      if (frontS.length === 0 || frontT.length === 0) return null;
      const growS = frontS.length <= frontT.length;
      const [front, dist, seen, seenOther, layers] = growS
        ? [frontS, fromS, seenS, seenT, layersS]
        : [frontT, toT, seenT, seenS, layersT];
      const depth = layers.length;
      const next: number[] = [];
      for (const v of front) {
        for (const lists of this.adjacency) {
          for (const w of lists[v]) {
            if (seen[w] === stamp || w === s || blocked[w]) continue;
            seen[w] = stamp;
            dist[w] = depth;
            next.push(w);
            if (seenOther[w] === stamp) meeting.push(w);
          }
        }
      }
      layers.push(next);
    }
    const distance = Math.min(...meeting.map((w) => fromS[w] + toT[w]));
    meeting = meeting.filter((w) => fromS[w] + toT[w] === distance);
    this.markShortestPaths(meeting, layersS, layersT, distance, stamp);
    return this.greedyWalk(s, firstEdge, distance, stamp);
  }

  /** Marks every node on a shortest path with its position on it (`level`). */
  private markShortestPaths(meeting: number[], layersS: number[][], layersT: number[][], distance: number, stamp: number) {
    const { marked, level, fromS, toT } = this;
    for (const w of meeting) {
      marked[w] = stamp;
      level[w] = fromS[w];
    }
    const meetS = fromS[meeting[0]];
    const meetT = toT[meeting[0]];
    // Towards s: the node k steps from s is on a shortest path when a marked neighbour is at k + 1.
    for (let k = meetS - 1; k >= 1; k--) this.markLayer(layersS[k], k, k + 1, stamp);
    // Towards the target: the node j steps before it (position D − j) is on one when a marked
    // neighbour is at position D − j − 1.
    for (let j = meetT - 1; j >= 0; j--) this.markLayer(layersT[j], distance - j, distance - j - 1, stamp);
  }

  /** Marks the nodes of `layer` with a marked neighbour at position `via`, giving them `position`. */
  private markLayer(layer: readonly number[], position: number, via: number, stamp: number): void {
    const { marked, level } = this;
    for (const u of layer) {
      if (marked[u] === stamp) continue;
      search: for (const lists of this.adjacency) {
        for (const w of lists[u]) {
          if (marked[w] === stamp && level[w] === via) {
            marked[u] = stamp;
            level[u] = position;
            break search;
          }
        }
      }
    }
  }

  private greedyWalk(s: number, firstEdge: ReadonlyMap<number, PathEdge>, distance: number, stamp: number): IndexedPath {
    const { marked, level, idRank, target } = this;
    let first = -1;
    for (const w of firstEdge.keys()) {
      if (marked[w] === stamp && level[w] === 1 && (first < 0 || idRank[w] < idRank[first])) first = w;
    }
    const nodes = [s, first];
    const edges: PathEdge[] = [firstEdge.get(first)!];
    for (let v = first, position = 1; v !== target; position++) {
      let next = -1;
      let nextEdge = 0;
      // Lists in edge-kind order, so the first edge found to a neighbour is its least kind.
      this.adjacency.forEach((lists, edge) => {
        for (const w of lists[v]) {
          if (marked[w] !== stamp || level[w] !== position + 1) continue;
          if (next < 0 || idRank[w] < idRank[next]) {
            next = w;
            nextEdge = edge;
          }
        }
      });
      nodes.push(next);
      edges.push(EDGE_KINDS_IN_ORDER[nextEdge]);
      v = next;
    }
    if (nodes.length !== distance + 1) throw new Error('engine/paths/spur-path: the walk left the shortest paths');
    return { nodes, edges };
  }


}
