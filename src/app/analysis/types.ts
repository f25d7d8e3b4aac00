/**
 * app/analysis/types — what the analysis worker is asked and what it answers: plain JSON, so it
 * crosses the worker boundary by structured clone. Every causal fact in here was computed by an
 * engine function (see run-analysis.ts); the panels only render it.
 *
 * A section is absent when the engine has no function for it, and `{ ok: false, message }` when
 * the engine refused the question (for example: no exposure marked).
 */

/** One edge of a path in the direction of travel (the engine's path-edge notation). */
export type PathEdge = '->' | '<-' | '<->';

export type AnalysisRequest =
  | { readonly kind: 'report' }
  | { readonly kind: 'dsep'; readonly x: readonly string[]; readonly y: readonly string[]; readonly given: readonly string[] };

export type Section<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export type IdSet = readonly string[];

/** A list of sets: `[]` means no set exists, `[[]]` means the empty set works. */
export interface SetList {
  readonly sets: readonly IdSet[];
  readonly truncated: boolean;
}

/** Why a path is open or blocked, node by node (from the engine's path explanation). */
export interface PathWhyView {
  /** Interior nodes that block the path: a conditioned non-collider, or a collider with nothing conditioned below it. */
  readonly blockedAt: readonly { readonly id: string; readonly collider: boolean }[];
  /** Colliders that let the path through, and the conditioned node (itself or a descendant) that opens each. */
  readonly opened: readonly { readonly id: string; readonly by: string }[];
}

/** A path in the direction of travel, with the edge taken at each step. */
export interface PathView {
  readonly nodes: readonly string[];
  readonly edges: readonly PathEdge[];
  readonly causal: boolean;
  readonly open: boolean;
  readonly why?: PathWhyView;
}

export interface RoleLabelView {
  readonly node: string;
  readonly label: string;
  /** One sentence, naming a path of the graph where there is one. */
  readonly reason: string;
  /** The path the reason names, when it is a single path. */
  readonly path: IdSet | null;
}

export interface RoleWarningView {
  readonly node: string;
  readonly message: string;
}

export interface RolesView {
  /** `null` when there is no exposure–outcome question to label against. */
  readonly labels: readonly RoleLabelView[] | null;
  /** Roles the user set that contradict the graph; the message names the node. */
  readonly warnings: readonly RoleWarningView[];
}

export interface SetVerdictView {
  /** The set tested: the adjusted nodes plus the selected nodes, sorted. */
  readonly set: IdSet;
  readonly valid: boolean;
  /** Every reason the set fails, one sentence each; empty when valid. */
  readonly reasons: readonly string[];
  /** Open biasing paths as node sequences, shortest first (the first is highlighted). */
  readonly openPaths: readonly IdSet[];
  /** Members that must not be adjusted for (mediators and their descendants, …). */
  readonly forbidden: readonly string[];
  /** The adjustment formula for this set as TeX ("query = formula"), only when the set is valid. */
  readonly formulaTex: string | null;
}

export interface AdjustmentView {
  /** Minimal sets for the total effect. */
  readonly minimal: Section<SetList>;
  /** Minimal sets for the direct effect (single-door criterion). */
  readonly direct: Section<SetList>;
  /** `null` when no adjustment set exists. */
  readonly canonical: Section<IdSet | null>;
  /** The O-set, or `null` with the engine's reason. */
  readonly optimal: Section<{ readonly set: IdSet | null; readonly reason: string | null }>;
  readonly current: Section<SetVerdictView>;
}

export interface InstrumentView {
  readonly instrument: string;
  readonly given: IdSet;
}

export interface ImplicationView {
  readonly x: string;
  readonly y: string;
  readonly given: IdSet;
}

export interface IdentificationStepView {
  /** Which rule fired (ID1 … ID7, IDC1/IDC2, or a strategy). */
  readonly rule: string;
  /** Recursion depth, 0 for the query itself. */
  readonly depth: number;
  /** The sub-problem, e.g. "P(Y | do(X))". */
  readonly query: string;
  readonly text: string;
}

export type StrategyView =
  | { readonly kind: 'adjustment'; readonly set: IdSet }
  | { readonly kind: 'frontdoor'; readonly set: IdSet }
  | { readonly kind: 'id' }
  | { readonly kind: 'none' };

export interface IdentificationView {
  readonly identifiable: boolean;
  /** TeX of the query, e.g. P(Y \mid \mathrm{do}(X)). */
  readonly queryTex: string;
  /** TeX of the formula ('' when not identifiable). */
  readonly tex: string;
  readonly strategy: StrategyView;
  readonly steps: readonly IdentificationStepView[];
  /** The hedge (F, F′) that proves non-identifiability. */
  readonly hedge: { readonly F: IdSet; readonly Fprime: IdSet } | null;
  /** Every variable the query and the formula name, sorted (empty when not identifiable). */
  readonly variables: IdSet;
}

export interface ReportView {
  readonly kind: 'report';
  /** Set when the graph cannot be analysed (a cycle, or edges that are not -> / <->). */
  readonly blocked: { readonly message: string; readonly cycle: readonly string[] | null } | null;
  readonly exposure: IdSet;
  readonly outcome: IdSet;
  readonly adjusted: IdSet;
  readonly roles?: Section<RolesView>;
  readonly adjustment?: Section<AdjustmentView>;
  readonly frontdoor?: Section<SetList>;
  readonly instruments?: Section<{ readonly instruments: readonly InstrumentView[]; readonly truncated: boolean }>;
  readonly implications?: Section<{ readonly implications: readonly ImplicationView[]; readonly truncated: boolean }>;
  readonly paths?: Section<{ readonly paths: readonly PathView[]; readonly truncated: boolean }>;
  readonly identification?: Section<IdentificationView>;
}

export interface DsepView {
  readonly kind: 'dsep';
  readonly result: Section<{
    readonly separated: boolean;
    readonly openPath: PathView | null;
    readonly given: IdSet;
  }>;
}

export type AnalysisResponse = ReportView | DsepView;
