/**
 * engine/report — the `analyze` report (DESIGN §5): every analysis of one graph in one object.
 *
 * Contract: keys are always present; an analysis that needs an exposure and an outcome is `null`
 * when the graph has none, and a cyclic or non-DAG/ADMG graph reports `acyclic: false` with the
 * cycle and `null` for every analysis. Time is measured only when a clock is passed in (the
 * engine has no global clock), as the median of `repeat` runs of each analysis.
 * Complexity: the sum of the analyses it runs.
 */
import { indexGraph } from './graph/indexed';
import type { CausalGraph, NodeId, Role } from './graph/types';
import { ROLES } from './graph/types';
import { compareIds } from './graph/indexed';
import { analysisReadiness } from './graph/validate';
import { adjustmentReport } from './adjust/adjustment-report';
import { frontdoorReport } from './adjust/frontdoor-report';
import { implicationsReport } from './adjust/implications';
import { instrumentsReport } from './adjust/instruments';
import { labelsReport } from './adjust/labels';
import { identificationReport } from './identify/report';
import { isInputError } from './errors';

export interface ReportOptions {
  /** A monotonic clock in milliseconds; when given, `timing_ms` is filled. */
  readonly clock?: () => number;
  /** Runs per analysis for the timing median (default 1). */
  readonly repeat?: number;
  /** Parse time measured by the caller, reported as `timing_ms.parse`. */
  readonly parseMs?: number;
}

export interface AnalyzeReport {
  readonly format: 'causeway.report/1';
  readonly graph: { nodes: NodeId[]; directed: [NodeId, NodeId][]; bidirected: [NodeId, NodeId][] };
  readonly roles: Record<Role, NodeId[]>;
  readonly acyclic: boolean;
  readonly cycle: NodeId[] | null;
  readonly labels: unknown;
  readonly adjustment: unknown;
  readonly frontdoor: unknown;
  readonly instruments: unknown;
  readonly implications: unknown;
  readonly identification: unknown;
  /** Why an analysis is `null` although the graph is analysable (e.g. a node that is both exposure and outcome). */
  readonly warnings: string[];
  readonly timing_ms?: Record<string, number>;
}

/** The analyses of the report, in the order they run. Each returns `null` when it does not apply. */
const ANALYSES: readonly (readonly [key: string, run: (graph: CausalGraph) => unknown])[] = [
  ['labels', labelsReport],
  ['adjustment', (graph) => adjustmentReport(graph)],
  ['frontdoor', (graph) => frontdoorReport(graph)],
  ['instruments', instrumentsReport],
  ['implications', (graph) => implicationsReport(graph)],
  ['identification', identificationReport],
];

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

export function analyzeGraph(graph: CausalGraph, options: ReportOptions = {}): AnalyzeReport {
  const { clock, repeat = 1 } = options;
  const ig = indexGraph(graph);
  const pair = (a: NodeId, b: NodeId): [NodeId, NodeId] => [a, b];
  const directed = graph.edges.filter((e) => e.kind === '->').map((e) => pair(e.from, e.to));
  const bidirected = graph.edges
    .filter((e) => e.kind === '<->')
    .map((e) => (compareIds(e.from, e.to) <= 0 ? pair(e.from, e.to) : pair(e.to, e.from)));
  const byPair = (a: [NodeId, NodeId], b: [NodeId, NodeId]) => compareIds(a[0], b[0]) || compareIds(a[1], b[1]);
  const roles = Object.fromEntries(
    ROLES.map((role) => [role, graph.nodes.filter((n) => n.roles.includes(role)).map((n) => n.id).sort(compareIds)]),
  ) as Record<Role, NodeId[]>;
  const readiness = analysisReadiness(ig);
  const results: Record<string, unknown> = {};
  const warnings = new Set<string>();
  const timing: Record<string, number> = {};
  let total = 0;
  for (const [key, run] of ANALYSES) {
    if (!readiness.ok) {
      results[key] = null;
      continue;
    }
    const times: number[] = [];
    for (let i = 0; i < (clock ? Math.max(1, repeat) : 1); i++) {
      const start = clock?.() ?? 0;
      try {
        results[key] = run(graph);
      } catch (error) {
        // A role the analysis cannot work with is the user's to fix: report it, keep the others.
        if (!isInputError(error)) throw error;
        results[key] = null;
        warnings.add(error.message);
      }
      if (clock) times.push(clock() - start);
    }
    if (clock) {
      timing[key] = round(median(times));
      total += timing[key];
    }
  }
  const report: AnalyzeReport = {
    format: 'causeway.report/1',
    graph: {
      nodes: graph.nodes.map((n) => n.id).sort(compareIds),
      directed: directed.sort(byPair),
      bidirected: bidirected.sort(byPair),
    },
    roles,
    acyclic: !(readiness.ok === false && readiness.reason === 'cycle'),
    cycle: readiness.ok === false && readiness.reason === 'cycle' ? [...readiness.cycle] : null,
    labels: results.labels ?? null,
    adjustment: results.adjustment ?? null,
    frontdoor: results.frontdoor ?? null,
    instruments: results.instruments ?? null,
    implications: results.implications ?? null,
    identification: results.identification ?? null,
    warnings: [...warnings],
  };
  if (clock) {
    const parse = options.parseMs ?? 0;
    return { ...report, timing_ms: { parse: round(parse), ...timing, total: round(total + parse) } };
  }
  return report;
}
