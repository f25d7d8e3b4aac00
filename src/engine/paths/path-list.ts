/**
 * engine/paths/path-list — the id-level path listing the CLI (`paths`) and the paths panel show.
 *
 * Contract: `listPaths(graph, from, to, given, { max })` lists the simple paths between two nodes
 * over `->` and `<->` edges (see `simple-paths.ts` for the order: shortest first, then by ids,
 * then by edge kinds), at most `max` (default 100; `Infinity` for all) with `truncated` set when
 * more exist. Each path is marked `causal` (every edge points from `from` towards `to`) and `open`
 * given `given` plus every selected node (`path-rule.ts`). `given` in the result is the
 * conditioning set used, sorted. Throws `InputError` for an unknown id, `from` equal to `to`, an
 * endpoint in the conditioning set or selected, a latent node conditioned on, a bad `max`, a cycle
 * or edges other than `->`/`<->`.
 * Complexity: O(max · L · (n + m)) for paths of at most L edges (Yen 1971).
 */
import { ancestorsMask } from '../graph/ancestry';
import { InputError } from '../errors';
import { maskOf, sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import { isCausalPath, isOpenPath, type PathEdge } from './path-rule';
import { analysableGraph, conditioningSet, requireDisjoint, requireUnselected, resolveIds } from './query-input';
import { shortestSimplePaths } from './simple-paths';

export interface ListedPath {
  readonly nodes: NodeId[];
  /** The edge between `nodes[i]` and `nodes[i + 1]`, in the direction of travel. */
  readonly edges: PathEdge[];
  readonly causal: boolean;
  readonly open: boolean;
}

export interface PathListing {
  readonly paths: ListedPath[];
  readonly truncated: boolean;
  /** The conditioning set used for `open`: `given` plus the selected nodes, sorted. */
  readonly given: NodeId[];
}

export interface ListPathsOptions {
  /** Most paths to return (default 100); `Infinity` lists them all. */
  readonly max?: number;
}

export const DEFAULT_MAX_PATHS = 100;

/** Lists the simple paths from `from` to `to`, shortest first, with causal and open flags. */
export function listPaths(
  graph: CausalGraph,
  from: string,
  to: string,
  given: readonly string[] = [],
  options: ListPathsOptions = {},
): PathListing {
  const max = options.max ?? DEFAULT_MAX_PATHS;
  if (!(max === Infinity || (Number.isInteger(max) && max >= 0))) {
    throw new InputError(`the most paths to list must be a whole number ≥ 0, not ${String(max)}`);
  }
  const ig = analysableGraph(graph);
  const [s] = resolveIds(ig, [from], 'from');
  const [t] = resolveIds(ig, [to], 'to');
  if (s === t) throw new InputError(`from and to are the same node "${from}"`);
  const zs = resolveIds(ig, given, 'the conditioning set');
  requireDisjoint(ig, [
    ['from', [s]],
    ['to', [t]],
    ['the conditioning set', zs],
  ]);
  requireUnselected(ig, [s], 'from');
  requireUnselected(ig, [t], 'to');
  const z = conditioningSet(ig, zs);
  const inZ = maskOf(ig.n, z);
  const anZ = ancestorsMask(ig, z);
  const listing = shortestSimplePaths(ig, s, t, max);
  return {
    paths: listing.paths.map((path) => ({
      nodes: path.nodes.map((v) => ig.ids[v]),
      edges: [...path.edges],
      causal: isCausalPath(path),
      open: isOpenPath(path, inZ, anZ),
    })),
    truncated: listing.truncated,
    given: sortedIds(ig, z),
  };
}
