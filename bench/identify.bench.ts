/**
 * Identification on random sparse ADMGs of 10, 20 and 40 nodes (average degree 3, a third of the
 * edges bidirected; fixed seeds). Each size has four graphs and 32 queries, run in turn: x and y of
 * 1–2 nodes, and in a quarter of the queries one conditioning node (IDC).
 *
 * - `identify N`: `identify` by id as the CLI and UI call it — indexing, the latent projection,
 *   ID/IDC, and the presented formula (adjustment or front-door search, else the simplifier).
 * - `identify N raw`: the same without presentation (`simplify: false`): ID/IDC and TeX only.
 * - `identify N dense`: average degree 5, half of the edges bidirected, so most queries reach the
 *   deeper ID lines (districts, line 7) or fail with a hedge.
 */
import { type CausalGraph, identify } from '../src/engine';
import { mulberry32, randomSparseAdmg, type Rng } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const SIZES = [10, 20, 40];
const GRAPHS_PER_SIZE = 4;
const QUERIES = 32;

interface Query {
  readonly graph: CausalGraph;
  readonly y: string[];
  readonly x: string[];
  readonly given: string[];
}

function pick(rng: Rng, pool: string[], k: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < k && pool.length > 0; i++) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

function queries(n: number, dense: boolean): Query[] {
  const rng = mulberry32(9100 + n + (dense ? 1 : 0));
  const graphs = Array.from({ length: GRAPHS_PER_SIZE }, () => randomSparseAdmg(rng, n, dense ? 5 : 3, dense ? 0.5 : 1 / 3));
  return Array.from({ length: QUERIES }, (_, i) => {
    const graph = graphs[i % GRAPHS_PER_SIZE];
    const pool = graph.nodes.map((node) => node.id as string);
    const x = pick(rng, pool, 1 + Math.floor(rng() * 2));
    const y = pick(rng, pool, 1 + Math.floor(rng() * 2));
    const given = rng() < 0.25 ? pick(rng, pool, 1) : [];
    return { graph, y, x, given };
  });
}

function inTurn(n: number, simplify: boolean, dense = false): BenchCase {
  return benchCase({
    name: `identify ${n}${dense ? ' dense' : ''}${simplify ? '' : ' raw'}`,
    setup: () => ({ list: queries(n, dense), next: 0 }),
    run: (state) => {
      const q = state.list[state.next++ % state.list.length];
      return identify(q.graph, q, { simplify });
    },
  });
}

export const cases: BenchCase[] = SIZES.flatMap((n) => [inTurn(n, true), inTurn(n, false), inTurn(n, true, true)]);
