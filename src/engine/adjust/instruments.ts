/**
 * engine/adjust/instruments — conditional instrumental variables for the effect of X on Y.
 *
 * Contract: `instrumentsReport(graph)` lists, for the single exposure X and single outcome Y, every
 * observed node Z with a conditioning set W such that (van der Zander, Textor & Liśkiewicz 2015,
 * IJCAI, "Efficiently finding conditional instruments for causal inference", generalised from the
 * single edge X → Y to the total effect through G_c):
 *   1. W contains no descendant of a node on a proper causal path from X to Y (so none of De(Y)),
 *      no latent node, and neither X, Y nor Z;
 *   2. Z and X are m-connected given W in G;
 *   3. Z and Y are m-separated given W in G_c, the graph without the first edge of every proper
 *      causal path from X (the edge X → Y when that is the only one).
 * Listed are the ancestral instruments of the paper, those with W ⊆ An(Z ∪ Y ∪ S) in G_c, as in
 * DAGitty: a node that works only with a W outside that set (e.g. one conditioning on a collider
 * between Z and X) is not listed. W is the minimal separator of Z and Y in G_c nearest to Y, built
 * by two reachability passes; being nearest to Y it keeps Z's connections to X open wherever any
 * ancestral separator does, so one W per candidate settles condition 2 (the paper's nearest-separator
 * argument; checked against exhaustive search in the property tests). Nodes with role `selected` are
 * in every W and are never instruments; selection on a descendant of the causal paths leaves none. Result sorted by instrument id, `given`
 * sorted; `null` without exactly one exposure and one outcome, or when the graph is not an acyclic
 * DAG/ADMG. Complexity: O(n (n + m)) — one linear-time separator and one test per candidate.
 */
import { ancestorsMask, descendantsMask } from '../graph/ancestry';
import { type IndexedGraph, compareIds, indexGraph, maskMembers, sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { isDSeparated } from '../paths/dseparation';
import { cutEdges } from './frontdoor-surgery';
import { minimalSeparator } from './implications-separator';

export interface Instrument {
  readonly instrument: NodeId;
  readonly given: NodeId[];
}

/** Nodes other than X on proper causal paths from X to Y (single X). */
function properCausalNodes(ig: IndexedGraph, x: number, y: number): Uint8Array {
  const notX = new Uint8Array(ig.n).fill(1);
  notX[x] = 0;
  const de = descendantsMask(ig, [x]);
  const an = ancestorsMask(ig, [y], notX);
  const out = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) if (v !== x && de[v] && an[v]) out[v] = 1;
  return out;
}

/** Instruments for x → y by index; `null` entries never appear (non-instruments are skipped). */
export function conditionalInstruments(ig: IndexedGraph, x: number, y: number): { z: number; w: number[] }[] {
  const pcp = properCausalNodes(ig, x, y);
  const forbidden = descendantsMask(ig, maskMembers(pcp));
  const gc = cutEdges(ig, (from, to) => !(from === x && pcp[to]));
  const selected = maskMembers(ig.roleMask.selected);
  // Selection on a descendant of the causal paths is conditioning no instrument may use.
  if (selected.some((v) => forbidden[v])) return [];
  const base = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) {
    base[v] = v !== x && v !== y && !forbidden[v] && !ig.roleMask.latent[v] && !ig.roleMask.selected[v] ? 1 : 0;
  }
  const out: { z: number; w: number[] }[] = [];
  for (let z = 0; z < ig.n; z++) {
    if (!base[z]) continue;
    const allowed = base.slice();
    allowed[z] = 0;
    const w = minimalSeparator(gc, [z], [y], selected, allowed, 'b');
    if (w === null) continue;
    if (isDSeparated(ig, [z], [x], w)) continue;
    out.push({ z, w });
  }
  return out;
}

export function instrumentsReport(graph: CausalGraph): Instrument[] | null {
  const ig = indexGraph(graph);
  if (!analysisReadiness(ig).ok) return null;
  const xs = maskMembers(ig.roleMask.exposure);
  const ys = maskMembers(ig.roleMask.outcome);
  if (xs.length !== 1 || ys.length !== 1 || xs[0] === ys[0]) return null;
  return conditionalInstruments(ig, xs[0], ys[0])
    .map(({ z, w }) => ({ instrument: ig.ids[z], given: sortedIds(ig, w) }))
    .sort((a, b) => compareIds(a.instrument, b.instrument));
}
