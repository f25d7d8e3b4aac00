/**
 * engine/io/document-types — the Causeway JSON document, format `causeway/1`.
 *
 * Contract: a document is plain JSON data: the graph (the same `CausalGraph` the engine uses:
 * positions live on the nodes), an optional layout (the canvas viewport), an optional structural
 * causal model owned by the simulator (kept as is), and optional notes: free text per node, per
 * edge, and an assumption register. Older formats are migrated forward by `document-migrate`.
 */
import type { CausalGraph, EdgeKind, NodeId } from '../graph/types';

export const DOCUMENT_FORMAT = 'causeway/1';

/** The visible part of the canvas: pan offset in screen pixels and zoom factor (> 0). */
export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface DocumentLayout {
  readonly viewport?: Viewport;
}

export interface NodeNote {
  readonly id: NodeId;
  readonly text: string;
}

export interface EdgeNote {
  readonly from: NodeId;
  readonly to: NodeId;
  readonly kind: EdgeKind;
  readonly text: string;
}

/** The assumption register: the questions a reviewer asks of a causal claim, as free text. */
export const ASSUMPTION_FIELDS = [
  'question',
  'estimand',
  'treatment',
  'outcome',
  'unit',
  'design',
  'assumptions',
  'interference',
  'monitoring',
] as const;
export type AssumptionField = (typeof ASSUMPTION_FIELDS)[number];
export type AssumptionRegister = Readonly<Partial<Record<AssumptionField, string>>>;

export interface DocumentNotes {
  readonly nodes?: readonly NodeNote[];
  readonly edges?: readonly EdgeNote[];
  readonly assumptions?: AssumptionRegister;
}

export interface CausewayDocument {
  readonly format: typeof DOCUMENT_FORMAT;
  readonly graph: CausalGraph;
  readonly layout?: DocumentLayout;
  /** The simulator's structural causal model; validated by the simulator, carried here as is. */
  readonly scm?: unknown;
  readonly notes?: DocumentNotes;
}

/** A problem in a document, located by its JSON path (`graph.nodes[3].id`). */
export interface DocumentError {
  readonly path: string;
  /** The full sentence, path first: `graph.nodes[3].id: expected a string`. */
  readonly message: string;
  /** For JSON syntax errors: where in the text. */
  readonly line?: number;
  readonly column?: number;
}

/** Size limits for documents (and for model code: the same node and edge limits). */
export const DOCUMENT_LIMITS = {
  maxTextLength: 5 * 1024 * 1024,
  maxNodes: 20_000,
  maxEdges: 200_000,
  maxIdLength: 1_000,
  maxStringLength: 100_000,
  maxAttributes: 200,
  maxNotes: 50_000,
  maxErrors: 50,
} as const;
