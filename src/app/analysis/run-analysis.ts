/**
 * app/analysis/run-analysis — asks the engine every question the analysis panels show and packs
 * the answers as plain JSON. This is the whole body of the analysis worker, kept here as a pure
 * function so it is tested without a worker. It decides nothing causal itself: every verdict,
 * set, path and formula comes from an engine function; this file only chooses which ones to call
 * and turns refusals (`InputError`) into messages.
 */
import {
  type CausalGraph,
  InputError,
  type PathExplanation,
  adjustmentFormula,
  analysisReadiness,
  canonicalAdjustmentSet,
  checkAdjustmentSet,
  compareIds,
  dSeparation,
  explainPath,
  exprToTex,
  frontdoorSets,
  identify,
  indexGraph,
  instrumentsReport,
  isInputError,
  listImplications,
  listPaths,
  mentionedVariables,
  minimalAdjustmentSets,
  nodesWithRole,
  optimalAdjustmentSet,
  roleLabels,
  roleWarnings,
} from '../../engine';
import type {
  AdjustmentView,
  AnalysisRequest,
  AnalysisResponse,
  DsepView,
  IdentificationView,
  PathView,
  PathWhyView,
  ReportView,
  RoleLabelView,
  RolesView,
  Section,
} from './types';

/** Most paths listed per exposure–outcome pair. */
export const MAX_PATHS = 20;

/** Most minimal adjustment sets listed (per effect). */
export const MAX_ADJUSTMENT_SETS = 50;

/** Most testable implications listed. */
export const MAX_IMPLICATIONS = 100;

/** Most front-door sets listed. */
export const MAX_FRONTDOOR_SETS = 50;

/**
 * Runs `compute`; a refusal becomes the engine's message. Internal errors (messages that start with
 * the engine module path, or that are not `Error`s of the engine at all) are labelled as such.
 */
function attempt<T>(compute: () => T): Section<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isInputError(error)) return { ok: false, message: error.message };
    const internal = !(error instanceof Error) || error.name !== 'Error' || /^engine\//.test(error.message);
    const detail = error instanceof Error ? error.message : String(error);
    return internal ? { ok: false, message: `Causeway could not compute this (an internal error: ${detail})` } : { ok: false, message: detail };
  }
}

const NEEDS_ROLES = 'mark at least one exposure and one outcome';
const SINGLE_PAIR = 'instruments are listed for exactly one exposure and one outcome, two different nodes';

export function runAnalysis(graph: CausalGraph, request: AnalysisRequest): AnalysisResponse {
  return request.kind === 'dsep' ? runSeparation(graph, request) : runReport(graph);
}

function runSeparation(graph: CausalGraph, request: Extract<AnalysisRequest, { kind: 'dsep' }>): DsepView {
  return {
    kind: 'dsep',
    result: attempt(() => {
      const answer = dSeparation(graph, request.x, request.y, request.given);
      let openPath: PathView | null = null;
      if (answer.openPath && answer.openPathEdges) {
        const path = { nodes: answer.openPath, edges: answer.openPathEdges };
        const explanation = explainPath(graph, path, request.given);
        openPath = { ...path, open: explanation.open, causal: explanation.causal, why: whyOf(explanation) };
      }
      return { separated: answer.separated, openPath, given: answer.given };
    }),
  };
}

function runReport(graph: CausalGraph): ReportView {
  const exposure = nodesWithRole(graph, 'exposure');
  const outcome = nodesWithRole(graph, 'outcome');
  const adjusted = nodesWithRole(graph, 'adjusted');
  const base = { kind: 'report' as const, exposure, outcome, adjusted };
  const readiness = analysisReadiness(indexGraph(graph));
  if (!readiness.ok) {
    return { ...base, blocked: { message: readiness.message, cycle: readiness.reason === 'cycle' ? readiness.cycle : null } };
  }
  const hasQuery = exposure.length > 0 && outcome.length > 0;
  const needsQuery = <T>(compute: () => T): Section<T> => (hasQuery ? attempt(compute) : { ok: false, message: NEEDS_ROLES });
  const identified = needsQuery(() => identification(graph, exposure, outcome));

  return {
    ...base,
    blocked: null,
    roles: attempt(() => roles(graph)),
    adjustment: needsQuery(() => adjustment(graph, adjusted, identified.ok ? identified.value.queryTex : null)),
    frontdoor: needsQuery(() => frontdoorSets(graph, { max: MAX_FRONTDOOR_SETS })),
    instruments: needsQuery(() => {
      const instruments = instrumentsReport(graph);
      if (instruments === null) throw new InputError(SINGLE_PAIR);
      return { instruments, truncated: false };
    }),
    implications: attempt(() => listImplications(graph, { max: MAX_IMPLICATIONS })),
    paths: needsQuery(() => exposureOutcomePaths(graph, exposure, outcome, adjusted)),
    identification: identified,
  };
}

function roles(graph: CausalGraph): RolesView {
  const labels = roleLabels(graph);
  const flat: RoleLabelView[] | null =
    labels &&
    Object.entries(labels).flatMap(([node, entries]) =>
      entries.map((e) => ({ node, label: e.label, reason: e.reason, path: e.path ?? null })),
    );
  return { labels: flat, warnings: roleWarnings(graph) };
}

function adjustment(graph: CausalGraph, adjusted: readonly string[], queryTex: string | null): AdjustmentView {
  return {
    minimal: attempt(() => minimalAdjustmentSets(graph, { effect: 'total', max: MAX_ADJUSTMENT_SETS })),
    direct: attempt(() => minimalAdjustmentSets(graph, { effect: 'direct', max: MAX_ADJUSTMENT_SETS })),
    canonical: attempt(() => canonicalAdjustmentSet(graph, 'total')),
    optimal: attempt(() => optimalAdjustmentSet(graph)),
    current: attempt(() => {
      const check = checkAdjustmentSet(graph, { set: adjusted, effect: 'total' });
      return {
        set: check.set,
        valid: check.valid,
        reasons: check.reasons,
        openPaths: check.openPaths,
        forbidden: check.forbidden.map((f) => f.node),
        // The formula is only correct for a valid set, so it is built only then.
        formulaTex: check.valid && queryTex ? `${queryTex} = ${exprToTex(adjustmentFormula(graph, adjusted))}` : null,
      };
    }),
  };
}

function identification(graph: CausalGraph, exposure: readonly string[], outcome: readonly string[]): IdentificationView {
  const answer = identify(graph, { y: outcome, x: exposure });
  return {
    identifiable: answer.identifiable,
    queryTex: answer.queryTex,
    tex: answer.tex,
    strategy: answer.strategy,
    steps: answer.steps.map(({ rule, depth, query, text }) => ({ rule, depth, query, text })),
    hedge: answer.hedge && { F: answer.hedge.F, Fprime: answer.hedge.Fprime },
    variables: answer.expression
      ? [...new Set([...outcome, ...exposure, ...answer.given, ...mentionedVariables(answer.expression)])].sort(compareIds)
      : [],
  };
}

/** The engine's explanation of one path, reduced to what the panel says. */
function pathWhy(graph: CausalGraph, path: Pick<PathView, 'nodes' | 'edges'>, given: readonly string[]): PathWhyView {
  return whyOf(explainPath(graph, path, given));
}

function whyOf(explanation: PathExplanation): PathWhyView {
  return {
    blockedAt: explanation.interior.filter((r) => !r.open).map((r) => ({ id: r.id, collider: r.kind === 'collider' })),
    opened: explanation.interior.filter((r) => r.open && r.openedBy !== null).map((r) => ({ id: r.id, by: r.openedBy! })),
  };
}

/** The paths between every exposure and every outcome, given the adjusted set. */
function exposureOutcomePaths(graph: CausalGraph, exposure: readonly string[], outcome: readonly string[], adjusted: readonly string[]) {
  const paths: PathView[] = [];
  let truncated = false;
  for (const x of exposure) {
    for (const y of outcome) {
      if (x === y) continue;
      const listing = listPaths(graph, x, y, adjusted, { max: MAX_PATHS });
      truncated ||= listing.truncated;
      for (const path of listing.paths) paths.push({ ...path, why: pathWhy(graph, path, adjusted) });
    }
  }
  return { paths, truncated };
}
