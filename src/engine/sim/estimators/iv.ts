/**
 * engine/sim/estimators/iv — instrumental variables: two-stage least squares.
 *
 * Contract: with design D = [1, T, W] and instruments Q = [1, Z, W], the first stage regresses T on
 * Q to get T̂; β̂ = (D̂′D̂)⁻¹D̂′y with D̂ = [1, T̂, W]. SE from the IV sandwich
 * (D̂′D̂)⁻¹ (Σ ûᵢ² d̂ᵢd̂ᵢ′) (D̂′D̂)⁻¹ · n/(n − k) with structural residuals û = y − Dβ̂ (not the
 * second-stage residuals). The first-stage F tests the excluded instruments; F < 10 warns of a weak
 * instrument. With one instrument and no covariates the estimate is the Wald ratio cov(Z,Y)/cov(Z,T).
 * Estimand: LATE for a 0/1 treatment (Imbens & Angrist 1994), else the structural coefficient.
 * Complexity: O(n·k²). References: Angrist & Pischke 2009 §4.1; Staiger & Stock 1997.
 */
import { crossProduct, sandwich, spdInverse } from '../linalg';
import { fitOls } from '../ols';
import { isZeroOne } from './armModel';
import { columnsOf, type EstimateResult, type EstimatorContext, type EstimatorFailure, waldCi } from './types';

export function ivEstimate(ctx: EstimatorContext, instruments: readonly string[], covariates: readonly string[], name: string): EstimateResult | EstimatorFailure {
  if (instruments.length === 0) return { kind: 'iv', name, error: 'no instrument given' };
  const t = ctx.data.columns[ctx.treatment];
  const y = ctx.data.columns[ctx.outcome];
  const z = columnsOf(ctx, instruments);
  const w = columnsOf(ctx, covariates);
  const n = y.length;
  const first = fitOls(t, [...z, ...w]);
  const restricted = fitOls(t, w);
  if (!first || !restricted) return { kind: 'iv', name, error: 'the first stage is collinear' };
  const q = z.length;
  const kFirst = first.k;
  const fStat = ((restricted.rss - first.rss) / q) / (first.rss / (n - kFirst));
  const design = [new Float64Array(n).fill(1), t, ...w];
  const fitted = [design[0], first.fitted, ...w];
  const k = design.length;
  const xtx = crossProduct(fitted);
  const inv = spdInverse(xtx, k);
  if (!inv) return { kind: 'iv', name, error: 'the second stage is collinear' };
  const xty = new Float64Array(k);
  for (let a = 0; a < k; a++) for (let i = 0; i < n; i++) xty[a] += fitted[a][i] * y[i];
  const beta = new Float64Array(k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) beta[a] += inv[a * k + b] * xty[b];
  const u2 = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let r = y[i];
    for (let a = 0; a < k; a++) r -= beta[a] * design[a][i];
    u2[i] = (r * r * n) / (n - k);
  }
  const cov = sandwich(inv, crossProduct(fitted, u2), k);
  const estimate = beta[1];
  const se = Math.sqrt(cov[k + 1]);
  const warnings = fStat < 10 ? [`weak instrument: first-stage F = ${fStat.toFixed(1)} < 10 (Staiger & Stock 1997); the 2SLS estimate is biased towards OLS and its CI unreliable`] : [];
  return {
    kind: 'iv', name, estimand: isZeroOne(t) ? 'LATE' : 'ATE', estimate, se, ci: waldCi(estimate, se), set: [...instruments].sort(), warnings,
    diagnostics: { firstStageF: fStat, covariates: [...covariates].sort() },
  };
}
