/**
 * Adjustment sets on random sparse graphs of 20–500 nodes (average degree 3–5; half of the graphs
 * DAGs, half ADMGs with a fifth of the edges bidirected; fixed seeds). Each size has four graphs and
 * 16 exposure/outcome pairs (one or two of each; outcomes with many ancestors, exposures among
 * them; only pairs for which the empty set does not work), run in turn. All cases start from the plain graph, as the CLI and UI call them.
 *
 * - `adjust N first minimal set`: the first set of the lazy listing (budget: ≤ 50 ms at 500 nodes).
 * - `adjust N minimal sets (max 100)`: the capped listing, total effect.
 * - `adjust N direct minimal sets (max 100)`: the capped listing, direct effect.
 * - `adjust N check canonical set`: canonical set plus the criterion check with reasons.
 * - `adjust 500 dense …`: the first set and the capped listing on denser graphs (degree 10–12).
 */
import {
  ancestorsMask,
  type CausalGraph,
  canonicalAdjustmentSet,
  checkAdjustmentSet,
  graphFromLists,
  indexGraph,
  iterateMinimalAdjustmentSets,
  minimalAdjustmentSets,
} from '../src/engine';
import { mulberry32, randomSparseAdmg, type Rng } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const SIZES = [20, 50, 100, 200, 500];
const GRAPHS_PER_SIZE = 4;
const QUERIES = 16;

function withRoles(graph: CausalGraph, exposures: string[], outcomes: string[]): CausalGraph {
  const pairs = (kind: '->' | '<->') => graph.edges.filter((e) => e.kind === kind).map((e) => [e.from, e.to] as [string, string]);
  return graphFromLists({
    nodes: graph.nodes.map((node) => node.id),
    directed: pairs('->'),
    bidirected: pairs('<->'),
    roles: { exposure: exposures, outcome: outcomes },
  });
}

function randomQuery(rng: Rng, graph: CausalGraph): CausalGraph {
  const ig = indexGraph(graph);
  const pick = () => Math.floor(rng() * ig.n);
  const ancestryOf = (v: number) => ancestorsMask(ig, [v]).reduce((sum, bit) => sum + bit, 0);
  // Outcomes deep in the graph (the best of a few random nodes), so that there is much to adjust for.
  const deep = () => [pick(), pick(), pick(), pick()].sort((a, b) => ancestryOf(b) - ancestryOf(a))[0];
  const y = [deep()];
  if (rng() < 0.3) y.push(deep());
  const ancestors = ancestorsMask(ig, y);
  const candidates = ig.ids.map((_, i) => i).filter((i) => ancestors[i] && !y.includes(i));
  const x: number[] = [];
  for (let k = 0; k < (rng() < 0.3 ? 2 : 1); k++) {
    const pool = candidates.length > 0 ? candidates : ig.ids.map((_, i) => i);
    const v = pool[Math.floor(rng() * pool.length)];
    if (!y.includes(v) && !x.includes(v)) x.push(v);
  }
  if (x.length === 0) x.push(y[0] === 0 ? 1 : 0);
  return withRoles(graph, x.map((i) => ig.ids[i]), [...new Set(y)].map((i) => ig.ids[i]));
}

/** Queries that need adjustment: the empty set does not work (some have no set at all). */
function queries(n: number, degree = 3): CausalGraph[] {
  const rng = mulberry32(41_000 + n + degree);
  const graphs = Array.from({ length: GRAPHS_PER_SIZE }, (_, i) =>
    randomSparseAdmg(rng, n, degree + (2 * i) / (GRAPHS_PER_SIZE - 1), i % 2 === 0 ? 0 : 0.2),
  );
  const out: CausalGraph[] = [];
  for (let i = 0; out.length < QUERIES && i < QUERIES * 200; i++) {
    const query = randomQuery(rng, graphs[out.length % graphs.length]);
    const empty = minimalAdjustmentSets(query, { max: 1 }).sets;
    if (!(empty.length === 1 && empty[0].length === 0)) out.push(query);
  }
  return out;
}

/** A case that runs `work` on the size's queries in turn. */
function rotating(name: string, n: number, work: (graph: CausalGraph) => unknown, degree = 3): BenchCase {
  return benchCase({
    name,
    setup: () => ({ graphs: queries(n, degree), next: 0 }),
    run: (state: { graphs: CausalGraph[]; next: number }) => {
      const graph = state.graphs[state.next];
      state.next = (state.next + 1) % state.graphs.length;
      return work(graph);
    },
  });
}

const firstSet = (graph: CausalGraph) => iterateMinimalAdjustmentSets(graph).next().value ?? null;

export const cases: BenchCase[] = SIZES.flatMap((n) => [
  rotating(`adjust ${n} first minimal set`, n, firstSet),
  rotating(`adjust ${n} minimal sets (max 100)`, n, (graph) => minimalAdjustmentSets(graph, { max: 100 })),
  rotating(`adjust ${n} direct minimal sets (max 100)`, n, (graph) => minimalAdjustmentSets(graph, { effect: 'direct', max: 100 })),
  rotating(`adjust ${n} check canonical set`, n, (graph) => {
    const set = canonicalAdjustmentSet(graph) ?? [];
    return checkAdjustmentSet(graph, { set });
  }),
]).concat([
  rotating('adjust 500 dense (degree 10–12) first minimal set', 500, firstSet, 10),
  rotating('adjust 500 dense (degree 10–12) minimal sets (max 100)', 500, (graph) => minimalAdjustmentSets(graph, { max: 100 }), 10),
]);
