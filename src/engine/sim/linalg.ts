/**
 * engine/sim/linalg — small dense symmetric positive-definite algebra for the estimators.
 *
 * Contract: matrices are row-major `Float64Array`s of k × k (k ≲ 50). `cholesky` returns the lower
 * factor or null when the matrix is not numerically positive definite (collinear design);
 * `spdSolve` and `spdInverse` use it. `crossProduct(cols, w?)` accumulates X′WX in plain loops.
 * Complexity: O(k³) for the factorisation, O(n·k²) for X′X.
 * Reference: Golub & Van Loan 2013, §4.2 (Cholesky). No mathjs in numeric kernels (SIMULATOR.md §8).
 */

export function cholesky(a: Float64Array, k: number): Float64Array | null {
  const l = new Float64Array(k * k);
  let scale = 0;
  for (let i = 0; i < k; i++) scale = Math.max(scale, Math.abs(a[i * k + i]));
  const tol = 1e-12 * (scale || 1);
  for (let j = 0; j < k; j++) {
    let d = a[j * k + j];
    for (let m = 0; m < j; m++) d -= l[j * k + m] * l[j * k + m];
    if (!(d > tol)) return null;
    const ljj = Math.sqrt(d);
    l[j * k + j] = ljj;
    for (let i = j + 1; i < k; i++) {
      let s = a[i * k + j];
      for (let m = 0; m < j; m++) s -= l[i * k + m] * l[j * k + m];
      l[i * k + j] = s / ljj;
    }
  }
  return l;
}

/** Solves L L′ x = b given the Cholesky factor. */
export function choleskySolve(l: Float64Array, k: number, b: ArrayLike<number>): Float64Array {
  const x = Float64Array.from(b as ArrayLike<number>);
  for (let i = 0; i < k; i++) {
    let s = x[i];
    for (let m = 0; m < i; m++) s -= l[i * k + m] * x[m];
    x[i] = s / l[i * k + i];
  }
  for (let i = k - 1; i >= 0; i--) {
    let s = x[i];
    for (let m = i + 1; m < k; m++) s -= l[m * k + i] * x[m];
    x[i] = s / l[i * k + i];
  }
  return x;
}

export function spdInverse(a: Float64Array, k: number): Float64Array | null {
  const l = cholesky(a, k);
  if (!l) return null;
  const inv = new Float64Array(k * k);
  const e = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    e.fill(0);
    e[j] = 1;
    const col = choleskySolve(l, k, e);
    for (let i = 0; i < k; i++) inv[i * k + j] = col[i];
  }
  return inv;
}

/** X′WX for design columns `cols` (W = diag(w), or the identity). */
export function crossProduct(cols: readonly Float64Array[], w?: Float64Array): Float64Array {
  const k = cols.length;
  const n = cols[0]?.length ?? 0;
  const out = new Float64Array(k * k);
  // Weighting each column once, not once per pair, halves the multiplications.
  const weighted = w ? new Float64Array(n) : null;
  for (let a = 0; a < k; a++) {
    const xa = cols[a];
    let wa = xa;
    if (weighted && w) {
      for (let i = 0; i < n; i++) weighted[i] = w[i] * xa[i];
      wa = weighted;
    }
    for (let b = 0; b <= a; b++) {
      const xb = cols[b];
      let s = 0;
      for (let i = 0; i < n; i++) s += wa[i] * xb[i];
      out[a * k + b] = s;
      out[b * k + a] = s;
    }
  }
  return out;
}

/** X′v. */
export function crossVector(cols: readonly Float64Array[], v: Float64Array): Float64Array {
  const out = new Float64Array(cols.length);
  for (let a = 0; a < cols.length; a++) {
    const xa = cols[a];
    let s = 0;
    for (let i = 0; i < v.length; i++) s += xa[i] * v[i];
    out[a] = s;
  }
  return out;
}

/** A B A′ for k × k matrices (the sandwich). */
export function sandwich(a: Float64Array, b: Float64Array, k: number): Float64Array {
  const ab = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let m = 0; m < k; m++) s += a[i * k + m] * b[m * k + j];
      ab[i * k + j] = s;
    }
  const out = new Float64Array(k * k);
  for (let i = 0; i < k; i++)
    for (let j = 0; j < k; j++) {
      let s = 0;
      for (let m = 0; m < k; m++) s += ab[i * k + m] * a[j * k + m];
      out[i * k + j] = s;
    }
  return out;
}

/** g′ M g for a k-vector g. */
export function quadForm(m: Float64Array, g: ArrayLike<number>, k: number): number {
  let s = 0;
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) s += g[i] * m[i * k + j] * g[j];
  return s;
}
