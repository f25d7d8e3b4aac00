/**
 * engine/sim/ols — ordinary least squares with heteroskedasticity-robust (sandwich) covariances.
 *
 * Contract: `fitOls(y, cols, { intercept })` fits y on the columns (an intercept column first when
 * asked) and returns the coefficients, the HC0/HC1/HC3 covariance chosen by `hc` (default HC1,
 * HC3 when n < 250 as small samples need it), residuals, fitted values and the residual sum of
 * squares — or null when the design is collinear. Names follow the columns.
 * Complexity: O(n·k²) for X′X and the meat, O(k³) for the solve; HC3 adds O(n·k²) for leverages.
 * References: White 1980 (HC0); MacKinnon & White 1985 (HC1, HC3); Long & Ervin 2000 (HC3 for small n).
 */
import { choleskySolve, cholesky, crossProduct, crossVector, sandwich, spdInverse } from './linalg';

export type HcType = 'HC0' | 'HC1' | 'HC3';

export interface OlsFit {
  readonly beta: Float64Array;
  /** k × k row-major robust covariance. */
  readonly cov: Float64Array;
  readonly hc: HcType;
  readonly k: number;
  readonly n: number;
  readonly residuals: Float64Array;
  readonly fitted: Float64Array;
  readonly rss: number;
  /** (X′X)⁻¹, for influence functions. */
  readonly bread: Float64Array;
  /** The design columns used (intercept included). */
  readonly design: readonly Float64Array[];
}

export interface OlsOptions {
  readonly intercept?: boolean;
  readonly hc?: HcType;
}

export function fitOls(y: Float64Array, cols: readonly Float64Array[], options: OlsOptions = {}): OlsFit | null {
  const n = y.length;
  const design = options.intercept === false ? [...cols] : [new Float64Array(n).fill(1), ...cols];
  const k = design.length;
  if (n <= k) return null;
  const xtx = crossProduct(design);
  const l = cholesky(xtx, k);
  if (!l) return null;
  const beta = choleskySolve(l, k, crossVector(design, y));
  const bread = spdInverse(xtx, k)!;
  const fitted = new Float64Array(n);
  for (let a = 0; a < k; a++) {
    const x = design[a];
    const b = beta[a];
    for (let i = 0; i < n; i++) fitted[i] += b * x[i];
  }
  const residuals = new Float64Array(n);
  let rss = 0;
  for (let i = 0; i < n; i++) {
    residuals[i] = y[i] - fitted[i];
    rss += residuals[i] * residuals[i];
  }
  const hc: HcType = options.hc ?? (n < 250 ? 'HC3' : 'HC1');
  const w = new Float64Array(n);
  if (hc === 'HC3') {
    const row = new Float64Array(k);
    for (let i = 0; i < n; i++) {
      for (let a = 0; a < k; a++) row[a] = design[a][i];
      let h = 0;
      for (let a = 0; a < k; a++) {
        let s = 0;
        for (let b = 0; b < k; b++) s += bread[a * k + b] * row[b];
        h += row[a] * s;
      }
      const r = residuals[i] / Math.max(1e-12, 1 - h);
      w[i] = r * r;
    }
  } else {
    const scale = hc === 'HC1' ? n / (n - k) : 1;
    for (let i = 0; i < n; i++) w[i] = scale * residuals[i] * residuals[i];
  }
  const cov = sandwich(bread, crossProduct(design, w), k);
  return { beta, cov, hc, k, n, residuals, fitted, rss, bread, design };
}

/** Standard error of coefficient j. */
export function olsSe(fit: OlsFit, j: number): number {
  return Math.sqrt(Math.max(0, fit.cov[j * fit.k + j]));
}

/**
 * Influence function of coefficient j for each unit: n·[(X′X)⁻¹ xᵢ eᵢ]ⱼ, so that
 * β̂ⱼ − βⱼ ≈ mean of the influence values (used to combine estimates by the delta method).
 */
export function olsInfluence(fit: OlsFit, j: number): Float64Array {
  const { k, n, bread, design, residuals } = fit;
  const out = new Float64Array(n);
  for (let a = 0; a < k; a++) {
    const c = bread[j * k + a] * n;
    const x = design[a];
    for (let i = 0; i < n; i++) out[i] += c * x[i] * residuals[i];
  }
  return out;
}
