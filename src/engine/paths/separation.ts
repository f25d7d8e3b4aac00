/**
 * engine/paths/separation — the id-level d-/m-separation query the CLI (`dsep`) and UI ask.
 *
 * Contract: `dSeparation(graph, X, Y, given)` answers whether X and Y are d-separated (DAGs) or
 * m-separated (ADMGs) given `given` plus every node with role `selected`, with a shortest open
 * path as witness when they are not. `given` in the result is the conditioning set actually used,
 * sorted. Throws `InputError` for an unknown id, an empty X or Y, overlapping X/Y/given, a selected
 * node in X or Y, a latent node in the conditioning set, a cycle, or edges other than `->`/`<->`.
 * Complexity: O(n + m). Reference: Shachter 1998 (Bayes-ball); see `dseparation.ts`.
 */
import { sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { dConnectingPathEdges } from './dseparation';
import type { PathEdge } from './path-rule';
import {
  analysableGraph,
  conditioningSet,
  requireDisjoint,
  requireNonEmpty,
  requireUnselected,
  resolveIds,
} from './query-input';

export interface SeparationResult {
  readonly separated: boolean;
  /** A shortest open path from X to Y, or `null` when separated. */
  readonly openPath: NodeId[] | null;
  /** The edge taken at each step of `openPath`, in the direction of travel. */
  readonly openPathEdges: PathEdge[] | null;
  /** The conditioning set used: `given` plus the selected nodes, sorted. */
  readonly given: NodeId[];
}

/**
 * Tests whether X and Y are d-/m-separated given `given` (plus selected nodes).
 * @example dSeparation(graphFromLists({ directed: [['A','B'],['B','C']] }), ['A'], ['C'], ['B']).separated === true
 */
export function dSeparation(
  graph: CausalGraph,
  x: readonly string[],
  y: readonly string[],
  given: readonly string[] = [],
): SeparationResult {
  const ig = analysableGraph(graph);
  const xs = resolveIds(ig, x, 'X');
  const ys = resolveIds(ig, y, 'Y');
  const zs = resolveIds(ig, given, 'the conditioning set');
  requireNonEmpty(xs, 'X');
  requireNonEmpty(ys, 'Y');
  requireDisjoint(ig, [
    ['X', xs],
    ['Y', ys],
    ['the conditioning set', zs],
  ]);
  requireUnselected(ig, xs, 'X');
  requireUnselected(ig, ys, 'Y');
  const z = conditioningSet(ig, zs);
  const path = dConnectingPathEdges(ig, xs, ys, z);
  return {
    separated: path === null,
    openPath: path === null ? null : path.nodes.map((v) => ig.ids[v]),
    openPathEdges: path === null ? null : [...path.edges],
    given: sortedIds(ig, z),
  };
}
