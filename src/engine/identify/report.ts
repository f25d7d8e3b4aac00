/**
 * engine/identify/report — the `identification` entry of the analyze report (DESIGN §5).
 *
 * Contract: `identificationReport(graph)` identifies P(outcomes | do(exposures)) for the graph's
 * `exposure` and `outcome` roles (selected nodes conditioned on, latent nodes projected out) and
 * returns { identifiable, tex, expression, hedge, strategy }; `null` when the graph has no
 * exposure or no outcome, or when the roles do not form a valid query (overlapping, latent or
 * selected exposure/outcome) or the graph is not an acyclic DAG/ADMG — the report states those
 * problems elsewhere. Complexity: that of `identify`.
 */
import { isInputError } from '../errors';
import { nodesWithRole } from '../graph/build';
import type { CausalGraph } from '../graph/types';
import type { Expr } from './expression';
import { type Hedge, type IdentificationStrategy, identify } from './identify';

export interface IdentificationReport {
  readonly identifiable: boolean;
  readonly tex: string;
  readonly expression: Expr | null;
  readonly hedge: Hedge | null;
  readonly strategy: IdentificationStrategy;
}

export function identificationReport(graph: CausalGraph): IdentificationReport | null {
  const x = nodesWithRole(graph, 'exposure');
  const y = nodesWithRole(graph, 'outcome');
  if (x.length === 0 || y.length === 0) return null;
  try {
    const { identifiable, tex, expression, hedge, strategy } = identify(graph, { y, x });
    return { identifiable, tex, expression, hedge, strategy };
  } catch (error) {
    if (isInputError(error)) return null;
    throw error;
  }
}
