/**
 * engine/paths/path-explain — why one path is open or blocked, node by node, for explanations
 * such as "blocked at M (a mediator you adjusted for)" or "opened at C, a collider whose
 * descendant D you conditioned on".
 *
 * Contract: `explainPath(graph, path, given)` takes a path as ids and edges (as `listPaths` or
 * `dSeparation` return it) and the conditioning set (selected nodes are added). It reports each
 * interior node's kind on the path (chain, fork, collider), whether it is conditioned on, whether
 * it lets the path through, and for an open collider the conditioned node that opens it (the
 * collider itself, else the nearest conditioned descendant, ties by id). `blockedAt` lists the
 * blocking nodes in path order. Throws `InputError` when the path is not a simple path of the
 * graph or when the conditioning set is not allowed (see `query-input.ts`).
 * Complexity: O(L) plus O(n + m) per open collider that is not itself conditioned on.
 */
import { ancestorsMask } from '../graph/ancestry';
import { InputError } from '../errors';
import { compareIds, type IndexedGraph, maskOf, sortedIds } from '../graph/indexed';
import type { CausalGraph, NodeId } from '../graph/types';
import {
  type IndexedPath,
  interiorKind,
  interiorOpen,
  isCausalPath,
  type PathEdge,
  type PathNodeKind,
} from './path-rule';
import { analysableGraph, conditioningSet, requireDisjoint, resolveIds } from './query-input';

export interface PathNodeReport {
  readonly id: NodeId;
  readonly kind: PathNodeKind;
  /** In the conditioning set (given or selected). */
  readonly conditioned: boolean;
  /** Lets the path through. */
  readonly open: boolean;
  /** For an open collider: the conditioned node that opens it; otherwise null. */
  readonly openedBy: NodeId | null;
}

export interface PathExplanation {
  readonly open: boolean;
  readonly causal: boolean;
  /** Interior nodes in path order. */
  readonly interior: PathNodeReport[];
  /** Colliders on the path, in path order. */
  readonly colliders: NodeId[];
  /** Interior nodes that block the path, in path order ([] when open). */
  readonly blockedAt: NodeId[];
  /** The conditioning set used: `given` plus the selected nodes, sorted. */
  readonly given: NodeId[];
}

export interface PathInput {
  readonly nodes: readonly string[];
  readonly edges: readonly PathEdge[];
}

export function explainPath(graph: CausalGraph, path: PathInput, given: readonly string[] = []): PathExplanation {
  const ig = analysableGraph(graph);
  const indexed = resolvePath(ig, path);
  const zs = resolveIds(ig, given, 'the conditioning set');
  const ends = [indexed.nodes[0], indexed.nodes[indexed.nodes.length - 1]];
  requireDisjoint(ig, [
    ['the path ends', ends],
    ['the conditioning set', zs],
  ]);
  const z = conditioningSet(ig, zs);
  const inZ = maskOf(ig.n, z);
  const anZ = ancestorsMask(ig, z);
  const interior: PathNodeReport[] = [];
  for (let i = 1; i < indexed.nodes.length - 1; i++) {
    const v = indexed.nodes[i];
    const kind = interiorKind(indexed.edges, i);
    const open = interiorOpen(indexed, i, inZ, anZ);
    const openedBy = kind === 'collider' && open ? ig.ids[nearestConditionedDescendant(ig, v, inZ)] : null;
    interior.push({ id: ig.ids[v], kind, conditioned: inZ[v] === 1, open, openedBy });
  }
  return {
    open: interior.every((r) => r.open),
    causal: isCausalPath(indexed),
    interior,
    colliders: interior.filter((r) => r.kind === 'collider').map((r) => r.id),
    blockedAt: interior.filter((r) => !r.open).map((r) => r.id),
    given: sortedIds(ig, z),
  };
}

/** Checks that the ids and edges form a simple path of the graph. */
function resolvePath(ig: IndexedGraph, path: PathInput): IndexedPath {
  const nodes = path.nodes.map((id) => resolveIds(ig, [id], 'the path')[0]);
  if (nodes.length < 2) throw new InputError('a path needs at least two nodes');
  if (path.edges.length !== nodes.length - 1) {
    throw new InputError(`a path over ${nodes.length} nodes needs ${nodes.length - 1} edges, not ${path.edges.length}`);
  }
  if (new Set(nodes).size !== nodes.length) throw new InputError('the path visits a node twice');
  path.edges.forEach((edge, i) => {
    const [a, b] = [nodes[i], nodes[i + 1]];
    const present =
      edge === '->' ? ig.children[a].includes(b) : edge === '<-' ? ig.parents[a].includes(b) : edge === '<->' && ig.spouses[a].includes(b);
    if (!present) throw new InputError(`the graph has no edge ${ig.ids[a]} ${String(edge)} ${ig.ids[b]}`);
  });
  return { nodes, edges: path.edges };
}

/** The conditioned node nearest below `v` along directed edges (v itself first), ties by id. */
function nearestConditionedDescendant(ig: IndexedGraph, v: number, inZ: Uint8Array): number {
  const seen = new Uint8Array(ig.n);
  seen[v] = 1;
  let level = [v];
  while (level.length > 0) {
    const hits = level.filter((u) => inZ[u]);
    if (hits.length > 0) return hits.sort((a, b) => compareIds(ig.ids[a], ig.ids[b]))[0];
    const next: number[] = [];
    for (const u of level) {
      for (const c of ig.children[u]) {
        if (!seen[c]) {
          seen[c] = 1;
          next.push(c);
        }
      }
    }
    level = next;
  }
  throw new Error('engine/paths/path-explain: an open collider has no conditioned descendant');
}
