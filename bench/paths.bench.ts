/**
 * Separation and path listing on random sparse ADMGs of 20–500 nodes (average degree 3–5, a fifth
 * of the edges bidirected; fixed seeds). Each size has four graphs and 32 queries, run in turn.
 *
 * - `dsep N (indexed)`: dConnectingPath on a prebuilt index, random X, Y (1–2 nodes) and Z (~10%).
 * - `dsep N separated (indexed)`: only queries that turn out separated — the search then visits
 *   everything reachable, the worst case.
 * - `dsep N (by id)`: dSeparation from the plain graph, including indexing and the cycle check,
 *   as the CLI and UI call it.
 * - `paths N (max 100)`: listPaths between two random nodes, capped at 100, with Z (~10%).
 */
import { type CausalGraph, dConnectingPath, dSeparation, type IndexedGraph, indexGraph, listPaths } from '../src/engine';
import { mulberry32, randomSparseAdmg, type Rng } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const SIZES = [20, 50, 100, 200, 500];
const GRAPHS_PER_SIZE = 4;
const QUERIES = 32;

interface Query {
  graph: CausalGraph;
  ig: IndexedGraph;
  x: number[];
  y: number[];
  z: number[];
}

function pick(rng: Rng, pool: number[], k: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < k && pool.length > 0; i++) out.push(pool.splice(Math.floor(rng() * pool.length), 1)[0]);
  return out;
}

function graphs(n: number): { graph: CausalGraph; ig: IndexedGraph }[] {
  const rng = mulberry32(7000 + n);
  return Array.from({ length: GRAPHS_PER_SIZE }, (_, i) => {
    const degree = 3 + (2 * i) / (GRAPHS_PER_SIZE - 1);
    const graph = randomSparseAdmg(rng, n, degree, 0.2);
    return { graph, ig: indexGraph(graph) };
  });
}

function randomQuery(rng: Rng, g: { graph: CausalGraph; ig: IndexedGraph }): Query {
  const pool = Array.from({ length: g.ig.n }, (_, i) => i);
  const x = pick(rng, pool, 1 + Math.floor(rng() * 2));
  const y = pick(rng, pool, 1 + Math.floor(rng() * 2));
  const z = pool.filter(() => rng() < 0.1);
  return { ...g, x, y, z };
}

/** QUERIES queries spread over the size's graphs; `keep` filters them (tries up to 200 per slot). */
function queries(n: number, keep: (q: Query) => boolean = () => true): Query[] {
  const rng = mulberry32(9000 + n);
  const gs = graphs(n);
  const out: Query[] = [];
  for (let i = 0; out.length < QUERIES && i < QUERIES * 200; i++) {
    const q = randomQuery(rng, gs[out.length % gs.length]);
    if (keep(q)) out.push(q);
  }
  return out;
}

const separated = (q: Query) => dConnectingPath(q.ig, q.x, q.y, q.z) === null;

function rotating<T>(items: T[], each: (item: T) => unknown): () => unknown {
  let i = 0;
  return () => each(items[i++ % items.length]);
}

export const cases: BenchCase[] = SIZES.flatMap((n) => [
  benchCase({
    name: `dsep ${n} nodes (indexed)`,
    setup: () => rotating(queries(n), (q) => dConnectingPath(q.ig, q.x, q.y, q.z)),
    run: (next) => next(),
  }),
  benchCase({
    name: `dsep ${n} nodes separated (indexed)`,
    setup: () => rotating(queries(n, separated), (q) => dConnectingPath(q.ig, q.x, q.y, q.z)),
    run: (next) => next(),
  }),
  benchCase({
    name: `dsep ${n} nodes (by id)`,
    setup: () =>
      rotating(
        queries(n).map((q) => ({ graph: q.graph, x: ids(q, q.x), y: ids(q, q.y), z: ids(q, q.z) })),
        (q) => dSeparation(q.graph, q.x, q.y, q.z),
      ),
    run: (next) => next(),
  }),
  benchCase({
    name: `paths ${n} nodes (max 100)`,
    setup: () =>
      rotating(
        queries(n)
          .slice(0, 8)
          .map((q) => ({ graph: q.graph, from: q.ig.ids[q.x[0]], to: q.ig.ids[q.y[0]], z: ids(q, q.z) })),
        (q) => listPaths(q.graph, q.from, q.to, q.z, { max: 100 }),
      ),
    run: (next) => next(),
  }),
]);

function ids(q: Query, nodes: number[]): string[] {
  return nodes.map((v) => q.ig.ids[v]);
}
