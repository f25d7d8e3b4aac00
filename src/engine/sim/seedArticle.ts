/**
 * engine/sim/seedArticle — the seed article's randomized-versus-observational comparison as one
 * report: both designs on the same units (same seed, so the same covariates and outcome noise),
 * the estimator tables, a covariate balance table (SMD and variance ratio raw and after IPW), the
 * sample-ratio-mismatch check of the randomized arm split against 50/50, the minimum detectable
 * effect from the SCM's outcome SDs under do(T = 1) and do(T = 0), and a Markdown memo.
 *
 * Contract: `seedArticleReport({ n, seed, nTruth })` is deterministic for a given seed.
 * Complexity: two checks plus one truth-size pass for the outcome SDs.
 * References: SIMULATOR.md §7.1 and §9; Kohavi, Tang & Xu 2020.
 */
import { type SimCheckResult, type SimCheckRow, isFailedRow, runCheck } from './check';
import { mde, srmTest, type SrmResult } from './diagnostics/abtest';
import { smd, varianceRatio } from './diagnostics/balance';
import { fitPropensity } from './estimators/armModel';
import { getSimPreset } from './presets';
import { streamSeed } from './rng';
import { compileScm, drawNoise, evaluateScm, sampleScm } from './sample';

export interface BalanceRow {
  readonly covariate: string;
  readonly smdRaw: number;
  readonly smdIpw: number;
  readonly varianceRatioRaw: number;
  readonly varianceRatioIpw: number;
}

export interface SeedArticleReport {
  readonly n: number;
  readonly seed: number;
  readonly randomized: SimCheckResult;
  readonly observational: SimCheckResult;
  readonly balance: readonly BalanceRow[];
  readonly srm: SrmResult & { readonly counts: readonly number[] };
  readonly mde: { readonly value: number; readonly sd1: number; readonly sd0: number; readonly n1: number; readonly n0: number };
  readonly memo: string;
}

function sd(x: Float64Array): number {
  let m = 0;
  for (const v of x) m += v / x.length;
  let ss = 0;
  for (const v of x) ss += (v - m) ** 2;
  return Math.sqrt(ss / (x.length - 1));
}

const f = (x: number | null, digits = 4) => (x === null || !Number.isFinite(x) ? '—' : x.toFixed(digits));

function table(result: SimCheckResult): string {
  const lines = ['| estimator | estimate | SE | 95% CI | truth | bias | covers | valid |', '|---|---|---|---|---|---|---|---|'];
  for (const row of result.rows) {
    if (isFailedRow(row)) {
      lines.push(`| ${row.name} | — | — | — | — | — | — | ${row.valid ? '✓' : '✗'} (${row.error}) |`);
      continue;
    }
    const r = row as SimCheckRow;
    lines.push(`| ${r.name} | ${f(r.estimate)} | ${f(r.se)} | [${f(r.ci[0])}, ${f(r.ci[1])}] | ${f(r.truth)} | ${f(r.bias)} | ${r.covers === null ? '—' : r.covers ? '✓' : '✗'} | ${r.valid ? '✓' : '✗'} |`);
  }
  return lines.join('\n');
}

export function seedArticleReport(options: { n?: number; seed?: number; nTruth?: number } = {}): SeedArticleReport {
  const observationalPreset = getSimPreset('seed-article');
  const randomizedPreset = getSimPreset('seed-article-randomized');
  const n = options.n ?? observationalPreset.spec.n;
  const seed = options.seed ?? observationalPreset.spec.seed;
  const common = { n, seed, nTruth: options.nTruth };
  const observational = runCheck(observationalPreset.spec, { ...common, graph: observationalPreset.graph, estimators: observationalPreset.estimators });
  const randomized = runCheck(randomizedPreset.spec, { ...common, graph: randomizedPreset.graph, estimators: randomizedPreset.estimators });

  const obsScm = compileScm(observationalPreset.spec, observationalPreset.graph);
  const obs = sampleScm(obsScm, n, seed).observed;
  const t = obs.columns.T;
  const ps = fitPropensity(t, [obs.columns.pa, obs.columns.de]);
  if (!ps) throw new Error('engine/sim/seedArticle: the propensity model could not be fitted');
  const weights = Float64Array.from(t, (v, i) => (v === 1 ? 1 / ps.fitted[i] : 1 / (1 - ps.fitted[i])));
  const balance = ['pa', 'de'].map((id) => ({
    covariate: id,
    smdRaw: smd(obs.columns[id], t),
    smdIpw: smd(obs.columns[id], t, weights),
    varianceRatioRaw: varianceRatio(obs.columns[id], t),
    varianceRatioIpw: varianceRatio(obs.columns[id], t, weights),
  }));

  const randScm = compileScm(randomizedPreset.spec, randomizedPreset.graph);
  const rt = sampleScm(randScm, n, seed).observed.columns.T;
  let n1 = 0;
  for (const v of rt) n1 += v;
  const counts = [n1, n - n1];
  const srm = { ...srmTest(counts, [1, 1]), counts };

  const noise = drawNoise(randScm, options.nTruth ?? 200_000, streamSeed(seed, 'truth'));
  const sd1 = sd(evaluateScm(randScm, noise, { T: 1 }).get('Y')!);
  const sd0 = sd(evaluateScm(randScm, noise, { T: 0 }).get('Y')!);
  const half = n / 2;
  const mdeValue = mde({ sd1, sd0, n1: half, n0: half });

  const truth = observational.truth;
  const memo = [
    `# Randomized versus observational: seed article DGP (n = ${n}, seed ${seed})`,
    '',
    `Truth (${truth.method}${truth.ate.mcse > 0 ? `, ±${truth.ate.mcse.toExponential(1)} MC SE` : ''}): ATE ${f(truth.ate.value)}, ATT ${f(truth.att?.value ?? null)}, ATC ${f(truth.atc?.value ?? null)}. The effect varies between units, so ATE, ATT and ATC differ.`,
    '',
    '## Randomized 50/50',
    '',
    table(randomized),
    '',
    `Sample ratio check: ${counts[0]} treated / ${counts[1]} control, χ² = ${srm.chiSquare.toFixed(2)}, p = ${srm.pValue.toPrecision(3)} — ${srm.flagged ? '**sample ratio mismatch (p < 0.001): do not trust the estimates**' : 'no mismatch at p < 0.001'}.`,
    `Minimum detectable effect (α = 0.05, power 0.8, ${half}/${half}): ${mdeValue.toFixed(5)} (outcome SDs ${sd1.toFixed(4)} treated, ${sd0.toFixed(4)} control).`,
    '',
    '## Observational (assignment depends on prior activity)',
    '',
    table(observational),
    '',
    '## Covariate balance',
    '',
    '| covariate | SMD raw | SMD after IPW | variance ratio raw | variance ratio after IPW |',
    '|---|---|---|---|---|',
    ...balance.map((b) => `| ${b.covariate} | ${f(b.smdRaw, 3)} | ${f(b.smdIpw, 3)} | ${f(b.varianceRatioRaw, 3)} | ${f(b.varianceRatioIpw, 3)} |`),
    '',
    '|SMD| < 0.1 is the usual bar for balance.',
  ].join('\n');
  return { n, seed, randomized, observational, balance, srm, mde: { value: mdeValue, sd1, sd0, n1: half, n0: half }, memo };
}
