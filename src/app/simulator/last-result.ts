/**
 * app/simulator/last-result — the latest single-sample check, kept for the review report.
 *
 * The simulator panel owns its display state; the report (loaded elsewhere) only needs the rows
 * and the graph structure they were computed on, so results for a graph that has since changed
 * in its variables, roles or arrows are left out of the report rather than shown as current.
 * Moving nodes does not change the structure.
 */
import { create } from 'zustand';
import { type CausalGraph, type ReportSimulationRow, type SimCheckResult, isFailedRow } from '../../engine';

export interface LastSimulation {
  readonly structure: string;
  readonly n: number;
  readonly seed: number;
  readonly rows: readonly ReportSimulationRow[];
}

/** Variables, roles and arrows, without positions or labels. */
export function graphStructure(graph: CausalGraph): string {
  const nodes = graph.nodes.map((n) => `${n.id}[${n.roles.join(',')}]`).sort();
  const edges = graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).sort();
  return JSON.stringify([nodes, edges]);
}

export function reportRows(result: SimCheckResult): ReportSimulationRow[] {
  return result.rows.map((row) =>
    isFailedRow(row)
      ? { name: row.name, estimate: null, se: null, ci: null, truth: null, bias: null, valid: row.valid }
      : { name: row.name, estimate: row.estimate, se: row.se, ci: row.ci, truth: row.truth, bias: row.bias, valid: row.valid },
  );
}

export const useLastSimulation = create<{ last: LastSimulation | null; record(graph: CausalGraph, result: SimCheckResult): void }>((set) => ({
  last: null,
  record: (graph, result) => set({ last: { structure: graphStructure(graph), n: result.n, seed: result.seed, rows: reportRows(result) } }),
}));

/** The latest results if they were computed on this graph's structure. */
export function simulationFor(graph: CausalGraph): LastSimulation | null {
  const last = useLastSimulation.getState().last;
  return last && last.structure === graphStructure(graph) ? last : null;
}
