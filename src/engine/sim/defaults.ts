/**
 * engine/sim/defaults — sensible starting points generated from the graph: an SCM spec and the
 * estimators a check runs.
 *
 * Contract: `defaultScm(graph)` gives every node a linear-Gaussian equation with unit noise and
 * coefficient 0.5 per in-edge (or the edge's numeric `beta` attribute), the treatment a logistic
 * equation (binary, 0/1), each bidirected edge a latent N(0, 1) root with loadings √0.5 on both
 * ends, and the graph roles' exposure/outcome as treatment/outcome. `defaultEstimators(graph, T, Y,
 * kinds)` lists: the naive contrast; OLS, g-computation, stratification, IPW and AIPW on the
 * canonical adjustment set (observed ancestors of {T, Y} that are not forbidden — valid whenever
 * any adjustment set is); a front-door estimator when a front-door set exists; the identification
 * plug-in when every observed variable is discrete; 2SLS with the first valid single instrument.
 * Complexity: O(n · (n + m)) (one instrument test per node).
 * References: Perković et al. 2018 (the canonical adjustment set); SIMULATOR.md §1, §5.
 */
import { adjustmentProblem } from '../adjust/adjustment-problem';
import { findFrontdoorSetIds } from '../adjust/frontdoor-report';
import { ancestorsMask } from '../graph/ancestry';
import { nodesWithRole } from '../graph/build';
import { indexGraph, indicesOf, sortedIds } from '../graph/indexed';
import type { CausalGraph } from '../graph/types';
import { expandForScm } from './expand';
import type { EstimatorRequest } from './estimators/types';
import { DEFAULT_N, type NodeKind, type NodeSpec, type ScmSpec } from './spec';
import { instrumentValidity } from './validity';

export function defaultScm(graph: CausalGraph, options: { seed?: number; n?: number; treatment?: string; outcome?: string } = {}): ScmSpec {
  const expansion = expandForScm(graph);
  if (!expansion.ok) throw new Error(expansion.message);
  const g = expansion.graph;
  const treatment = options.treatment ?? nodesWithRole(graph, 'exposure')[0];
  const outcome = options.outcome ?? nodesWithRole(graph, 'outcome')[0];
  if (treatment === undefined || outcome === undefined) throw new Error('engine/sim: the graph needs a node with role exposure and one with role outcome');
  const beta = new Map<string, number>();
  for (const e of graph.edges) {
    const value = Number(e.attrs?.find(([k]) => k === 'beta')?.[1]);
    if (e.kind === '->' && Number.isFinite(value)) beta.set(`${e.from}\u0000${e.to}`, value);
  }
  const loading = Math.sqrt(0.5);
  const nodes: NodeSpec[] = g.ids.map((id) => {
    const coef: Record<string, number> = {};
    for (const p of g.parents.get(id)!) coef[p] = g.bidirectedLatents.has(p) ? loading : (beta.get(`${p}\u0000${id}`) ?? 0.5);
    const latent = g.latent.has(id) ? { latent: true } : {};
    if (id === treatment) return { id, kind: 'binary' as NodeKind, ...latent, eq: { type: 'logistic', intercept: 0, coef } };
    return { id, kind: 'continuous' as NodeKind, ...latent, eq: { type: 'linear', intercept: 0, coef, noise: { dist: 'normal', sd: 1 } } };
  });
  return { version: 1, seed: options.seed ?? 1, n: options.n ?? DEFAULT_N, nodes, treatment, outcome };
}

/** Observed An({T, Y}) \ ({T, Y} ∪ forbidden): valid whenever any adjustment set exists. */
export function defaultAdjustmentSet(graph: CausalGraph, t: string, y: string): string[] {
  const ig = indexGraph(graph);
  const [x, o] = indicesOf(ig, [t, y]);
  const problem = adjustmentProblem(ig, [x], [o], 'total');
  const an = ancestorsMask(ig, [x, o]);
  const members: number[] = [];
  for (let v = 0; v < ig.n; v++) if (an[v] && v !== x && v !== o && !problem.forbidden[v] && !ig.roleMask.latent[v]) members.push(v);
  return sortedIds(ig, members);
}

export function defaultEstimators(graph: CausalGraph, t: string, y: string, kinds: Readonly<Record<string, NodeKind>>): EstimatorRequest[] {
  const binaryT = kinds[t] === 'binary';
  const set = defaultAdjustmentSet(graph, t, y);
  const out: EstimatorRequest[] = [{ kind: 'naive' }, { kind: 'ols', set }];
  if (binaryT) out.push({ kind: 'gcomp', set }, { kind: 'strata', set }, { kind: 'ipw', set }, { kind: 'aipw', set });
  try {
    const fd = findFrontdoorSetIds(graph, { exposure: [t], outcome: [y] });
    if (fd && fd.length > 0) out.push({ kind: 'frontdoor', mediators: fd });
  } catch {
    // No front-door analysis on this graph (e.g. selection nodes): skip the estimator.
  }
  const observed = Object.keys(kinds);
  if (binaryT && observed.every((id) => kinds[id] !== 'continuous')) out.push({ kind: 'idplugin' });
  for (const z of observed) {
    if (z === t || z === y) continue;
    if (instrumentValidity(graph, t, y, [z], []).valid) {
      out.push({ kind: 'iv', instruments: [z] });
      break;
    }
  }
  return out;
}
