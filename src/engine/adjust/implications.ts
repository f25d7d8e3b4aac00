/**
 * engine/adjust/implications — the testable implications of a DAG/ADMG: one conditional
 * independence per non-adjacent pair of observed nodes, in the style of DAGitty's list.
 *
 * Contract: for every pair x < y (code-unit id order) of observed, non-selected nodes that are not
 * adjacent and that some set of observed nodes m-separates, one entry {x, y, given}: `given` is the
 * local Markov separator — the parents of whichever node is a descendant of the other (the smaller
 * parent set, then the lexicographically smaller, when neither is) — when it separates, else a
 * minimal separator. Nodes with role `selected` are in every `given`; latent nodes never appear.
 * Pairs joined by an inducing path (no separator among observed nodes, e.g. through a latent node
 * or a chain of bidirected edges into ancestors) are left out. Sorted by (x, y); capped at `max`
 * with `truncated` set when more exist, and the cap is applied in sorted order.
 * A parent set is valid without a test (local Markov property) when its node has no bidirected
 * edge and no latent parent and nothing is selected; otherwise it is checked by m-separation.
 * Complexity: O(n + m) per pair examined, O(1) per pair in the plain-DAG case; the cap bounds the
 * number of pairs examined.
 * References: Lauritzen et al. 1990 (local Markov property); Richardson 2003 (m-separation);
 * Textor et al. 2016, IJE 45(6) (testable implications in DAGitty).
 */
import { descendantsMask } from '../graph/ancestry';
import { type IndexedGraph, compareIds, indexGraph, maskMembers, sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { isDSeparated } from '../paths/dseparation';
import { minimalSeparator } from './implications-separator';

export interface Implication {
  readonly x: NodeId;
  readonly y: NodeId;
  readonly given: NodeId[];
}

export interface ImplicationListing {
  readonly implications: Implication[];
  readonly truncated: boolean;
}

export const DEFAULT_IMPLICATIONS_MAX = 500;

function lexicographic(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareIds(a[i], b[i]);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

function adjacencySets(ig: IndexedGraph): Set<number>[] {
  return ig.ids.map((_, v) => new Set([...ig.parents[v], ...ig.children[v], ...ig.spouses[v]]));
}

/** The implications of an acyclic DAG/ADMG; throws on a cycle or on edges other than -> and <->. */
export function listImplications(graph: CausalGraph, options: { readonly max?: number } = {}): ImplicationListing {
  const max = options.max ?? DEFAULT_IMPLICATIONS_MAX;
  const ig = indexGraph(graph);
  const ready = analysisReadiness(ig);
  if (!ready.ok) throw new Error(ready.message);
  const latent = ig.roleMask.latent;
  const selected = maskMembers(ig.roleMask.selected);
  const plainDag = selected.length === 0 && !latent.includes(1) && ig.spouses.every((s) => s.length === 0);
  const allowed = new Uint8Array(ig.n);
  for (let v = 0; v < ig.n; v++) allowed[v] = latent[v] || ig.roleMask.selected[v] ? 0 : 1;
  const nodes = maskMembers(allowed).sort((a, b) => compareIds(ig.ids[a], ig.ids[b]));
  const adjacent = adjacencySets(ig);
  const descendants = new Map<number, Uint8Array>();
  const de = (v: number) => {
    let mask = descendants.get(v);
    if (!mask) descendants.set(v, (mask = descendantsMask(ig, [v])));
    return mask;
  };
  // Pa(v) separates v from a non-adjacent non-descendant u without a test when v has no
  // bidirected edge, no latent parent and nothing is selected: a path from u must enter v through
  // a parent (blocked) or through a child (a collider below v, never an ancestor of Pa(v)).
  const trusted = (v: number) => selected.length === 0 && ig.spouses[v].length === 0 && ig.parents[v].every((p) => !latent[p]);
  const parentSeparator = (a: number, b: number): number[] | null => {
    const options: number[] = [];
    if (!de(a)[b]) options.push(a);
    if (!de(b)[a]) options.push(b);
    const usable = options.filter((v) => ig.parents[v].every((p) => !latent[p]));
    if (usable.length === 2) {
      const [pa, pb] = [ig.parents[a], ig.parents[b]];
      const order = pa.length - pb.length || lexicographic(sortedIds(ig, pa), sortedIds(ig, pb));
      if (order > 0) usable.reverse();
    }
    for (const v of usable) {
      const given = selected.length === 0 ? (ig.parents[v] as number[]) : [...new Set([...ig.parents[v], ...selected])];
      if (plainDag || trusted(v) || isDSeparated(ig, [a], [b], given)) return given;
    }
    return null;
  };

  const implications: Implication[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i];
      const b = nodes[j];
      if (adjacent[a].has(b)) continue;
      const given = parentSeparator(a, b) ?? minimalSeparator(ig, [a], [b], selected, allowed);
      if (given === null) continue;
      if (implications.length === max) return { implications, truncated: true };
      implications.push({ x: ig.ids[a], y: ig.ids[b], given: sortedIds(ig, given) });
    }
  }
  return { implications, truncated: false };
}

/** The analyze report's `implications` entry (capped list), or `null` when the graph is not an acyclic DAG/ADMG. */
export function implicationsReport(graph: CausalGraph, max = DEFAULT_IMPLICATIONS_MAX): Implication[] | null {
  if (!analysisReadiness(indexGraph(graph)).ok) return null;
  return listImplications(graph, { max }).implications;
}
