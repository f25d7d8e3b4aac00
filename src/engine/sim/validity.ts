/**
 * engine/sim/validity — whether an estimator's set or strategy is valid for the graph.
 *
 * Contract: `estimatorValidity(graph, T, Y, request)` answers per estimator kind:
 *   - naive / ols / gcomp / strata / ipw / aipw: the adjustment criterion for the set (the empty
 *     set for naive) via `engine/adjust` (forbidden members — mediators and their descendants — and
 *     an open non-causal path are reported); latent members are invalid;
 *   - frontdoor: Pearl's front-door criterion via `engine/adjust`;
 *   - iv: Z is a conditional instrument given W (van der Zander, Textor & Liśkiewicz 2015): W has
 *     no latent member and no descendant of a proper causal path node, Z is m-connected to T given
 *     W in G, and m-separated from Y given W in G_c, the graph without the first edge of every
 *     proper causal path from T;
 *   - idplugin: the effect is identifiable (the plug-in then evaluates the identification formula).
 * Complexity: O(n + m) per check (identification: that of ID).
 * References: Shpitser, VanderWeele & Robins 2010; Pearl 1995; Pearl 2009 §7.4.5 (instruments);
 * Brito & Pearl 2002; van der Zander, Textor & Liśkiewicz 2015 (conditional instruments).
 */
import { adjustmentProblem } from '../adjust/adjustment-problem';
import { testAdjustment } from '../adjust/adjustment-criterion';
import { describePath } from '../adjust/adjustment-sentences';
import { isFrontdoorSet } from '../adjust/frontdoor-report';
import { indexGraph, indicesOf, type IndexedGraph } from '../graph/indexed';
import type { CausalGraph } from '../graph/types';
import { identify } from '../identify/identify';
import { dConnectingPath } from '../paths/dseparation';
import type { EstimatorRequest } from './estimators/types';

export interface EstimatorValidity {
  readonly valid: boolean;
  readonly criterion: 'backdoor' | 'front-door' | 'instrument' | 'identification';
  readonly reasons: readonly string[];
}

/** A path with its edges drawn, by node id as the equations name them: `T ← pa → Y`, `X ↔ Y`. */
const pathText = (ig: IndexedGraph, path: readonly number[]): string => describePath(ig, ig.ids, path);

export function adjustmentValidity(graph: CausalGraph, t: string, y: string, set: readonly string[]): EstimatorValidity {
  const ig = indexGraph(graph);
  const [x] = indicesOf(ig, [t]);
  const [o] = indicesOf(ig, [y]);
  const z = indicesOf(ig, set);
  const reasons: string[] = [];
  for (const v of z) if (ig.roleMask.latent[v]) reasons.push(`${ig.ids[v]} is latent and cannot be adjusted for`);
  const problem = adjustmentProblem(ig, [x], [o], 'total');
  const test = testAdjustment(problem, z);
  for (const v of test.forbidden) {
    const because = problem.forbiddenBecause[v];
    reasons.push(
      because === v || because < 0
        ? `${ig.ids[v]} is a mediator (on a causal path ${t} → ${y}): adjusting for it removes part of the effect`
        : `${ig.ids[v]} descends from the mediator/outcome ${ig.ids[because]}: adjusting for it biases the total effect`,
    );
  }
  if (test.openPath) reasons.push(`the non-causal path ${pathText(ig, test.openPath)} is open`);
  return { valid: reasons.length === 0, criterion: 'backdoor', reasons };
}

export function instrumentValidity(graph: CausalGraph, t: string, y: string, instruments: readonly string[], covariates: readonly string[]): EstimatorValidity {
  const ig = indexGraph(graph);
  const [x] = indicesOf(ig, [t]);
  const [o] = indicesOf(ig, [y]);
  const z = indicesOf(ig, instruments);
  const w = indicesOf(ig, covariates);
  const reasons: string[] = [];
  for (const v of [...z, ...w]) if (ig.roleMask.latent[v]) reasons.push(`${ig.ids[v]} is latent`);
  for (const v of [...z, ...w]) if (v === x || v === o) reasons.push(`${ig.ids[v]} is the treatment or the outcome`);
  // G_c: G without the first edge of every proper causal path from T (the proper back-door graph).
  const problem = adjustmentProblem(ig, [x], [o], 'total');
  for (const v of w) if (problem.forbidden[v] || problem.causalNodes[v]) reasons.push(`the covariate ${ig.ids[v]} descends from the treatment's causal paths`);
  for (const v of z) {
    if (dConnectingPath(ig, [v], [x], w) === null) reasons.push(`${ig.ids[v]} is not associated with ${t} (not relevant)`);
    const open = dConnectingPath(problem.graph, [v], [o], w);
    if (open) reasons.push(`${ig.ids[v]} reaches ${y} other than through ${t}: ${pathText(ig, open)} (exclusion fails)`);
  }
  return { valid: reasons.length === 0, criterion: 'instrument', reasons };
}

export function estimatorValidity(graph: CausalGraph, t: string, y: string, request: EstimatorRequest): EstimatorValidity {
  switch (request.kind) {
    case 'naive':
      return adjustmentValidity(graph, t, y, []);
    case 'ols':
    case 'gcomp':
    case 'strata':
    case 'ipw':
    case 'aipw':
      return adjustmentValidity(graph, t, y, request.set ?? []);
    case 'frontdoor': {
      const set = request.mediators ?? [];
      let ok: boolean;
      try {
        ok = isFrontdoorSet(graph, set, { exposure: [t], outcome: [y] });
      } catch (e) {
        return { valid: false, criterion: 'front-door', reasons: [e instanceof Error ? e.message : String(e)] };
      }
      return { valid: ok, criterion: 'front-door', reasons: ok ? [] : [`{${set.join(', ')}} does not satisfy the front-door criterion`] };
    }
    case 'iv':
      return instrumentValidity(graph, t, y, request.instruments ?? [], request.set ?? []);
    case 'idplugin': {
      const result = identify(graph, { y: [y], x: [t] });
      return { valid: result.identifiable, criterion: 'identification', reasons: result.identifiable ? [] : ['the effect is not identifiable from the graph'] };
    }
  }
}
