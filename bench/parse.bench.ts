/**
 * Reading and writing model code for random sparse ADMGs of 20–500 nodes (average degree 4, a
 * fifth of the edges bidirected, every node placed, a few roles; fixed seeds).
 *
 * - `parse N nodes`: parseModelCode on the text serializeModelCode wrote for the graph.
 * - `serialize N nodes`: serializeModelCode on the graph.
 */
import { type CausalGraph, parseModelCode, type Role, serializeModelCode } from '../src/engine';
import { mulberry32, randomSparseAdmg } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const SIZES = [20, 50, 100, 200, 500];

function placedGraph(n: number): CausalGraph {
  const rng = mulberry32(11000 + n);
  const graph = randomSparseAdmg(rng, n, 4, 0.2);
  const roleFor = (i: number): Role[] =>
    i === 0 ? ['exposure'] : i === 1 ? ['outcome'] : rng() < 0.05 ? ['adjusted'] : rng() < 0.05 ? ['latent'] : [];
  return {
    ...graph,
    nodes: graph.nodes.map((node, i) => ({
      ...node,
      roles: roleFor(i),
      pos: { x: Math.round(rng() * 1000) / 100, y: Math.round(rng() * 1000) / 100 },
    })),
  };
}

function modelCode(n: number): string {
  const text = serializeModelCode(placedGraph(n));
  const parsed = parseModelCode(text);
  if (!parsed.ok) throw new Error(`bench/parse: the written model code does not read back (${n} nodes)`);
  return text;
}

export const cases: BenchCase[] = SIZES.flatMap((n) => [
  benchCase({ name: `parse ${n} nodes`, setup: () => modelCode(n), run: (text) => parseModelCode(text) }),
  benchCase({ name: `serialize ${n} nodes`, setup: () => placedGraph(n), run: (graph) => serializeModelCode(graph) }),
]);
