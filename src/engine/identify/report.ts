/**
 * engine/identify/report — the `identification` entry of the analyze report (DESIGN §5).
 *
 * Contract: `identifyRoles(graph)` identifies P(outcomes | do(exposures)) for the graph's
 * `exposure` and `outcome` roles (selected nodes conditioned on, latent nodes projected out) and
 * returns the whole `identify` result; `null` when the graph has no exposure or no outcome, or
 * when the roles do not form a valid query (overlapping, latent or selected exposure/outcome) or
 * the graph is not an acyclic DAG/ADMG — the report states those problems elsewhere.
 * `identificationReport(graph)` is its analyze-report entry: { identifiable, tex, expression,
 * hedge, strategy }. With selected nodes the query is P(y | do(x), s): the effect within the
 * selected group, not in the whole population (the result's `given` lists them).
 * Complexity: that of `identify`.
 */
import { isInputError } from '../errors';
import { nodesWithRole } from '../graph/build';
import type { CausalGraph } from '../graph/types';
import type { Expr } from './expression';
import { type Hedge, type IdentificationStrategy, type IdentifyResult, identify } from './identify';

export interface IdentificationReport {
  readonly identifiable: boolean;
  readonly tex: string;
  readonly expression: Expr | null;
  readonly hedge: Hedge | null;
  readonly strategy: IdentificationStrategy;
}

export function identifyRoles(graph: CausalGraph): IdentifyResult | null {
  const x = nodesWithRole(graph, 'exposure');
  const y = nodesWithRole(graph, 'outcome');
  if (x.length === 0 || y.length === 0) return null;
  try {
    return identify(graph, { y, x });
  } catch (error) {
    if (isInputError(error)) return null;
    throw error;
  }
}

export function identificationReport(graph: CausalGraph): IdentificationReport | null {
  const result = identifyRoles(graph);
  if (!result) return null;
  const { identifiable, tex, expression, hedge, strategy } = result;
  return { identifiable, tex, expression, hedge, strategy };
}
