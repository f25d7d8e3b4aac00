/**
 * engine/sim/estimators/run — dispatches an estimator request and names it.
 *
 * Contract: `runEstimator(ctx, request, graph)` runs the estimator the request names with its set,
 * mediators or instruments, and returns its result or failure (never throws on bad data: unknown
 * variables and impossible fits become failures). `defaultName` spells the design out
 * (`OLS Y ~ T + Z`) so every row shows the model it fitted. With `bootstrapCheck: B` the row also
 * carries a bootstrap SE and percentile interval in its diagnostics.
 * Complexity: that of the estimator.
 */
import type { CausalGraph } from '../../graph/types';
import { aipwEstimate } from './aipw';
import { frontdoorEstimate } from './frontdoor';
import { gcompEstimate } from './gcomp';
import { idPluginEstimate } from './idplugin';
import { ipwEstimate } from './ipw';
import { ivEstimate } from './iv';
import { naiveEstimate } from './naive';
import { regressionEstimate } from './regression';
import { bootstrapEstimator } from './resample';
import { strataEstimate } from './strata';
import type { EstimateResult, EstimatorContext, EstimatorFailure, EstimatorRequest } from './types';

export function defaultName(request: EstimatorRequest, t: string, y: string): string {
  const set = request.set ?? [];
  const plus = set.length > 0 ? ` + ${set.join(' + ')}` : '';
  const on = set.length > 0 ? ` on {${set.join(', ')}}` : '';
  switch (request.kind) {
    case 'naive':
      return 'naive difference';
    case 'ols':
      return `OLS ${y} ~ ${t}${plus}`;
    case 'gcomp':
      return `g-computation${on}`;
    case 'strata':
      return `stratification${on}${request.estimand === 'ATT' ? ' (ATT)' : ''}`;
    case 'ipw':
      return `IPW (Hájek)${on}${request.estimand === 'ATT' ? ' (ATT)' : ''}`;
    case 'aipw':
      return `AIPW${on}`;
    case 'frontdoor':
      return `front-door via {${(request.mediators ?? []).join(', ')}}`;
    case 'idplugin':
      return 'identification formula (plug-in)';
    case 'iv':
      return `2SLS, instrument {${(request.instruments ?? []).join(', ')}}${set.length > 0 ? ` given {${set.join(', ')}}` : ''}`;
  }
}

export function runEstimator(ctx: EstimatorContext, request: EstimatorRequest, graph: CausalGraph): EstimateResult | EstimatorFailure {
  const result = runOnce(ctx, request, graph);
  const replicates = request.bootstrapCheck ?? 0;
  if (replicates <= 0 || 'error' in result) return result;
  const boot = bootstrapEstimator(ctx, replicates, (resampled) => runOnce(resampled, request, graph));
  return {
    ...result,
    diagnostics: { ...result.diagnostics, bootstrapSe: boot.se, bootstrapCi: [...boot.percentileCi], bootstrapFailed: boot.failed },
  };
}

function runOnce(ctx: EstimatorContext, request: EstimatorRequest, graph: CausalGraph): EstimateResult | EstimatorFailure {
  const name = request.label ?? defaultName(request, ctx.treatment, ctx.outcome);
  const set = request.set ?? [];
  try {
    switch (request.kind) {
      case 'naive':
        return naiveEstimate(ctx, name);
      case 'ols':
        return regressionEstimate(ctx, set, name);
      case 'gcomp':
        return gcompEstimate(ctx, set, name);
      case 'strata':
        return strataEstimate(ctx, set, name, request.estimand ?? 'ATE', request.bins ?? 5);
      case 'ipw':
        return ipwEstimate(ctx, set, name, request.estimand ?? 'ATE');
      case 'aipw':
        return aipwEstimate(ctx, set, name);
      case 'frontdoor':
        return frontdoorEstimate(ctx, request.mediators ?? [], name, request.bootstrap ?? 200);
      case 'idplugin':
        return idPluginEstimate(ctx, graph, name, request.bootstrap ?? 200);
      case 'iv':
        return ivEstimate(ctx, request.instruments ?? [], set, name);
    }
  } catch (e) {
    return { kind: request.kind, name, error: e instanceof Error ? e.message : String(e) };
  }
}
