/**
 * engine/sim/logit — logistic regression by iteratively reweighted least squares (Newton–Raphson).
 *
 * Contract: `fitLogit(y01, cols)` fits P(y = 1 | x) = σ(β₀ + x′β) and returns β, the inverse Fisher
 * information (model-based covariance), the fitted probabilities and whether it converged; a
 * non-converged fit (complete separation, a rare outcome) is still returned with `converged: false`
 * so callers can warn. Null when the design is collinear.
 * Complexity: O(iterations · n · k²); typically 5–8 iterations.
 * Reference: McCullagh & Nelder 1989, §4.4 (IRLS); Albert & Anderson 1984 (separation).
 */
import { cholesky, choleskySolve, crossProduct, spdInverse } from './linalg';

export interface LogitFit {
  readonly beta: Float64Array;
  /** Inverse Fisher information (k × k). */
  readonly cov: Float64Array;
  readonly fitted: Float64Array;
  readonly converged: boolean;
  readonly k: number;
  readonly design: readonly Float64Array[];
}

export const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

/** Xβ column by column: each pass reads one contiguous column instead of striding across all. */
function linearPredictor(design: readonly Float64Array[], beta: Float64Array, eta: Float64Array): void {
  eta.fill(0);
  for (let a = 0; a < design.length; a++) {
    const x = design[a];
    const b = beta[a];
    for (let i = 0; i < eta.length; i++) eta[i] += b * x[i];
  }
}

export function fitLogit(y: Float64Array, cols: readonly Float64Array[], maxIterations = 50): LogitFit | null {
  const n = y.length;
  const design = [new Float64Array(n).fill(1), ...cols];
  const k = design.length;
  let beta = new Float64Array(k);
  let mean = 0;
  for (let i = 0; i < n; i++) mean += y[i];
  mean /= n;
  if (mean > 0 && mean < 1) beta[0] = Math.log(mean / (1 - mean));
  const p = new Float64Array(n);
  const w = new Float64Array(n);
  const score = new Float64Array(k);
  const eta = new Float64Array(n);
  let converged = false;
  let info: Float64Array;
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    linearPredictor(design, beta, eta);
    for (let i = 0; i < n; i++) {
      p[i] = sigmoid(eta[i]);
      w[i] = Math.max(p[i] * (1 - p[i]), 1e-12);
    }
    score.fill(0);
    for (let a = 0; a < k; a++) {
      const x = design[a];
      let s = 0;
      for (let i = 0; i < n; i++) s += x[i] * (y[i] - p[i]);
      score[a] = s;
    }
    info = crossProduct(design, w);
    const l = cholesky(info, k);
    if (!l) return null;
    const step = choleskySolve(l, k, score);
    let change = 0;
    for (let a = 0; a < k; a++) {
      beta[a] += step[a];
      change = Math.max(change, Math.abs(step[a]));
    }
    if (!beta.every(Number.isFinite)) return null;
    if (change < 1e-10) {
      converged = true;
      break;
    }
  }
  linearPredictor(design, beta, eta);
  for (let i = 0; i < n; i++) {
    p[i] = sigmoid(eta[i]);
    w[i] = Math.max(p[i] * (1 - p[i]), 1e-12);
  }
  info = crossProduct(design, w);
  const cov = spdInverse(info, k) ?? new Float64Array(k * k).fill(NaN);
  beta = Float64Array.from(beta);
  return { beta, cov, fitted: p, converged: converged && Math.max(...beta.map(Math.abs)) < 30, k, design };
}
