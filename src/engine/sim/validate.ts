/**
 * engine/sim/validate — checks an SCM spec against itself and against the graph it is attached to.
 *
 * Contract: `validateScm(spec, graph?)` returns every issue found (never throws):
 *   - error: a term (coefficient, CPT parent or expression symbol) without an edge; a node of the
 *     expanded graph without an equation or an equation for an unknown node; a latent flag that
 *     disagrees with the graph; an equation that does not fit the node's kind; an invalid number
 *     (negative SD, probability outside [0, 1], probabilities not summing to 1, incomplete CPT);
 *     a Bernoulli/categorical noise law on a non-root; an expression off the whitelist;
 *     a latent or missing treatment/outcome;
 *   - warning: an edge with no term or a zero coefficient (a zero effect: faithfulness fails).
 * Without a graph, the parents implied by the equations define the graph (and must be acyclic).
 * Complexity: O(size of the spec + Π CPT parent cardinalities).
 * Reference: SIMULATOR.md §1.
 */
import { graphFromLists } from '../graph/build';
import type { CausalGraph } from '../graph/types';
import { expandForScm, type ExpandedGraph } from './expand';
import { compileEquation, EquationError } from './expr';
import { type Dist, equationParents, equationSymbolsOrEmpty, type NodeSpec, type ScmSpec } from './spec';

export interface SpecIssue {
  readonly severity: 'error' | 'warning';
  readonly node?: string;
  readonly message: string;
  /** Character offset inside a custom expression. */
  readonly position?: number;
}

export interface SpecValidation {
  readonly ok: boolean;
  readonly issues: readonly SpecIssue[];
  /** The expanded graph the spec was checked against (null when the graph itself is refused). */
  readonly graph: ExpandedGraph | null;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isProbability = (p: unknown) => finite(p) && p >= 0 && p <= 1;
const sumsToOne = (ps: readonly number[]) => ps.every(isProbability) && Math.abs(ps.reduce((a, b) => a + b, 0) - 1) < 1e-9;

function distIssue(d: Dist): string | null {
  switch (d.dist) {
    case 'normal':
      return finite(d.sd) && d.sd >= 0 ? null : 'a normal noise SD must be a finite number ≥ 0';
    case 'uniform':
      return finite(d.lo) && finite(d.hi) && d.lo <= d.hi ? null : 'a uniform noise needs finite lo ≤ hi';
    case 'laplace':
      return finite(d.scale) && d.scale >= 0 ? null : 'a Laplace scale must be ≥ 0';
    case 'studentT':
      return finite(d.df) && d.df > 0 && finite(d.scale) && d.scale >= 0 ? null : 'a Student t needs df > 0 and scale ≥ 0';
    case 'bernoulli':
      return isProbability(d.p) ? null : 'a Bernoulli p must lie in [0, 1]';
    case 'categorical':
      return d.p.length >= 2 && sumsToOne(d.p) ? null : 'categorical probabilities must be ≥ 2 numbers summing to 1';
  }
}

/** Number of values a discrete node takes (0 … card − 1), or 0 for a continuous node. */
export function nodeCardinality(node: NodeSpec): number {
  if (node.kind === 'binary') return 2;
  if (node.kind !== 'categorical') return 0;
  if (node.eq.type === 'cpt') return node.eq.states;
  if (node.eq.type === 'linear' && node.eq.noise.dist === 'categorical') return node.eq.noise.p.length;
  return 0;
}

function kindIssue(node: NodeSpec, isRoot: boolean): string | null {
  const eq = node.eq;
  const discreteNoise = eq.type === 'linear' && (eq.noise.dist === 'bernoulli' || eq.noise.dist === 'categorical');
  if (discreteNoise && !isRoot) return 'Bernoulli and categorical noise are for root nodes only';
  if (discreteNoise && eq.type === 'linear' && eq.intercept !== 0) return 'a binary or categorical root needs intercept 0';
  switch (node.kind) {
    case 'continuous':
      if (eq.type === 'linear' && !discreteNoise) return null;
      if (eq.type === 'expr' && eq.output === 'continuous') return null;
      return 'a continuous node needs a linear equation with continuous noise or a continuous expression';
    case 'binary':
      if (eq.type === 'logistic') return null;
      if (eq.type === 'expr' && eq.output !== 'continuous') return null;
      if (eq.type === 'cpt' && eq.states === 2) return null;
      if (eq.type === 'linear' && eq.noise.dist === 'bernoulli') return null;
      return 'a binary node needs a logistic equation, a probability/logit expression, a 2-state CPT or a Bernoulli root';
    case 'categorical':
      if (eq.type === 'cpt' && Number.isInteger(eq.states) && eq.states >= 2) return null;
      if (eq.type === 'linear' && eq.noise.dist === 'categorical') return null;
      return 'a categorical node needs a CPT or a categorical root';
  }
}

function cptIssues(node: NodeSpec, byId: ReadonlyMap<string, NodeSpec>): string[] {
  if (node.eq.type !== 'cpt') return [];
  const { parents, states, table } = node.eq;
  const cards = parents.map((p) => {
    const spec = byId.get(p);
    return spec ? nodeCardinality(spec) : 0;
  });
  const bad = parents.filter((_, i) => cards[i] === 0);
  if (bad.length > 0) return [`CPT parents must be discrete: ${bad.join(', ')}`];
  const issues: string[] = [];
  const config = new Array<number>(parents.length).fill(0);
  for (;;) {
    const key = config.join(',');
    const row = table[key];
    if (!row) issues.push(`the CPT has no row for parent configuration "${key}"`);
    else if (row.length !== states || !sumsToOne(row)) issues.push(`the CPT row "${key}" must be ${states} probabilities summing to 1`);
    let k = config.length - 1;
    while (k >= 0 && ++config[k] === cards[k]) config[k--] = 0;
    if (k < 0 || issues.length > 5) break;
  }
  return issues;
}

/** The graph an SCM spec implies: parents from the equations, latent and exposure/outcome roles. */
export function specGraph(spec: ScmSpec): CausalGraph {
  const directed: [string, string][] = [];
  for (const node of spec.nodes) for (const p of equationParents(node.eq, equationSymbolsOrEmpty)) directed.push([p, node.id]);
  return graphFromLists({
    nodes: spec.nodes.map((n) => n.id),
    directed,
    roles: {
      latent: spec.nodes.filter((n) => n.latent).map((n) => n.id),
      exposure: spec.nodes.some((n) => n.id === spec.treatment) ? [spec.treatment] : [],
      outcome: spec.nodes.some((n) => n.id === spec.outcome) ? [spec.outcome] : [],
    },
  });
}

export function validateScm(spec: ScmSpec, graph?: CausalGraph): SpecValidation {
  const issues: SpecIssue[] = [];
  const error = (message: string, node?: string, position?: number) =>
    issues.push({ severity: 'error', message, ...(node === undefined ? {} : { node }), ...(position === undefined ? {} : { position }) });
  const warn = (message: string, node: string) => issues.push({ severity: 'warning', message, node });
  if (spec.version !== 1) error(`engine/sim: unsupported SCM spec version ${String(spec.version)}`);
  if (!Number.isInteger(spec.n) || spec.n < 2) error('the sample size n must be an integer ≥ 2');
  if (!Number.isInteger(spec.seed) || spec.seed < 0 || spec.seed > 0xffffffff) error('the seed must be an integer in 0 … 2³²−1');
  const byId = new Map<string, NodeSpec>();
  for (const node of spec.nodes) {
    if (byId.has(node.id)) error(`two equations for node "${node.id}"`, node.id);
    byId.set(node.id, node);
  }
  let expansion;
  try {
    expansion = expandForScm(graph ?? specGraph(spec));
  } catch (e) {
    expansion = { ok: false as const, message: e instanceof Error ? e.message : String(e) };
  }
  if (!expansion.ok) {
    error(expansion.message);
    return { ok: false, issues, graph: null };
  }
  const g = expansion.graph;
  for (const id of g.ids) if (!byId.has(id)) error(`node "${id}" has no equation`, id);
  for (const node of spec.nodes) {
    const id = node.id;
    const edgeParents = g.parents.get(id);
    if (!edgeParents) {
      error(`equation for "${id}", which is not a node of the graph`, id);
      continue;
    }
    if (Boolean(node.latent) !== g.latent.has(id)) {
      error(g.latent.has(id) ? `"${id}" is latent in the graph, so its spec needs latent: true` : `"${id}" is observed in the graph but marked latent`, id);
    }
    if (node.eq.type === 'expr') {
      try {
        compileEquation(node.eq.expr);
      } catch (e) {
        if (!(e instanceof EquationError)) throw e;
        error(`${id}: ${e.message}`, id, e.position ?? undefined);
      }
    }
    const termParents = equationParents(node.eq, equationSymbolsOrEmpty);
    for (const p of termParents) {
      if (!edgeParents.includes(p)) error(`the equation of "${id}" uses "${p}", but the graph has no edge ${p} → ${id}`, id);
    }
    for (const p of edgeParents) {
      if (!termParents.includes(p)) warn(`the edge ${p} → ${id} has no term in the equation of "${id}" (a zero effect)`, id);
    }
    if ((node.eq.type === 'linear' || node.eq.type === 'logistic')) {
      if (!finite(node.eq.intercept)) error(`the intercept of "${id}" must be a finite number`, id);
      for (const [p, c] of Object.entries(node.eq.coef)) {
        if (!finite(c)) error(`the coefficient of ${p} in "${id}" must be a finite number`, id);
        else if (c === 0 && edgeParents.includes(p)) warn(`the coefficient of ${p} → ${id} is 0 (a zero effect)`, id);
      }
    }
    if (node.eq.type === 'linear' || node.eq.type === 'expr') {
      const d = distIssue(node.eq.noise);
      if (d) error(`${id}: ${d}`, id);
    }
    const k = kindIssue(node, edgeParents.length === 0);
    if (k) error(`${id}: ${k}`, id);
    for (const c of cptIssues(node, byId)) error(`${id}: ${c}`, id);
  }
  for (const [role, id] of [['treatment', spec.treatment], ['outcome', spec.outcome]] as const) {
    const node = byId.get(id);
    if (!node) error(`the ${role} "${id}" is not a node of the SCM`);
    else if (node.latent) error(`the ${role} "${id}" is latent`);
  }
  if (spec.treatment === spec.outcome) error('treatment and outcome must differ');
  if (spec.contrast && !(finite(spec.contrast.treated) && finite(spec.contrast.control))) error('the contrast values must be finite numbers');
  return { ok: issues.every((i) => i.severity !== 'error'), issues, graph: g };
}
