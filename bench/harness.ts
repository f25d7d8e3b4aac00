/**
 * bench/harness — the benchmark case type and the timing loop behind `npm run bench`.
 *
 * A case is `{ name, setup?, run }`: `setup` builds inputs once (untimed) and `run(state)` is the
 * work being timed. The loop warms up, then takes samples until the time box is used (at least
 * `minSamples`). Calls faster than ~0.2 ms are timed in batches so the timer's resolution does not
 * dominate; every figure is per call. Results are medians and 90th percentiles, never asserted.
 */
import { performance } from 'node:perf_hooks';

export interface BenchCase<State = unknown> {
  readonly name: string;
  readonly setup?: () => State;
  readonly run: (state: State) => unknown;
}

/** Declares a case with its own state type (lets a file export a list of differently typed cases). */
export function benchCase<State>(c: BenchCase<State>): BenchCase {
  return c as unknown as BenchCase;
}

export interface TimingOptions {
  /** Time box for the measured samples of one case, in ms. */
  readonly budgetMs: number;
  readonly minSamples: number;
  readonly maxSamples: number;
  readonly warmupMs: number;
}

export const DEFAULT_TIMING: TimingOptions = { budgetMs: 1000, minSamples: 5, maxSamples: 1000, warmupMs: 200 };

export interface CaseResult {
  readonly name: string;
  readonly medianMs: number;
  readonly p90Ms: number;
  readonly minMs: number;
  /** Timed calls (samples × batch). */
  readonly runs: number;
  readonly batch: number;
}

/** Keeps results alive so the optimiser cannot drop the work being timed. */
let sink: unknown;
export const lastResult = (): unknown => sink;

export function timeCase(c: BenchCase, options: TimingOptions = DEFAULT_TIMING): CaseResult {
  const state = c.setup ? c.setup() : undefined;
  const warmStart = performance.now();
  let warmRuns = 0;
  while (warmRuns < 2 || (performance.now() - warmStart < options.warmupMs && warmRuns < 50)) {
    sink = c.run(state);
    warmRuns++;
  }
  const perCall = (performance.now() - warmStart) / warmRuns;
  const batch = Math.max(1, Math.ceil(0.2 / Math.max(perCall, 1e-6)));
  const samples: number[] = [];
  const start = performance.now();
  while (
    samples.length < options.minSamples ||
    (samples.length < options.maxSamples && performance.now() - start < options.budgetMs)
  ) {
    const t0 = performance.now();
    for (let i = 0; i < batch; i++) sink = c.run(state);
    samples.push((performance.now() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return {
    name: c.name,
    medianMs: quantile(samples, 0.5),
    p90Ms: quantile(samples, 0.9),
    minMs: samples[0],
    runs: samples.length * batch,
    batch,
  };
}

/** Linear-interpolated quantile of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (position - lo);
}
