/**
 * engine/sim/estimators/armModel — per-arm outcome models m̂ₐ(z) and propensity scores ê(z),
 * shared by g-computation, IPW and AIPW.
 *
 * Contract: `fitArmModel(y, z, t, arm)` fits Y on Z among units with T = arm — OLS (HC1) for a
 * continuous Y, logistic IRLS for a 0/1 Y — and returns predictions for *every* unit, the
 * coefficient covariance and, for the delta method, the mean gradient ∂ mean(m̂ₐ)/∂β.
 * `fitPropensity(t, z)` is the logistic PS model. Null when a fit is impossible (collinear, too few).
 * Complexity: O(n·k²) per fit. Reference: Hernán & Robins 2020, ch. 13 (standardization).
 */
import { fitLogit, type LogitFit, sigmoid } from '../logit';
import { fitOls } from '../ols';

export interface ArmModel {
  readonly predictions: Float64Array;
  readonly cov: Float64Array;
  readonly gradient: Float64Array;
  readonly k: number;
  readonly logistic: boolean;
  readonly converged: boolean;
}

export function subsetRows(col: Float64Array, keep: Uint8Array, count: number): Float64Array {
  const out = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < col.length; i++) if (keep[i]) out[j++] = col[i];
  return out;
}

export function isZeroOne(col: Float64Array): boolean {
  for (let i = 0; i < col.length; i++) if (col[i] !== 0 && col[i] !== 1) return false;
  return true;
}

export function fitArmModel(y: Float64Array, z: readonly Float64Array[], t: Float64Array, arm: number): ArmModel | null {
  const n = y.length;
  const keep = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    if (t[i] !== arm) continue;
    keep[i] = 1;
    count++;
  }
  const ya = subsetRows(y, keep, count);
  const za = z.map((c) => subsetRows(c, keep, count));
  const logistic = isZeroOne(y);
  const k = z.length + 1;
  let beta: Float64Array;
  let cov: Float64Array;
  let converged = true;
  if (logistic) {
    const fit: LogitFit | null = fitLogit(ya, za);
    if (!fit) return null;
    beta = fit.beta;
    cov = fit.cov;
    converged = fit.converged;
  } else {
    const fit = fitOls(ya, za, { hc: count < 250 ? 'HC3' : 'HC1' });
    if (!fit) return null;
    beta = fit.beta;
    cov = fit.cov;
  }
  const predictions = new Float64Array(n);
  const gradient = new Float64Array(k);
  for (let i = 0; i < n; i++) {
    let eta = beta[0];
    for (let a = 1; a < k; a++) eta += beta[a] * z[a - 1][i];
    const m = logistic ? sigmoid(eta) : eta;
    const slope = logistic ? m * (1 - m) : 1;
    predictions[i] = m;
    gradient[0] += slope;
    for (let a = 1; a < k; a++) gradient[a] += slope * z[a - 1][i];
  }
  for (let a = 0; a < k; a++) gradient[a] /= n;
  return { predictions, cov, gradient, k, logistic, converged };
}

/**
 * Propensity fits already made for a treatment column, by covariate columns. Stratification, IPW
 * and AIPW on the same sample and set ask for the same model; the columns are the sample's own
 * arrays, so identity decides, and the weak map lets a sample's fits go when the sample does.
 */
const propensityFits = new WeakMap<Float64Array, { readonly z: readonly Float64Array[]; readonly fit: LogitFit | null }[]>();

export function fitPropensity(t: Float64Array, z: readonly Float64Array[]): LogitFit | null {
  const known = propensityFits.get(t) ?? [];
  const hit = known.find((entry) => entry.z.length === z.length && entry.z.every((col, i) => col === z[i]));
  if (hit) return hit.fit;
  const fit = fitLogit(t, z);
  propensityFits.set(t, [...known, { z: [...z], fit }]);
  return fit;
}
