/**
 * app/simulator/scm-edit — edits of an SCM spec as pure functions (each returns a new spec, or the
 * same object when nothing changes), and `reconcileScm`, which keeps a stored SCM in step with the
 * graph it is attached to: equations of nodes that still exist are kept, terms for removed edges
 * are dropped, new nodes and edges get the engine's defaults (`defaultScm`).
 */
import { type CausalGraph, type Equation, type NodeSpec, type ScmSpec, defaultScm, expandForScm } from '../../engine';

export type EquationChoice = 'linear' | 'logistic' | 'expr' | 'other';

export function equationChoice(node: NodeSpec): EquationChoice {
  const eq = node.eq;
  if (eq.type === 'linear') return eq.noise.dist === 'bernoulli' || eq.noise.dist === 'categorical' ? 'other' : 'linear';
  if (eq.type === 'logistic' || eq.type === 'expr') return eq.type;
  return 'other';
}

function replaceNode(spec: ScmSpec, id: string, update: (node: NodeSpec) => NodeSpec): ScmSpec {
  let changed = false;
  const nodes = spec.nodes.map((node) => {
    if (node.id !== id) return node;
    const next = update(node);
    if (next !== node) changed = true;
    return next;
  });
  return changed ? { ...spec, nodes } : spec;
}

function coefsOf(eq: Equation): Record<string, number> {
  return eq.type === 'linear' || eq.type === 'logistic' ? { ...eq.coef } : {};
}

const term = (c: number, p: string) => `${c}*${p}`;

/** Text of a linear predictor (`0.5*X + 0.3*Z`), the starting point of a custom equation. */
export function linearText(intercept: number, coef: Readonly<Record<string, number>>): string {
  const parts = Object.entries(coef).map(([p, c]) => term(c, p));
  if (intercept !== 0 || parts.length === 0) parts.unshift(String(intercept));
  return parts.join(' + ');
}

/** Switches a node's equation type, keeping its coefficients where the new type has them. */
export function setEquationChoice(spec: ScmSpec, id: string, choice: EquationChoice, parents: readonly string[]): ScmSpec {
  return replaceNode(spec, id, (node) => {
    if (choice === 'other' || equationChoice(node) === choice) return node;
    const old = coefsOf(node.eq);
    const coef = Object.fromEntries(parents.map((p) => [p, old[p] ?? 0.5]));
    const intercept = node.eq.type === 'linear' || node.eq.type === 'logistic' ? node.eq.intercept : 0;
    const sd = (node.eq.type === 'linear' || node.eq.type === 'expr') && node.eq.noise.dist === 'normal' ? node.eq.noise.sd : 1;
    if (choice === 'linear') return { ...node, kind: 'continuous', eq: { type: 'linear', intercept, coef, noise: { dist: 'normal', sd } } };
    if (choice === 'logistic') return { ...node, kind: 'binary', eq: { type: 'logistic', intercept, coef } };
    const binary = node.kind === 'binary';
    return {
      ...node,
      kind: binary ? 'binary' : 'continuous',
      eq: { type: 'expr', expr: binary ? linearText(intercept, coef) : `${linearText(intercept, coef)} + eps`, noise: { dist: 'normal', sd }, output: binary ? 'logit' : 'continuous' },
    };
  });
}

export function setCoefficient(spec: ScmSpec, id: string, parent: string, value: number): ScmSpec {
  return replaceNode(spec, id, (node) => {
    const eq = node.eq;
    if ((eq.type !== 'linear' && eq.type !== 'logistic') || eq.coef[parent] === value) return node;
    return { ...node, eq: { ...eq, coef: { ...eq.coef, [parent]: value } } };
  });
}

export function setIntercept(spec: ScmSpec, id: string, value: number): ScmSpec {
  return replaceNode(spec, id, (node) => {
    const eq = node.eq;
    if ((eq.type !== 'linear' && eq.type !== 'logistic') || eq.intercept === value) return node;
    return { ...node, eq: { ...eq, intercept: value } };
  });
}

export function setNoiseSd(spec: ScmSpec, id: string, sd: number): ScmSpec {
  return replaceNode(spec, id, (node) => {
    const eq = node.eq;
    if ((eq.type !== 'linear' && eq.type !== 'expr') || eq.noise.dist !== 'normal' || eq.noise.sd === sd) return node;
    return { ...node, eq: { ...eq, noise: { dist: 'normal', sd } } };
  });
}

export function setExpression(spec: ScmSpec, id: string, expr: string): ScmSpec {
  return replaceNode(spec, id, (node) => (node.eq.type !== 'expr' || node.eq.expr === expr ? node : { ...node, eq: { ...node.eq, expr } }));
}

export function setExpressionOutput(spec: ScmSpec, id: string, output: 'continuous' | 'probability' | 'logit'): ScmSpec {
  return replaceNode(spec, id, (node) => {
    if (node.eq.type !== 'expr' || node.eq.output === output) return node;
    return { ...node, kind: output === 'continuous' ? 'continuous' : 'binary', eq: { ...node.eq, output } };
  });
}

/**
 * The strength b of the hidden common cause behind a drawn a <-> b: the product of the latent's
 * two loadings (null when either child does not read it through a coefficient).
 */
export function latentStrength(spec: ScmSpec, latent: string, ends: readonly [string, string]): number | null {
  const loading = (child: string) => {
    const node = spec.nodes.find((n) => n.id === child);
    if (!node || (node.eq.type !== 'linear' && node.eq.type !== 'logistic')) return null;
    return node.eq.coef[latent] ?? null;
  };
  const a = loading(ends[0]);
  const c = loading(ends[1]);
  return a === null || c === null ? null : a * c;
}

/** Sets the loadings to √|b| on both ends, the second negated when b < 0 (dagitty's convention). */
export function setLatentStrength(spec: ScmSpec, latent: string, ends: readonly [string, string], strength: number): ScmSpec {
  const root = Math.sqrt(Math.abs(strength));
  const first = setCoefficient(spec, ends[0], latent, root);
  return setCoefficient(first, ends[1], latent, strength < 0 ? -root : root);
}

export function setRunSize(spec: ScmSpec, n: number, seed: number): ScmSpec {
  return spec.n === n && spec.seed === seed ? spec : { ...spec, n, seed };
}

/**
 * The stored SCM brought in line with `graph`, or the engine's default SCM when none is stored.
 * Returns `stored` itself when it already fits. Throws what `defaultScm` throws (no exposure or
 * outcome, a cycle, edges an SCM cannot have).
 */
export function reconcileScm(stored: ScmSpec | null, graph: CausalGraph): ScmSpec {
  const defaults = defaultScm(graph, stored ? { seed: stored.seed, n: stored.n } : {});
  if (!stored) return defaults;
  const expansion = expandForScm(graph);
  if (!expansion.ok) throw new Error(expansion.message);
  const parentsOf = expansion.graph.parents;
  const fresh = new Map(defaults.nodes.map((n) => [n.id, n]));
  const kept: NodeSpec[] = [];
  let changed = false;
  for (const node of stored.nodes) {
    const base = fresh.get(node.id);
    if (!base || Boolean(base.latent) !== Boolean(node.latent)) {
      changed = true;
      continue;
    }
    fresh.delete(node.id);
    const eq = node.eq;
    if (eq.type !== 'linear' && eq.type !== 'logistic') {
      kept.push(node);
      continue;
    }
    const parents = parentsOf.get(node.id) ?? [];
    const baseCoef = coefsOf(base.eq);
    const same = parents.length === Object.keys(eq.coef).length && parents.every((p) => p in eq.coef);
    if (same) {
      kept.push(node);
      continue;
    }
    changed = true;
    kept.push({ ...node, eq: { ...eq, coef: Object.fromEntries(parents.map((p) => [p, eq.coef[p] ?? baseCoef[p] ?? 0.5])) } });
  }
  for (const node of fresh.values()) {
    changed = true;
    kept.push(node);
  }
  const roles = { treatment: defaults.treatment, outcome: defaults.outcome };
  if (roles.treatment !== stored.treatment || roles.outcome !== stored.outcome) changed = true;
  return changed ? { ...stored, ...roles, nodes: kept } : stored;
}
