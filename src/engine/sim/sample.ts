/**
 * engine/sim/sample — noise-first, column-wise sampling of an SCM, with do() on the same noise.
 *
 * Contract: `compileScm(spec, graph?)` validates and prepares the model (throws on any error);
 * `drawNoise(scm, n, seed)` draws every exogenous column from its own named sub-stream
 * (`noise/<id>` for ε, `u/<id>` for the uniform behind a binary or categorical draw), so one node's
 * noise never depends on another node's equation; `evaluateScm(scm, noise, interventions)`
 * computes every node column in topological order, with intervened nodes overwritten by a constant
 * or a per-unit column (which cuts their incoming edges) and every other node reading the same
 * noise — so non-descendants of the intervened nodes are bit-identical to the observational pass.
 * `observedData` is the estimators' view: latent columns are not in it.
 * Complexity: O(n · (nodes + edges + |expr ASTs|)) time, 8·n bytes per column.
 * Reference: Pearl 2009 §7.1 (abduction–action–prediction on shared noise); SIMULATOR.md §3.
 */
import type { CausalGraph } from '../graph/types';
import { compileEquation, type CompiledEquation } from './expr';
import { streamRng, type Xoshiro128ss } from './rng';
import type { Dist, NodeKind, NodeSpec, ScmSpec } from './spec';
import { nodeCardinality, validateScm } from './validate';

export interface CompiledNode {
  readonly spec: NodeSpec;
  readonly id: string;
  readonly kind: NodeKind;
  readonly latent: boolean;
  /** Values 0 … card − 1 for a discrete node, 0 for continuous. */
  readonly card: number;
  readonly parents: readonly string[];
  readonly expr: CompiledEquation | null;
}

export interface Scm {
  readonly spec: ScmSpec;
  /** Nodes in topological order. */
  readonly nodes: readonly CompiledNode[];
  readonly byId: ReadonlyMap<string, CompiledNode>;
}

/** Exogenous columns: ε (continuous noise or a root's discrete draw) and u ~ U(0, 1). */
export interface Noise {
  readonly n: number;
  readonly eps: ReadonlyMap<string, Float64Array>;
  readonly u: ReadonlyMap<string, Float64Array>;
}

/** An intervention value: a constant, or one value per unit (e.g. a shift T + 1). */
export type Intervention = number | Float64Array;

export type ScmColumns = ReadonlyMap<string, Float64Array>;

/** What an estimator may see: observed columns only. Plain data, transferable to a worker. */
export interface ObservedData {
  readonly n: number;
  readonly ids: readonly string[];
  readonly kinds: Readonly<Record<string, NodeKind>>;
  readonly columns: Readonly<Record<string, Float64Array>>;
}

export function compileScm(spec: ScmSpec, graph?: CausalGraph): Scm {
  const check = validateScm(spec, graph);
  const errors = check.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0 || !check.graph) {
    throw new Error(`engine/sim: invalid SCM: ${errors.map((e) => e.message).join('; ')}`);
  }
  const byIdSpec = new Map(spec.nodes.map((n) => [n.id, n]));
  const byId = new Map<string, CompiledNode>();
  const nodes = check.graph.order.map((id) => {
    const s = byIdSpec.get(id)!;
    const node: CompiledNode = {
      spec: s,
      id,
      kind: s.kind,
      latent: Boolean(s.latent),
      card: nodeCardinality(s),
      parents: check.graph!.parents.get(id)!,
      expr: s.eq.type === 'expr' ? compileEquation(s.eq.expr) : null,
    };
    byId.set(id, node);
    return node;
  });
  return { spec, nodes, byId };
}

function fillNoise(d: Dist, rng: Xoshiro128ss, out: Float64Array): void {
  const n = out.length;
  switch (d.dist) {
    case 'normal':
      for (let i = 0; i < n; i++) out[i] = d.sd * rng.normal();
      return;
    case 'uniform':
      for (let i = 0; i < n; i++) out[i] = d.lo + (d.hi - d.lo) * rng.uniform();
      return;
    case 'laplace':
      for (let i = 0; i < n; i++) {
        const v = rng.uniform() - 0.5;
        out[i] = -d.scale * Math.sign(v) * Math.log(1 - 2 * Math.abs(v));
      }
      return;
    case 'studentT':
      for (let i = 0; i < n; i++) out[i] = (d.scale * rng.normal()) / Math.sqrt((2 * rng.gamma(d.df / 2)) / d.df);
      return;
    case 'bernoulli':
      for (let i = 0; i < n; i++) out[i] = rng.uniform() < d.p ? 1 : 0;
      return;
    case 'categorical':
      for (let i = 0; i < n; i++) out[i] = inverseCdf(d.p, rng.uniform());
      return;
  }
}

/** The smallest k with u < p₀ + … + p_k (the last state absorbs rounding). */
export function inverseCdf(p: readonly number[], u: number): number {
  let acc = 0;
  for (let k = 0; k < p.length - 1; k++) {
    acc += p[k];
    if (u < acc) return k;
  }
  return p.length - 1;
}

export function drawNoise(scm: Scm, n: number, seed: number): Noise {
  const eps = new Map<string, Float64Array>();
  const u = new Map<string, Float64Array>();
  for (const node of scm.nodes) {
    const eq = node.spec.eq;
    if (eq.type === 'linear' || eq.type === 'expr') {
      const col = new Float64Array(n);
      fillNoise(eq.noise, streamRng(seed, 'noise', node.id), col);
      eps.set(node.id, col);
    }
    if (eq.type === 'logistic' || eq.type === 'cpt' || (eq.type === 'expr' && eq.output !== 'continuous')) {
      const col = new Float64Array(n);
      const rng = streamRng(seed, 'u', node.id);
      for (let i = 0; i < n; i++) col[i] = rng.uniform();
      u.set(node.id, col);
    }
  }
  return { n, eps, u };
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 via erf; |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const z = Math.abs(x) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * z);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-z * z);
  return x >= 0 ? 0.5 * (1 + erf) : 0.5 * (1 - erf);
}

function evaluateNode(node: CompiledNode, cols: Map<string, Float64Array>, noise: Noise): Float64Array {
  const n = noise.n;
  const eq = node.spec.eq;
  switch (eq.type) {
    case 'linear': {
      const out = Float64Array.from(noise.eps.get(node.id)!);
      if (eq.intercept !== 0) for (let i = 0; i < n; i++) out[i] += eq.intercept;
      for (const [p, c] of Object.entries(eq.coef)) {
        const x = cols.get(p)!;
        for (let i = 0; i < n; i++) out[i] += c * x[i];
      }
      return out;
    }
    case 'logistic': {
      const eta = new Float64Array(n).fill(eq.intercept);
      for (const [p, c] of Object.entries(eq.coef)) {
        const x = cols.get(p)!;
        for (let i = 0; i < n; i++) eta[i] += c * x[i];
      }
      const u = noise.u.get(node.id)!;
      const probit = eq.link === 'probit';
      for (let i = 0; i < n; i++) {
        const p = probit ? normalCdf(eta[i]) : 1 / (1 + Math.exp(-eta[i]));
        eta[i] = u[i] < p ? 1 : 0;
      }
      return eta;
    }
    case 'cpt': {
      const u = noise.u.get(node.id)!;
      const parents = eq.parents.map((p) => cols.get(p)!);
      const out = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        const key = parents.map((c) => c[i]).join(',');
        out[i] = inverseCdf(eq.table[key], u[i]);
      }
      return out;
    }
    case 'expr': {
      const eps = noise.eps.get(node.id)!;
      const value = node.expr!.evaluate((name) => (name === 'eps' ? eps : cols.get(name)!), n);
      if (eq.output === 'continuous') return value;
      const u = noise.u.get(node.id)!;
      for (let i = 0; i < n; i++) {
        const p = eq.output === 'logit' ? 1 / (1 + Math.exp(-value[i])) : Math.min(1, Math.max(0, value[i]));
        value[i] = u[i] < p ? 1 : 0;
      }
      return value;
    }
  }
}

/**
 * Every node's column under the given interventions (none: the observational sample).
 * `only`, when given, limits the pass to those nodes (they must be closed under parents).
 */
export function evaluateScm(
  scm: Scm,
  noise: Noise,
  interventions: Readonly<Record<string, Intervention>> = {},
  only?: ReadonlySet<string>,
): Map<string, Float64Array> {
  const cols = new Map<string, Float64Array>();
  for (const node of scm.nodes) {
    if (only && !only.has(node.id)) continue;
    const forced = interventions[node.id];
    if (forced === undefined) cols.set(node.id, evaluateNode(node, cols, noise));
    else if (typeof forced === 'number') cols.set(node.id, new Float64Array(noise.n).fill(forced));
    else cols.set(node.id, Float64Array.from(forced));
  }
  return cols;
}

/** The estimators' view of a sample: observed nodes only, in spec order. */
export function observedData(scm: Scm, cols: ScmColumns): ObservedData {
  const ids = scm.spec.nodes.filter((n) => !n.latent && cols.has(n.id)).map((n) => n.id);
  const columns: Record<string, Float64Array> = {};
  const kinds: Record<string, NodeKind> = {};
  for (const id of ids) {
    columns[id] = cols.get(id)!;
    kinds[id] = scm.byId.get(id)!.kind;
  }
  return { n: cols.get(ids[0])?.length ?? 0, ids, kinds, columns };
}

export interface ScmSample {
  readonly noise: Noise;
  /** Every column, latent ones included (for the truth and optional export). */
  readonly all: Map<string, Float64Array>;
  readonly observed: ObservedData;
}

/** Draws a sample of n units with the given master seed (defaults: the spec's n and seed). */
export function sampleScm(scm: Scm, n = scm.spec.n, seed = scm.spec.seed): ScmSample {
  const noise = drawNoise(scm, n, seed);
  const all = evaluateScm(scm, noise);
  return { noise, all, observed: observedData(scm, all) };
}
