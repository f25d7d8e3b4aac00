/**
 * engine/sim/standardize — the opt-in "standardize" solve: noise SDs that give every node
 * variance 1 while keeping the coefficients as typed.
 *
 * Contract: for an SCM whose nodes are all linear with normal noise, `standardizeScm(spec)` walks
 * the nodes in topological order, keeping the covariance of the nodes so far
 * (Σ = (I − B)⁻ᵀ Ω (I − B)⁻¹, built row by row: Cov(v, w) = Σₚ bₚ Cov(p, w)), and sets each noise
 * variance to 1 − b′Σ_pa b. When that required residual variance is ≤ 0 the coefficients alone
 * already give the node variance ≥ 1, so no standardization exists: the result names the node and
 * the variance its parents imply (infeasible, as the dagitty documentation warns). Nodes that are
 * not linear-Gaussian are refused with their ids.
 * Complexity: O(p · (p + |E|)) time, O(p²) memory.
 * Reference: Bollen 1989, ch. 4 (implied covariance of a recursive linear SEM); SIMULATOR.md §1.
 */
import { expandForScm } from './expand';
import type { NodeSpec, ScmSpec } from './spec';
import { specGraph } from './validate';

export type Standardization =
  | { readonly ok: true; readonly spec: ScmSpec }
  | { readonly ok: false; readonly reason: 'not-linear'; readonly nodes: readonly string[]; readonly message: string }
  | { readonly ok: false; readonly reason: 'infeasible'; readonly node: string; readonly impliedVariance: number; readonly message: string };

export function standardizeScm(spec: ScmSpec): Standardization {
  const notLinear = spec.nodes.filter((n) => n.eq.type !== 'linear' || n.eq.noise.dist !== 'normal').map((n) => n.id);
  if (notLinear.length > 0) {
    return { ok: false, reason: 'not-linear', nodes: notLinear, message: `standardizing needs linear equations with normal noise; not so: ${notLinear.join(', ')}` };
  }
  const expansion = expandForScm(specGraph(spec));
  if (!expansion.ok) throw new Error(expansion.message);
  const order = expansion.graph.order;
  const byId = new Map(spec.nodes.map((n) => [n.id, n]));
  const index = new Map(order.map((id, i) => [id, i]));
  const p = order.length;
  const cov = new Float64Array(p * p);
  const sd = new Map<string, number>();
  for (let v = 0; v < p; v++) {
    const node = byId.get(order[v])!;
    if (node.eq.type !== 'linear') continue;
    const terms = Object.entries(node.eq.coef).map(([id, b]) => [index.get(id)!, b] as const);
    for (let w = 0; w < v; w++) {
      let c = 0;
      for (const [q, b] of terms) c += b * cov[q * p + w];
      cov[v * p + w] = c;
      cov[w * p + v] = c;
    }
    let implied = 0;
    for (const [q, b] of terms) for (const [r, c] of terms) implied += b * c * cov[q * p + r];
    const residual = 1 - implied;
    if (!(residual > 1e-12)) {
      return {
        ok: false, reason: 'infeasible', node: order[v], impliedVariance: implied,
        message: `cannot standardize: the coefficients into "${order[v]}" alone give it variance ${implied.toPrecision(4)} ≥ 1, so its noise variance would have to be ${residual.toPrecision(4)}`,
      };
    }
    cov[v * p + v] = 1;
    sd.set(order[v], Math.sqrt(residual));
  }
  const nodes = spec.nodes.map((n): NodeSpec => (n.eq.type === 'linear' ? { ...n, eq: { ...n.eq, noise: { dist: 'normal', sd: sd.get(n.id)! } } } : n));
  return { ok: true, spec: { ...spec, nodes } };
}
