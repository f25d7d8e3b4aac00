/**
 * engine/sim/estimators/types — what every estimator takes and returns (plain data).
 *
 * Contract: an estimator reads only `ObservedData` (latent columns are not in it by construction),
 * the treatment and outcome ids and its request, and returns an estimate with a standard error,
 * a 95% Wald interval (estimate ± 1.96·SE), the set or strategy it used, warnings, and its own
 * diagnostics — or an `EstimatorFailure` explaining why it cannot run on these data.
 * Reference: SIMULATOR.md §5.
 */
import type { ObservedData } from '../sample';

export const ESTIMATOR_KINDS = ['naive', 'ols', 'gcomp', 'strata', 'ipw', 'aipw', 'frontdoor', 'idplugin', 'iv'] as const;
export type EstimatorKind = (typeof ESTIMATOR_KINDS)[number];
export type Estimand = 'ATE' | 'ATT' | 'LATE';

export interface EstimatorRequest {
  readonly kind: EstimatorKind;
  /** Display name (default from the kind and the set). */
  readonly label?: string;
  /** Adjustment set (backdoor estimators), covariates for IV, or strata variables. */
  readonly set?: readonly string[];
  /** Front-door mediators. */
  readonly mediators?: readonly string[];
  /** Instruments for IV. */
  readonly instruments?: readonly string[];
  /** Estimand for stratification and IPW (ATE or ATT). */
  readonly estimand?: 'ATE' | 'ATT';
  /** Number of quantile bins for stratification (default 5). */
  readonly bins?: number;
  /** Bootstrap replicates where the SE is by bootstrap (discrete front-door, plug-in; default 200). */
  readonly bootstrap?: number;
  /**
   * When > 0, also bootstrap this estimator B times and report the bootstrap SE and percentile
   * interval in its diagnostics (`bootstrapSe`, `bootstrapCi`), next to the analytic SE.
   */
  readonly bootstrapCheck?: number;
}

export type SimDiagnostic = number | string | boolean | null | readonly (number | string)[] | Readonly<Record<string, number | null>>;

export interface EstimateResult {
  readonly kind: EstimatorKind;
  readonly name: string;
  readonly estimand: Estimand;
  readonly estimate: number;
  readonly se: number;
  readonly ci: readonly [number, number];
  /** The adjustment set, mediators or instruments used, sorted. */
  readonly set: readonly string[];
  readonly warnings: readonly string[];
  readonly diagnostics: Readonly<Record<string, SimDiagnostic>>;
}

export interface EstimatorFailure {
  readonly kind: EstimatorKind;
  readonly name: string;
  readonly error: string;
}

export interface EstimatorContext {
  readonly data: ObservedData;
  readonly treatment: string;
  readonly outcome: string;
  /** Seed of the bootstrap sub-stream. */
  readonly bootstrapSeed: number;
}

export const Z95 = 1.959963984540054;

export function waldCi(estimate: number, se: number): readonly [number, number] {
  return [estimate - Z95 * se, estimate + Z95 * se];
}

export function isBinaryColumn(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) if (col[i] !== 0 && col[i] !== 1) return false;
  return true;
}

export function columnsOf(ctx: EstimatorContext, ids: readonly string[]): Float64Array[] {
  return ids.map((id) => {
    const col = ctx.data.columns[id];
    if (!col) throw new Error(`"${id}" is not an observed variable`);
    return col;
  });
}

export function mean(x: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i];
  return s / x.length;
}

/** √(Σ φᵢ²)/n for a mean-zero influence function φ: the SE of the estimate it belongs to. */
export function influenceSe(phi: Float64Array): number {
  let m = 0;
  for (let i = 0; i < phi.length; i++) m += phi[i];
  m /= phi.length;
  let ss = 0;
  for (let i = 0; i < phi.length; i++) ss += (phi[i] - m) * (phi[i] - m);
  return Math.sqrt(ss / (phi.length - 1) / phi.length);
}
