/**
 * app/analysis/run-analysis — asks the engine every question the analysis panels show and packs
 * the answers as plain JSON. This is the whole body of the analysis worker, kept here as a pure
 * function so it is tested without a worker. It decides nothing causal itself: every verdict,
 * set, path and formula comes from an engine function; this file only chooses which ones to call
 * and turns refusals (`InputError`) into messages.
 */
import {
  type CausalGraph,
  analysisReadiness,
  dSeparation,
  indexGraph,
  isInputError,
  listPaths,
  nodesWithRole,
} from '../../engine';
import type { AnalysisRequest, AnalysisResponse, DsepView, PathView, ReportView, Section } from './types';

/** Most paths listed per exposure–outcome pair. */
export const MAX_PATHS = 50;

/** Runs `compute`; an `InputError` becomes the engine's message, anything else an internal-error note. */
function attempt<T>(compute: () => T): Section<T> {
  try {
    return { ok: true, value: compute() };
  } catch (error) {
    if (isInputError(error)) return { ok: false, message: error.message };
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `Causeway could not compute this (an internal error: ${detail})` };
  }
}

const NEEDS_ROLES = 'mark at least one exposure and one outcome';

export function runAnalysis(graph: CausalGraph, request: AnalysisRequest): AnalysisResponse {
  return request.kind === 'dsep' ? runSeparation(graph, request) : runReport(graph);
}

function runSeparation(graph: CausalGraph, request: Extract<AnalysisRequest, { kind: 'dsep' }>): DsepView {
  return {
    kind: 'dsep',
    result: attempt(() => {
      const answer = dSeparation(graph, request.x, request.y, request.given);
      const openPath: PathView | null =
        answer.openPath && answer.openPathEdges
          ? {
              nodes: answer.openPath,
              edges: answer.openPathEdges,
              open: true,
              causal: answer.openPathEdges.every((e) => e === '->'),
            }
          : null;
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

  return {
    ...base,
    blocked: null,
    paths: needsQuery(() => exposureOutcomePaths(graph, exposure, outcome, adjusted)),
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
      paths.push(...listing.paths);
    }
  }
  return { paths, truncated };
}
