/**
 * engine/sim/estimators/idplugin — the identification formula evaluated on the empirical joint.
 *
 * Contract: asks the identification engine for P(Y | do(T)) on the graph, evaluates the returned
 * tree on the count table of the observed variables it mentions (discrete data only) and returns
 * E[Y | do(1)] − E[Y | do(0)] with a bootstrap SE; a positivity hole (an empty conditioning cell)
 * is an error on the full sample and counted in the bootstrap.
 * Complexity: that of ID once, then O(n + |expr|·states) per evaluation, × B for the bootstrap.
 * References: Shpitser & Pearl 2006 (ID); SIMULATOR.md §5.8.
 */
import type { CausalGraph } from '../../graph/types';
import { mentionedVariables } from '../../identify/free-variables';
import { identify } from '../../identify/identify';
import { cellIndex, jointFromCells } from '../joint';
import { bootstrapCountsSe } from './bootstrap-counts';
import { pluginContrast } from './plugin';
import type { EstimateResult, EstimatorContext, EstimatorFailure } from './types';
import { waldCi } from './types';

export function idPluginEstimate(ctx: EstimatorContext, graph: CausalGraph, name: string, bootstrap = 200): EstimateResult | EstimatorFailure {
  const result = identify(graph, { y: [ctx.outcome], x: [ctx.treatment] });
  if (!result.identifiable || !result.expression) return { kind: 'idplugin', name, error: 'the effect is not identifiable from the graph' };
  const formula = result.expression;
  const ids = [...new Set([ctx.treatment, ctx.outcome, ...mentionedVariables(formula)])];
  for (const id of ids) {
    const col = ctx.data.columns[id];
    if (!col) return { kind: 'idplugin', name, error: `the formula needs "${id}", which is not observed` };
    if (!col.every((v) => Number.isInteger(v) && v >= 0 && v <= 16)) return { kind: 'idplugin', name, error: `the plug-in needs discrete data; "${id}" is not discrete` };
  }
  const cells = cellIndex(ctx.data, ids);
    const table = jointFromCells(cells);
    const at = (weights: Float64Array) => pluginContrast(formula, { ...table, weights }, ctx.treatment, ctx.outcome, 1, 0);
  const point = at(table.weights);
  if (!Number.isFinite(point.value)) return { kind: 'idplugin', name, error: 'an empty conditioning cell: positivity fails in the sample' };
  const boot = bootstrapCountsSe(table.weights, bootstrap, ctx.bootstrapSeed, (weights) => at(weights).value);
  const warnings = boot.failed > 0 ? [`${boot.failed} of ${bootstrap} bootstrap resamples had an empty cell`] : [];
  const strategy = result.strategy.kind === 'adjustment' || result.strategy.kind === 'frontdoor' ? `${result.strategy.kind} {${result.strategy.set.join(', ')}}` : result.strategy.kind;
  return {
    kind: 'idplugin', name, estimand: 'ATE', estimate: point.value, se: boot.se, ci: waldCi(point.value, boot.se), set: [], warnings,
    diagnostics: { formula: result.tex, strategy, seMethod: `bootstrap (B = ${bootstrap})` },
  };
}
