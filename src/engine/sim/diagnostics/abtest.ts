/**
 * engine/sim/diagnostics/abtest — A/B-test checks: sample ratio mismatch and minimum detectable effect.
 *
 * Contract: `srmTest(counts, design)` is Pearson's χ² goodness-of-fit of the arm counts against the
 * designed allocation (df = arms − 1) with its p-value; `flagged` when p < 0.001 (Kohavi et al.
 * 2020 practice). `mde({ sd1, sd0, n1, n0, alpha, power })` is (z₁₋α/₂ + z_power)·√(σ₁²/n₁ + σ₀²/n₀).
 * `normalQuantile` inverts the normal CDF (Acklam's rational approximation, |rel. error| < 1.2e-9);
 * `chiSquareSurvival` is the regularised upper incomplete gamma Q(df/2, x/2) (series or Lentz's
 * continued fraction).
 * Complexity: O(arms); special functions O(1)–O(100) iterations.
 * References: Fabijan et al. 2019 (SRM); Kohavi, Tang & Xu 2020, ch. 17 and 21; Acklam 2003;
 * Press et al. 2007, §6.2 (incomplete gamma).
 */

function logGamma(x: number): number {
  // Lanczos approximation, g = 7, n = 9.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Q(a, x) = Γ(a, x)/Γ(a). */
function upperGammaRegularized(a: number, x: number): number {
  if (x <= 0) return 1;
  const lead = Math.exp(-x + a * Math.log(x) - logGamma(a));
  if (x < a + 1) {
    let term = 1 / a;
    let s = term;
    for (let k = 1; k < 500; k++) {
      term *= x / (a + k);
      s += term;
      if (Math.abs(term) < Math.abs(s) * 1e-16) break;
    }
    return Math.max(0, 1 - s * lead);
  }
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return lead * h;
}

export function chiSquareSurvival(x: number, df: number): number {
  return upperGammaRegularized(df / 2, x / 2);
}

export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) return p === 0 ? -Infinity : p === 1 ? Infinity : NaN;
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const low = 0.02425;
  if (p < low) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

export interface SrmResult {
  readonly chiSquare: number;
  readonly df: number;
  readonly pValue: number;
  readonly flagged: boolean;
  readonly expected: readonly number[];
}

export function srmTest(counts: readonly number[], design: readonly number[], alpha = 0.001): SrmResult {
  const total = counts.reduce((a, b) => a + b, 0);
  const weight = design.reduce((a, b) => a + b, 0);
  const expected = design.map((d) => (total * d) / weight);
  let chiSquare = 0;
  counts.forEach((c, i) => (chiSquare += (c - expected[i]) ** 2 / expected[i]));
  const df = counts.length - 1;
  const pValue = chiSquareSurvival(chiSquare, df);
  return { chiSquare, df, pValue, flagged: pValue < alpha, expected };
}

export interface MdeInput {
  readonly sd1: number;
  readonly sd0: number;
  readonly n1: number;
  readonly n0: number;
  readonly alpha?: number;
  readonly power?: number;
}

export function mde(input: MdeInput): number {
  const alpha = input.alpha ?? 0.05;
  const power = input.power ?? 0.8;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return z * Math.sqrt((input.sd1 * input.sd1) / input.n1 + (input.sd0 * input.sd0) / input.n0);
}
