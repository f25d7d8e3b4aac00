/**
 * engine/sim/coverage — repeated simulation: how estimators behave over many samples.
 *
 * Contract: `runCoverage(spec, options)` computes the truth once, then for r = 0 … R − 1 draws a
 * sample with seed `streamSeed(seed, 'replicate', r)` (so replicate r is reproducible on its own)
 * and runs every estimator. Per estimator: the estimates (Float64Array, NaN for a failed run),
 * mean, bias, empirical SD, mean SE, SE ratio (mean SE / empirical SD), RMSE, coverage of the
 * truth by the 95% CI with its Monte Carlo SE √(c(1 − c)/R), and a histogram of the estimates
 * (with the truth, for the truth line). `onProgress(done, R)` is called after each replicate.
 * Complexity: R × (sampling + estimators); the truth once.
 * Reference: SIMULATOR.md §6 (coverage mode); Morris, White & Crowther 2019 (simulation studies).
 */
import { type SimCheckOptions, isFailedRow, prepareCheck, scoreRows, truthFor } from './check';
import type { Estimand, EstimatorKind } from './estimators/types';
import { streamSeed } from './rng';
import { sampleScm } from './sample';
import type { ScmSpec } from './spec';
import type { Truth } from './truth';

export interface CoverageOptions extends SimCheckOptions {
  readonly replicates?: number;
  /** Histogram bins (default 30). */
  readonly bins?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface SimHistogram {
  readonly edges: readonly number[];
  readonly counts: readonly number[];
}

export interface CoverageRow {
  readonly name: string;
  readonly kind: EstimatorKind;
  readonly estimand: Estimand | null;
  readonly truth: number | null;
  readonly valid: boolean;
  readonly runs: number;
  readonly failures: number;
  readonly estimates: Float64Array;
  readonly mean: number;
  readonly bias: number | null;
  readonly empiricalSd: number;
  readonly meanSe: number;
  readonly seRatio: number;
  readonly rmse: number | null;
  readonly coverage: number | null;
  readonly coverageMcse: number | null;
  readonly histogram: SimHistogram;
}

export interface CoverageResult {
  readonly replicates: number;
  readonly n: number;
  readonly seed: number;
  readonly truth: Truth;
  readonly rows: readonly CoverageRow[];
}

export function estimateHistogram(values: Float64Array, bins: number, include: readonly number[] = []): SimHistogram {
  const finite = [...values].filter(Number.isFinite);
  if (finite.length === 0) return { edges: [], counts: [] };
  let lo = Math.min(...finite, ...include);
  let hi = Math.max(...finite, ...include);
  if (hi === lo) {
    lo -= 0.5;
    hi += 0.5;
  }
  const width = (hi - lo) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, b) => lo + b * width);
  const counts = new Array<number>(bins).fill(0);
  for (const v of finite) counts[Math.min(bins - 1, Math.floor((v - lo) / width))]++;
  return { edges, counts };
}

export function runCoverage(spec: ScmSpec, options: CoverageOptions = {}): CoverageResult {
  const prepared = prepareCheck(spec, options);
  const replicates = options.replicates ?? 200;
  const n = options.n ?? spec.n;
  const seed = options.seed ?? spec.seed;
  const k = prepared.requests.length;
  const estimates = Array.from({ length: k }, () => new Float64Array(replicates).fill(NaN));
  const ses = Array.from({ length: k }, () => new Float64Array(replicates).fill(NaN));
  const covered = Array.from({ length: k }, () => new Uint8Array(replicates));
  const names: string[] = new Array(k).fill('');
  const estimands: (Estimand | null)[] = new Array(k).fill(null);
  for (let r = 0; r < replicates; r++) {
    const replicateSeed = streamSeed(seed, 'replicate', r);
    const sample = sampleScm(prepared.scm, n, replicateSeed);
    scoreRows(prepared, sample.observed, replicateSeed).forEach((row, j) => {
      names[j] = row.name;
      if (isFailedRow(row)) return;
      estimands[j] = row.estimand;
      estimates[j][r] = row.estimate;
      ses[j][r] = row.se;
      covered[j][r] = row.covers ? 1 : 0;
    });
    options.onProgress?.(r + 1, replicates);
  }
  const rows = prepared.requests.map((request, j): CoverageRow => {
    const estimand = estimands[j];
    const target = estimand ? truthFor(prepared.truth, estimand) : null;
    let runs = 0;
    let s = 0;
    let sse = 0;
    let hits = 0;
    for (let r = 0; r < replicates; r++) {
      if (!Number.isFinite(estimates[j][r])) continue;
      runs++;
      s += estimates[j][r];
      sse += ses[j][r];
      hits += covered[j][r];
    }
    const mean = s / runs;
    let ss = 0;
    let sq = 0;
    for (let r = 0; r < replicates; r++) {
      const v = estimates[j][r];
      if (!Number.isFinite(v)) continue;
      ss += (v - mean) ** 2;
      if (target) sq += (v - target.value) ** 2;
    }
    const empiricalSd = Math.sqrt(ss / (runs - 1));
    const coverage = target && runs > 0 ? hits / runs : null;
    return {
      name: names[j] || request.kind,
      kind: request.kind,
      estimand,
      truth: target?.value ?? null,
      valid: prepared.validity[j].valid,
      runs,
      failures: replicates - runs,
      estimates: estimates[j],
      mean,
      bias: target ? mean - target.value : null,
      empiricalSd,
      meanSe: sse / runs,
      seRatio: sse / runs / empiricalSd,
      rmse: target ? Math.sqrt(sq / runs) : null,
      coverage,
      coverageMcse: coverage === null ? null : Math.sqrt((coverage * (1 - coverage)) / runs),
      histogram: estimateHistogram(estimates[j], options.bins ?? 30, target ? [target.value] : []),
    };
  });
  return { replicates, n, seed, truth: prepared.truth, rows };
}
