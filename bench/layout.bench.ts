/**
 * "Arrange left to right" (layoutAll: dagre plus the edge-clearance pass) on random sparse DAGs and
 * ADMGs of 30 and 200 nodes (average degree 2–3, a fifth of the edges bidirected; fixed seeds).
 * Each size has four graphs, run in turn.
 */
import { layoutAll } from '../src/app/layout/dagre';
import { mulberry32, randomSparseAdmg } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const GRAPHS_PER_SIZE = 4;

export const cases: BenchCase[] = [30, 200].map((n) =>
  benchCase({
    name: `layout ${n} nodes`,
    setup: () => {
      const rng = mulberry32(9100 + n);
      const graphs = Array.from({ length: GRAPHS_PER_SIZE }, (_, i) => randomSparseAdmg(rng, n, 2 + i / (GRAPHS_PER_SIZE - 1), 0.2));
      return { graphs, next: 0 };
    },
    run: (state) => layoutAll(state.graphs[state.next++ % state.graphs.length]),
  }),
);
