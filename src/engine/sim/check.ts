/**
 * engine/sim/check — one simulation check: sample the SCM, run the estimators, score each against
 * the truth of its own estimand, and collect diagnostics.
 *
 * Contract: `runCheck(spec, options)` compiles the spec (against `options.graph` when given, else
 * the graph its equations imply), draws n units with the master seed, computes the population
 * truth (closed form / enumeration / MC-CRN) and the sample truths (SATE/SATT/SATC) from the
 * sample's own noise, runs the requested (or default) estimators, and returns plain data: per row
 * estimate, SE, 95% CI, truth, bias, z = bias/SE, covers, validity with reasons, warnings and
 * diagnostics. OLS rows warn when the SCM's effects are heterogeneous (the OLS estimand is then a
 * variance-weighted average, not the ATE). Binary variables with event rates below 1% or above
 * 99% get a sample-level warning. `prepareCheck` does the per-model work once so the
 * coverage mode can re-run only sampling and estimation.
 * Complexity: sampling O(n · model) + the estimators + the truth (≤ N_truth · model).
 * Reference: SIMULATOR.md §6.
 */
import type { CausalGraph } from '../graph/types';
import { defaultEstimators } from './defaults';
import { runEstimator } from './estimators/run';
import type { SimDiagnostic, EstimateResult, EstimatorFailure, EstimatorRequest } from './estimators/types';
import { streamSeed } from './rng';
import { compileScm, type ObservedData, sampleScm, type Scm } from './sample';
import type { ScmSpec } from './spec';
import { computeTruth, sampleTruth, type SampleTruth, type Truth } from './truth';
import { specGraph } from './validate';
import { estimatorValidity, type EstimatorValidity } from './validity';

export interface SimCheckOptions {
  readonly graph?: CausalGraph;
  readonly n?: number;
  readonly seed?: number;
  readonly estimators?: readonly EstimatorRequest[];
  /** Units in the Monte Carlo truth sample (default 200 000). */
  readonly nTruth?: number;
  /**
   * A truth computed earlier for this same spec (it depends on the model, not on n or the seed):
   * callers re-running a check on every slider move pass it to skip the Monte Carlo truth.
   */
  readonly truth?: Truth;
}

export interface SimCheckRow extends EstimateResult {
  readonly truth: number | null;
  readonly truthMcse: number | null;
  readonly bias: number | null;
  readonly z: number | null;
  readonly covers: boolean | null;
  readonly valid: boolean;
  readonly validity: EstimatorValidity;
}

export interface SimCheckFailureRow extends EstimatorFailure {
  readonly valid: boolean;
  readonly validity: EstimatorValidity;
}

export interface SimCheckResult {
  readonly n: number;
  readonly seed: number;
  readonly truth: Truth;
  readonly sampleTruth: SampleTruth;
  readonly rows: readonly (SimCheckRow | SimCheckFailureRow)[];
  readonly diagnostics: Readonly<Record<string, SimDiagnostic>>;
  /** Sample-level warnings: rare or constant binary variables (separation, unstable fits). */
  readonly warnings: readonly string[];
}

export interface PreparedCheck {
  readonly scm: Scm;
  readonly graph: CausalGraph;
  readonly requests: readonly EstimatorRequest[];
  readonly validity: readonly EstimatorValidity[];
  readonly truth: Truth;
}

export function prepareCheck(spec: ScmSpec, options: SimCheckOptions = {}): PreparedCheck {
  const scm = compileScm(spec, options.graph);
  const graph = options.graph ?? specGraph(spec);
  const kinds = Object.fromEntries(spec.nodes.filter((n) => !n.latent).map((n) => [n.id, n.kind]));
  const requests = options.estimators ?? defaultEstimators(graph, spec.treatment, spec.outcome, kinds);
  const validity = requests.map((r) => estimatorValidity(graph, spec.treatment, spec.outcome, r));
  const instrument = requests.find((r) => r.kind === 'iv')?.instruments?.[0];
  const truth = options.truth ?? computeTruth(scm, { nTruth: options.nTruth, instrument });
  return { scm, graph, requests, validity, truth };
}

export function isFailedRow(row: SimCheckRow | SimCheckFailureRow): row is SimCheckFailureRow {
  return 'error' in row;
}

/** The truth an estimand is scored against. */
export function truthFor(truth: Truth, estimand: EstimateResult['estimand']): { value: number; mcse: number } | null {
  if (estimand === 'ATT') return truth.att;
  if (estimand === 'LATE') return truth.late ?? (truth.heterogeneous ? null : truth.ate);
  return truth.ate;
}

export function scoreRows(prepared: PreparedCheck, data: ObservedData, seed: number): (SimCheckRow | SimCheckFailureRow)[] {
  const { scm, graph, requests, validity, truth } = prepared;
  const ctx = { data, treatment: scm.spec.treatment, outcome: scm.spec.outcome, bootstrapSeed: streamSeed(seed, 'bootstrap') };
  return requests.map((request, j) => {
    const result = runEstimator(ctx, request, graph);
    const v = validity[j];
    if ('error' in result) return { ...result, valid: v.valid, validity: v };
    const target = truthFor(truth, result.estimand);
    const warnings = [...result.warnings];
    if (result.kind === 'ols' && truth.heterogeneous) {
      warnings.push('the effect varies between units: OLS estimates a variance-weighted average of effects, not the ATE');
    }
    if (!v.valid) warnings.push(...v.reasons);
    const bias = target ? result.estimate - target.value : null;
    return {
      ...result,
      warnings,
      truth: target?.value ?? null,
      truthMcse: target?.mcse ?? null,
      bias,
      z: bias === null ? null : bias / result.se,
      covers: target ? result.ci[0] <= target.value && target.value <= result.ci[1] : null,
      valid: v.valid,
      validity: v,
    };
  });
}

function eventRates(data: ObservedData): Record<string, number> {
  const out: Record<string, number> = {};
  for (const id of data.ids) {
    if (data.kinds[id] !== 'binary') continue;
    let s = 0;
    for (const v of data.columns[id]) s += v;
    out[id] = s / data.n;
  }
  return out;
}

export function runCheck(spec: ScmSpec, options: SimCheckOptions = {}): SimCheckResult {
  const prepared = prepareCheck(spec, options);
  const n = options.n ?? spec.n;
  const seed = options.seed ?? spec.seed;
  const sample = sampleScm(prepared.scm, n, seed);
  const rows = scoreRows(prepared, sample.observed, seed);
  const diagnostics: Record<string, SimDiagnostic> = { eventRates: eventRates(sample.observed) };
  for (const row of rows) {
    if (isFailedRow(row)) continue;
    if (row.kind === 'ipw') {
      for (const key of ['smdRaw', 'smdWeighted', 'varianceRatioRaw', 'varianceRatioWeighted', 'essTreated', 'essControl', 'maxWeight', 'meanStabilizedWeight', 'nTreated', 'nControl'] as const) diagnostics[key] = row.diagnostics[key];
    }
    if (row.kind === 'strata') diagnostics.droppedStrata = row.diagnostics.droppedStrata;
    if (row.kind === 'iv') diagnostics.firstStageF = row.diagnostics.firstStageF;
  }
  const warnings: string[] = [];
  for (const [id, rate] of Object.entries(diagnostics.eventRates as Record<string, number>)) {
    if (rate === 0 || rate === 1) warnings.push(`${id} is constant (${rate}) in this sample`);
    else if (rate < 0.01 || rate > 0.99) warnings.push(`${id} is rare: event rate ${rate.toPrecision(2)} (expect unstable fits and separation)`);
  }
  return { n, seed, truth: prepared.truth, sampleTruth: sampleTruth(prepared.scm, sample.noise), rows, diagnostics, warnings };
}
