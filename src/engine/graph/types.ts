/**
 * engine/graph/types — the causal graph as plain, immutable, JSON-serialisable data.
 *
 * A `CausalGraph` is what documents, workers and the store pass around. Algorithms work on the
 * integer-indexed view built by `indexGraph` (see `indexed.ts`), never on this form directly.
 */

/** A node id as written in model code. Branded so a label or an arbitrary string is not mistaken for one. */
export type NodeId = string & { readonly __brand: 'NodeId' };

/** Marks a string as a node id (no validation: ids are arbitrary strings, including ""). */
export const nodeId = (id: string): NodeId => id as NodeId;

/** Converts a list of strings to node ids. */
export const nodeIds = (ids: readonly string[]): NodeId[] => ids as NodeId[];

/** Roles in the fixed order model code writes them. */
export const ROLES = ['exposure', 'outcome', 'adjusted', 'latent', 'selected'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Edge kinds in their stored form. `@` is a PAG circle mark. `->`, `@->` and `@--` are oriented
 * (from → to); `<->`, `--` and `@-@` are symmetric.
 */
export const EDGE_KINDS = ['->', '<->', '--', '@-@', '@->', '@--'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

export const SYMMETRIC_EDGE_KINDS: ReadonlySet<EdgeKind> = new Set<EdgeKind>(['<->', '--', '@-@']);

export const GRAPH_TYPES = ['dag', 'pdag', 'mag', 'pag', 'graph', 'digraph'] as const;
export type GraphType = (typeof GRAPH_TYPES)[number];

export interface Position {
  readonly x: number;
  readonly y: number;
}

/** Unknown attributes kept in insertion order for lossless round-trips (`beta`, `eps`, …). */
export type Attributes = readonly (readonly [key: string, value: string])[];

export interface CausalNode {
  readonly id: NodeId;
  /** Display label, separate from the id. */
  readonly label?: string;
  readonly pos?: Position;
  /** Distinct roles, in `ROLES` order. */
  readonly roles: readonly Role[];
  readonly attrs?: Attributes;
}

export interface CausalEdge {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly kind: EdgeKind;
  readonly label?: string;
  /** Bézier control point, as model code stores it. */
  readonly pos?: Position;
  readonly attrs?: Attributes;
}

export interface CausalGraph {
  readonly type: GraphType;
  readonly name?: string;
  /** Bounding box x1, y1, x2, y2 in model units. */
  readonly bb?: readonly [number, number, number, number];
  readonly nodes: readonly CausalNode[];
  readonly edges: readonly CausalEdge[];
  /** Unknown graph-level attributes (`rankdir=LR`), kept for round-trips. */
  readonly attrs?: Attributes;
}

/** Exhaustiveness guard for closed unions. */
export function assertNever(value: never, what: string): never {
  throw new Error(`engine/graph: unexpected ${what}: ${String(value)}`);
}
