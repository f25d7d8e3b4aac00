/**
 * The capped full analysis after an edit (DESIGN §6 budget: median ≤ 16 ms at 50 nodes, ≤ 100 ms at
 * 200) on random sparse ADMGs of 20, 50, 100, 200 and 500 nodes: average degree 3, a tenth of the
 * edges bidirected, fixed seeds. The exposure and outcome are chosen causally connected (the
 * outcome is a descendant of the exposure) and a few nodes are adjusted or latent, so every part
 * has work to do. Four graphs per size, run in turn.
 *
 * - `analysis full N`: role labels, adjustment report (minimal total/direct sets capped, canonical,
 *   optimal, check of the adjusted set), front-door listing (capped), instruments, implications
 *   (capped) — identification is benchmarked in identify.bench.ts.
 * - `analysis <part> N`: one part alone, to see where the time goes.
 * - `analysis report N`: the CLI's `analyze` report (the parts above plus identification).
 * - `analysis worker N`: what the app's analysis worker computes after an edit (the report's
 *   analyses plus role warnings, the adjusted-set check, path listing and the formulas).
 */
import {
  type CausalGraph,
  adjustmentReport,
  descendantsMask,
  frontdoorReport,
  graphFromLists,
  implicationsReport,
  indexGraph,
  instrumentsReport,
  labelsReport,
} from '../src/engine';
import { runAnalysis } from '../src/app/analysis/run-analysis';
import { analyzeGraph } from '../src/engine/report';
import { mulberry32, randomSparseAdmg, type Rng } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

const SIZES = [20, 50, 100, 200, 500];
const GRAPHS_PER_SIZE = 4;

function withRoles(rng: Rng, base: CausalGraph): CausalGraph {
  const ig = indexGraph(base);
  // An exposure with many descendants, and an outcome among them a few steps away.
  const candidates = [...Array(ig.n).keys()].filter((v) => ig.children[v].length > 0);
  let best = candidates[0];
  let bestDe: number[] = [];
  for (let tries = 0; tries < 20; tries++) {
    const v = candidates[Math.floor(rng() * candidates.length)];
    const de = [...descendantsMask(ig, [v]).keys()].filter((w) => w !== v && descendantsMask(ig, [v])[w]);
    if (de.length > bestDe.length) [best, bestDe] = [v, de];
  }
  const outcome = bestDe[Math.floor(rng() * bestDe.length)];
  const others = ig.ids.filter((_, v) => v !== best && v !== outcome) as string[];
  return graphFromLists({
    nodes: [...ig.ids],
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
    roles: {
      exposure: [ig.ids[best]],
      outcome: [ig.ids[outcome]],
      adjusted: others.filter(() => rng() < 0.03),
      latent: others.filter(() => rng() < 0.03),
    },
  });
}

function graphs(n: number): CausalGraph[] {
  const rng = mulberry32(31_000 + n);
  return Array.from({ length: GRAPHS_PER_SIZE }, () => withRoles(rng, randomSparseAdmg(rng, n, 3, 0.1)));
}

const parts: Record<string, (g: CausalGraph) => unknown> = {
  labels: (g: CausalGraph) => labelsReport(g),
  adjustment: (g: CausalGraph) => adjustmentReport(g),
  frontdoor: (g: CausalGraph) => frontdoorReport(g),
  instruments: (g: CausalGraph) => instrumentsReport(g),
  implications: (g: CausalGraph) => implicationsReport(g),
};

function full(g: CausalGraph) {
  return {
    labels: parts.labels(g),
    adjustment: parts.adjustment(g),
    frontdoor: parts.frontdoor(g),
    instruments: parts.instruments(g),
    implications: parts.implications(g),
  };
}

function rotating(n: number, run: (g: CausalGraph) => unknown): BenchCase {
  return benchCase({
    name: '',
    setup: () => ({ list: graphs(n), next: 0 }),
    run: (state: { list: CausalGraph[]; next: number }) => run(state.list[state.next++ % state.list.length]),
  });
}

export const cases: BenchCase[] = SIZES.flatMap((n) => [
  { ...rotating(n, full), name: `analysis full ${n}` },
  ...Object.entries(parts).map(([part, run]) => ({ ...rotating(n, run), name: `analysis ${part} ${n}` })),
  { ...rotating(n, (g) => analyzeGraph(g)), name: `analysis report ${n}` },
  { ...rotating(n, (g) => runAnalysis(g, { kind: 'report' })), name: `analysis worker ${n}` },
]);
