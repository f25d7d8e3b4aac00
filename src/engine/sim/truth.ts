/**
 * engine/sim/truth — the causal quantities an estimate is scored against, computed from the SCM.
 *
 * Contract: `computeTruth(scm, options)` restricts to the ancestors of the outcome Y and uses the
 * first method that applies:
 *   1. closed form, when every node on a directed T → Y path (after T) is linear: the total effect
 *      Σ over directed paths of coefficient products, by one forward pass T_j = Σ_k B_kj T_k in
 *      topological order (never by enumerating paths); ATE = ATT = ATC = effect × contrast;
 *   2. exact enumeration of the truncated factorisation, when every ancestor of Y is discrete and
 *      the product of their cardinalities is ≤ 2^20 (ATT/ATC by conditioning the non-descendants);
 *   3. Monte Carlo under do() with common random numbers: Y(treated) and Y(control) on the same
 *      noise of N_truth units (default 200 000), with Monte Carlo standard errors.
 * LATE for an instrument Z (binary Z and T) is the complier mean of Y(1) − Y(0), by CRN (compliers:
 * T(Z=1) = 1, T(Z=0) = 0); with a constant effect (closed form) it equals the ATE.
 * `sampleTruth` gives SATE/SATT/SATC of a drawn sample from its own noise.
 * Complexity: closed form O(nodes + edges); enumeration O(Π cards · nodes); CRN O(N · model).
 * References: Pearl 2009 §3.2 (truncated factorisation); Wright 1921 (path coefficients);
 * Angrist, Imbens & Rubin 1996 (LATE); SIMULATOR.md §4.
 */
import { streamSeed } from './rng';
import { type CompiledNode, drawNoise, evaluateScm, type Intervention, normalCdf, type Noise, type Scm } from './sample';
import { contrastOf, type Contrast } from './contrast';

export type TruthMethod = 'closed-form' | 'enumeration' | 'mc-crn';

export interface TruthValue {
  readonly value: number;
  /** Monte Carlo standard error (0 when exact). */
  readonly mcse: number;
}

export interface Truth {
  readonly method: TruthMethod;
  readonly contrast: Contrast;
  readonly ate: TruthValue;
  readonly att: TruthValue | null;
  readonly atc: TruthValue | null;
  readonly late: TruthValue | null;
  /** Whether unit-level effects vary (then OLS targets a variance-weighted average, not the ATE). */
  readonly heterogeneous: boolean;
  /** P(T = treated) in the population (binary treatment). */
  readonly pTreated: number | null;
  readonly nTruth: number;
}

export interface TruthOptions {
  readonly nTruth?: number;
  readonly seed?: number;
  readonly instrument?: string;
  /** Skip the closed form and enumeration (tests compare methods with this). */
  readonly forceMonteCarlo?: boolean;
}

export function scmAncestors(scm: Scm, target: string): Set<string> {
  const keep = new Set<string>([target]);
  for (let i = scm.nodes.length - 1; i >= 0; i--) {
    const node = scm.nodes[i];
    if (keep.has(node.id)) for (const p of node.parents) keep.add(p);
  }
  return keep;
}

export function scmDescendants(scm: Scm, source: string): Set<string> {
  const keep = new Set<string>([source]);
  for (const node of scm.nodes) if (node.parents.some((p) => keep.has(p))) keep.add(node.id);
  return keep;
}

/** Ancestors of the outcome and of the treatment: all an effect and its subgroups need. */
function effectRelevant(scm: Scm): Set<string> {
  const keep = scmAncestors(scm, scm.spec.outcome);
  for (const id of scmAncestors(scm, scm.spec.treatment)) keep.add(id);
  return keep;
}

/** Total effect of a unit change in `source` on `target` if every node between them is linear, else null. */
export function linearTotalEffect(scm: Scm, source: string, target: string): number | null {
  const between = scmAncestors(scm, target);
  const down = scmDescendants(scm, source);
  const effect = new Map<string, number>([[source, 1]]);
  for (const node of scm.nodes) {
    if (node.id === source || !between.has(node.id) || !down.has(node.id)) continue;
    const eq = node.spec.eq;
    if (eq.type !== 'linear') return null;
    let t = 0;
    for (const [p, c] of Object.entries(eq.coef)) t += c * (effect.get(p) ?? 0);
    effect.set(node.id, t);
  }
  return effect.get(target) ?? 0;
}

/** P(node = v | parent values), for a discrete node whose law needs no continuous noise; else null. */
export function discreteProbability(node: CompiledNode, v: number, values: ReadonlyMap<string, number>): number | null {
  const eq = node.spec.eq;
  const bin = (p1: number) => (v === 1 ? p1 : v === 0 ? 1 - p1 : 0);
  switch (eq.type) {
    case 'linear':
      if (eq.noise.dist === 'bernoulli') return bin(eq.noise.p);
      if (eq.noise.dist === 'categorical') return eq.noise.p[v] ?? 0;
      return null;
    case 'logistic': {
      let eta = eq.intercept;
      for (const [p, c] of Object.entries(eq.coef)) eta += c * values.get(p)!;
      return bin(eq.link === 'probit' ? normalCdf(eta) : 1 / (1 + Math.exp(-eta)));
    }
    case 'cpt':
      return eq.table[eq.parents.map((p) => values.get(p)!).join(',')][v] ?? 0;
    case 'expr': {
      if (eq.output === 'continuous' || node.expr!.symbols.includes('eps')) return null;
      const z = node.expr!.evaluate((name) => Float64Array.of(values.get(name)!), 1)[0];
      return bin(eq.output === 'logit' ? 1 / (1 + Math.exp(-z)) : Math.min(1, Math.max(0, z)));
    }
  }
}

const ENUMERATION_LIMIT = 1 << 20;

function enumerate(scm: Scm, contrast: Contrast): { ate: number; att: number; atc: number; pTreated: number } | null {
  if (contrast.kind !== 'levels') return null;
  const { treatment, outcome } = scm.spec;
  const keep = scmAncestors(scm, outcome);
  const nodes = scm.nodes.filter((n) => keep.has(n.id));
  let size = 1;
  for (const n of nodes) {
    if (n.card === 0) return null;
    size *= n.card;
    if (size > ENUMERATION_LIMIT) return null;
  }
  const probe = new Map(nodes.map((n) => [n.id, 0]));
  if (nodes.some((n) => discreteProbability(n, 0, probe) === null)) return null;
  if (!keep.has(treatment)) return { ate: 0, att: 0, atc: 0, pTreated: NaN };
  const down = scmDescendants(scm, treatment);
  const config = new Array<number>(nodes.length).fill(0);
  const values = new Map<string, number>();
  const doValues = new Map<string, number>();
  const sums = { p1: 0, y1: 0, y0: 0, y1t: 0, y0t: 0, y1c: 0, y0c: 0 };
  for (;;) {
    nodes.forEach((n, i) => values.set(n.id, config[i]));
    let wNd = 1;
    for (const n of nodes) if (!down.has(n.id) || n.id === treatment) wNd *= discreteProbability(n, values.get(n.id)!, values)!;
    if (wNd > 0) {
      const weightUnder = (x: number) => {
        for (const [k, v] of values) doValues.set(k, v);
        doValues.set(treatment, x);
        let w = 1;
        for (const n of nodes) if (down.has(n.id) && n.id !== treatment) w *= discreteProbability(n, values.get(n.id)!, doValues)!;
        return w;
      };
      const y = values.get(outcome)!;
      const isTreated = values.get(treatment) === contrast.treated;
      const a = wNd * weightUnder(contrast.treated) * y;
      const b = wNd * weightUnder(contrast.control) * y;
      sums.y1 += a;
      sums.y0 += b;
      if (isTreated) {
        sums.y1t += a;
        sums.y0t += b;
      } else {
        sums.y1c += a;
        sums.y0c += b;
      }
      // Descendant weights under the natural T sum to 1 over their configurations, so this is P(T = treated).
      if (isTreated) sums.p1 += wNd * weightUnder(contrast.treated);
    }
    let k = config.length - 1;
    while (k >= 0 && ++config[k] === nodes[k].card) config[k--] = 0;
    if (k < 0) break;
  }
  const p1 = sums.p1;
  return {
    ate: sums.y1 - sums.y0,
    att: (sums.y1t - sums.y0t) / p1,
    atc: (sums.y1c - sums.y0c) / (1 - p1),
    pTreated: p1,
  };
}

function meanAndSe(values: Float64Array, mask?: Uint8Array): TruthValue {
  let n = 0;
  let s = 0;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    if (mask && !mask[i]) continue;
    n++;
    s += values[i];
    ss += values[i] * values[i];
  }
  const mean = s / n;
  const variance = n > 1 ? Math.max(0, (ss - n * mean * mean) / (n - 1)) : NaN;
  return { value: mean, mcse: Math.sqrt(variance / n) };
}

/** Per-unit Y(treated) − Y(control) on the given noise (the coupled, CRN evaluation). */
export function unitEffects(scm: Scm, noise: Noise, contrast: Contrast, only?: ReadonlySet<string>) {
  const { treatment, outcome } = scm.spec;
  const natural = evaluateScm(scm, noise, {}, only);
  const t = natural.get(treatment);
  const set = (x: Intervention) => evaluateScm(scm, noise, { [treatment]: x }, only).get(outcome)!;
  let y1: Float64Array;
  let y0: Float64Array;
  if (contrast.kind === 'levels') {
    y1 = set(contrast.treated);
    y0 = set(contrast.control);
  } else {
    const shifted = Float64Array.from(t ?? new Float64Array(noise.n), (v) => v + contrast.shift);
    y1 = set(shifted);
    y0 = natural.get(outcome)!;
  }
  const effect = new Float64Array(noise.n);
  for (let i = 0; i < noise.n; i++) effect[i] = y1[i] - y0[i];
  const treatedMask = new Uint8Array(noise.n);
  if (contrast.kind === 'levels' && t) for (let i = 0; i < noise.n; i++) treatedMask[i] = t[i] === contrast.treated ? 1 : 0;
  return { effect, treatedMask, natural };
}

function lateByCrn(scm: Scm, noise: Noise, instrument: string, effect: Float64Array, contrast: Contrast): TruthValue | null {
  if (contrast.kind !== 'levels') return null;
  const { treatment } = scm.spec;
  const t1 = evaluateScm(scm, noise, { [instrument]: 1 }).get(treatment)!;
  const t0 = evaluateScm(scm, noise, { [instrument]: 0 }).get(treatment)!;
  const compliers = new Uint8Array(noise.n);
  let count = 0;
  for (let i = 0; i < noise.n; i++) {
    compliers[i] = t1[i] === contrast.treated && t0[i] === contrast.control ? 1 : 0;
    count += compliers[i];
  }
  return count > 1 ? meanAndSe(effect, compliers) : null;
}

export function computeTruth(scm: Scm, options: TruthOptions = {}): Truth {
  const contrast = contrastOf(scm);
  const { treatment, outcome } = scm.spec;
  const nTruth = options.nTruth ?? 200_000;
  const instrument = options.instrument && scm.byId.get(options.instrument)?.kind === 'binary' ? options.instrument : undefined;
  const binaryT = scm.byId.get(treatment)!.kind !== 'continuous';
  const exact = (value: number): TruthValue => ({ value, mcse: 0 });
  const effect = options.forceMonteCarlo ? null : linearTotalEffect(scm, treatment, outcome);
  if (effect !== null) {
    const ate = exact(effect * (contrast.kind === 'levels' ? contrast.treated - contrast.control : contrast.shift));
    return {
      method: 'closed-form', contrast, ate, att: binaryT ? ate : null, atc: binaryT ? ate : null,
      late: instrument ? ate : null, heterogeneous: false, pTreated: null, nTruth: 0,
    };
  }
  const seed = options.seed ?? streamSeed(scm.spec.seed, 'truth');
  const enumerated = options.forceMonteCarlo ? null : enumerate(scm, contrast);
  if (enumerated) {
    const noise = instrument ? drawNoise(scm, nTruth, seed) : null;
    const late = noise ? lateByCrn(scm, noise, instrument!, unitEffects(scm, noise, contrast).effect, contrast) : null;
    return {
      method: 'enumeration', contrast, ate: exact(enumerated.ate), att: exact(enumerated.att), atc: exact(enumerated.atc),
      late, heterogeneous: Math.abs(enumerated.att - enumerated.atc) > 1e-12, pTreated: enumerated.pTreated, nTruth: instrument ? nTruth : 0,
    };
  }
  const noise = drawNoise(scm, nTruth, seed);
  const only = instrument ? undefined : effectRelevant(scm);
  const { effect: unit, treatedMask } = unitEffects(scm, noise, contrast, only);
  const ate = meanAndSe(unit);
  let treatedCount = 0;
  for (let i = 0; i < nTruth; i++) treatedCount += treatedMask[i];
  const control = Uint8Array.from(treatedMask, (v) => 1 - v);
  const hasLevels = contrast.kind === 'levels';
  return {
    method: 'mc-crn', contrast, ate,
    att: hasLevels && treatedCount > 1 ? meanAndSe(unit, treatedMask) : null,
    atc: hasLevels && nTruth - treatedCount > 1 ? meanAndSe(unit, control) : null,
    late: instrument ? lateByCrn(scm, noise, instrument, unit, contrast) : null,
    heterogeneous: ate.mcse > 1e-12 * Math.max(1, Math.abs(ate.value)),
    pTreated: hasLevels ? treatedCount / nTruth : null, nTruth,
  };
}

export interface SampleTruth {
  readonly sate: number;
  readonly satt: number | null;
  readonly satc: number | null;
}

/** SATE, SATT, SATC of a drawn sample, from its own noise (abduction is exact: the noise is kept). */
export function sampleTruth(scm: Scm, noise: Noise): SampleTruth {
  const contrast = contrastOf(scm);
  const { effect, treatedMask } = unitEffects(scm, noise, contrast, effectRelevant(scm));
  const control = Uint8Array.from(treatedMask, (v) => 1 - v);
  const levels = contrast.kind === 'levels';
  const sure = (v: TruthValue) => (Number.isFinite(v.value) ? v.value : null);
  return {
    sate: meanAndSe(effect).value,
    satt: levels ? sure(meanAndSe(effect, treatedMask)) : null,
    satc: levels ? sure(meanAndSe(effect, control)) : null,
  };
}
