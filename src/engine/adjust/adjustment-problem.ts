/**
 * engine/adjust/adjustment-problem — reduces covariate adjustment to a separation problem.
 *
 * Contract: `adjustmentProblem(ig, X, Y, effect)` (X, Y non-empty and disjoint; a DAG/ADMG without
 * cycles) returns the graph in which a set Z must separate X from Y, and the nodes Z may never
 * contain because of the causal structure:
 * - total effect (adjustment criterion): Z is an adjustment set iff Z ∩ Dpcp(X, Y) = ∅ and Z
 *   m-separates X and Y in the proper back-door graph G^pbd, where Dpcp = De(PCP(X, Y));
 * - direct effect (single-door criterion, as DAGitty uses it): Z contains no descendant of an outcome
 *   and m-separates X and Y in G without the edges x → y.
 * `forbidden` never contains X or Y (they are excluded separately). For each forbidden node,
 * `forbiddenBecause` names the node it descends from: a mediator or outcome on a proper causal path
 * (total), or an outcome (direct); a mediator points at itself. Latent nodes and the other
 * user-level constraints are not part of this object.
 * For ADMGs the criterion holds because every bidirected edge is a latent parentless common cause:
 * proper causal paths never run through such a latent, and m-separation is d-separation in the
 * graph with those latents made explicit.
 * Complexity: O(n + m).
 * References: Shpitser, VanderWeele & Robins 2010 (UAI); van der Zander, Liśkiewicz & Textor 2014
 * (UAI) and 2019 (AIJ), Theorem on the proper back-door graph; Perković et al. 2018 (JMLR);
 * Pearl 2009, Theorem 5.3.1 (single-door criterion).
 */
import type { IndexedGraph } from '../graph/indexed';
import { properBackdoorGraph, properCausalNodes, singleDoorGraph } from './proper-backdoor';

export type EffectKind = 'total' | 'direct';

export const EFFECT_KINDS: readonly EffectKind[] = ['total', 'direct'];

export interface AdjustmentProblem {
  readonly ig: IndexedGraph;
  readonly x: readonly number[];
  readonly y: readonly number[];
  readonly effect: EffectKind;
  /** G^pbd (total) or the single-door graph (direct). */
  readonly graph: IndexedGraph;
  /** PCP(X, Y): mediators and reachable outcomes (all zero for a direct effect). */
  readonly causalNodes: Uint8Array;
  readonly forbidden: Uint8Array;
  /** For a forbidden node, the mediator or outcome it descends from; -1 elsewhere. */
  readonly forbiddenBecause: Int32Array;
  readonly inX: Uint8Array;
  readonly inY: Uint8Array;
}

export function adjustmentProblem(
  ig: IndexedGraph,
  x: readonly number[],
  y: readonly number[],
  effect: EffectKind,
): AdjustmentProblem {
  const n = ig.n;
  const inX = new Uint8Array(n);
  for (const v of x) inX[v] = 1;
  const inY = new Uint8Array(n);
  for (const v of y) inY[v] = 1;
  const causalNodes = effect === 'total' ? properCausalNodes(ig, x, y) : new Uint8Array(n);
  const graph = effect === 'total' ? properBackdoorGraph(ig, x, causalNodes) : singleDoorGraph(ig, x, y);
  const sources: number[] = [];
  for (let v = 0; v < n; v++) if (effect === 'total' ? causalNodes[v] : inY[v]) sources.push(v);
  // Breadth-first from all sources at once, so every forbidden node names its nearest source.
  const because = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (const s of sources) {
    because[s] = s;
    queue.push(s);
  }
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head];
    for (const c of ig.children[v]) {
      if (because[c] !== -1) continue;
      because[c] = because[v];
      queue.push(c);
    }
  }
  const forbidden = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    if (because[v] !== -1 && !inX[v] && !inY[v]) forbidden[v] = 1;
    else because[v] = -1;
  }
  return { ig, x, y, effect, graph, causalNodes, forbidden, forbiddenBecause: because, inX, inY };
}
