/**
 * Simulator timings (SIMULATOR.md §8; DESIGN.md §6 budget: 100 000 rows × 20 nodes sampled and
 * all estimators run in ≤ 1 s).
 *
 * - `sample 100k rows, 20-node linear SCM`: noise-first sampling of a random 20-node DAG (average
 *   degree 3, fixed seed) with the default linear-Gaussian equations (logistic treatment).
 * - `seed article check n=…`: one check of the seed-article preset — sampling plus all six
 *   estimators (naive, stratification, OLS, g-computation, IPW, AIPW); the truth (MC-CRN, computed
 *   once per model and cached by callers) is timed separately as `seed article truth`.
 * - `20-node full check n=…`: the default SCM and estimators of the 20-node graph, sampling plus
 *   every estimator (the truth is computed once per model, so it is prepared outside the timing).
 * - `seed article full check n=5000`: `runCheck` end to end, truth included.
 * - `seed article coverage 200 replicates n=5000`: 200 × (sample + six estimators), truth precomputed.
 * - `OLS 100k rows, 5 covariates + HC1` and `logit IRLS 100k rows, 3 covariates`: the kernels.
 */
import { graphFromLists } from '../src/engine/graph/build';
import { prepareCheck, runCheck, scoreRows } from '../src/engine/sim/check';
import { defaultScm } from '../src/engine/sim/defaults';
import { fitLogit } from '../src/engine/sim/logit';
import { fitOls } from '../src/engine/sim/ols';
import { getSimPreset } from '../src/engine/sim/presets';
import { streamSeed, Xoshiro128ss } from '../src/engine/sim/rng';
import { compileScm, sampleScm } from '../src/engine/sim/sample';
import { computeTruth } from '../src/engine/sim/truth';
import { mulberry32, randomSparseAdmg } from '../test/support/random';
import { type BenchCase, benchCase } from './harness';

function twentyNodeGraph() {
  const raw = randomSparseAdmg(mulberry32(2020), 20, 3);
  const ids = raw.nodes.map((n) => n.id);
  const directed = raw.edges.map((e) => [e.from, e.to] as [string, string]);
  // Treatment: a node with children; outcome: a node with parents.
  const t = directed[0][0];
  const y = directed[directed.length - 1][1] === t ? directed[0][1] : directed[directed.length - 1][1];
  return graphFromLists({ nodes: ids, directed, roles: { exposure: [t], outcome: [y] } });
}

function twentyNodeScm() {
  const graph = twentyNodeGraph();
  return compileScm(defaultScm(graph, { seed: 1 }), graph);
}

/** The budget case: the default SCM and default estimators of a 20-node graph, truth precomputed. */
function twentyNodeCheck(n: number) {
  return benchCase({
    name: `20-node full check n=${n} (sample + default estimators)`,
    setup: () => {
      const graph = twentyNodeGraph();
      return prepareCheck(defaultScm(graph, { seed: 1 }), { graph });
    },
    run: (prepared) => scoreRows(prepared, sampleScm(prepared.scm, n, 7).observed, 7),
  });
}

const seed = getSimPreset('seed-article');
const seedOptions = { graph: seed.graph, estimators: seed.estimators };

function checkCase(n: number) {
  return benchCase({
    name: `seed article check n=${n} (sample + 6 estimators)`,
    setup: () => prepareCheck(seed.spec, seedOptions),
    run: (prepared) => scoreRows(prepared, sampleScm(prepared.scm, n, 7).observed, 7),
  });
}

function columns(n: number, k: number, rng: Xoshiro128ss): Float64Array[] {
  return Array.from({ length: k }, () => Float64Array.from({ length: n }, () => rng.normal()));
}

export const cases: BenchCase[] = [
  benchCase({ name: 'sample 100k rows, 20-node linear SCM', setup: twentyNodeScm, run: (scm) => sampleScm(scm, 100_000, 3) }),
  checkCase(5000),
  checkCase(100_000),
  twentyNodeCheck(5000),
  twentyNodeCheck(100_000),
  benchCase({
    name: 'seed article truth (MC-CRN, 200k units)',
    setup: () => compileScm(seed.spec, seed.graph),
    run: (scm) => computeTruth(scm),
  }),
  benchCase({ name: 'seed article full check n=5000 (truth included)', run: () => runCheck(seed.spec, seedOptions) }),
  benchCase({
    name: 'seed article coverage 200 replicates n=5000 (truth precomputed)',
    setup: () => prepareCheck(seed.spec, seedOptions),
    run: (prepared) => {
      for (let r = 0; r < 200; r++) {
        const s = streamSeed(seed.spec.seed, 'replicate', r);
        scoreRows(prepared, sampleScm(prepared.scm, 5000, s).observed, s);
      }
    },
  }),
  benchCase({
    name: 'OLS 100k rows, 5 covariates + HC1',
    setup: () => {
      const rng = new Xoshiro128ss(5);
      const x = columns(100_000, 5, rng);
      const y = Float64Array.from(x[0], (v, i) => v + 0.5 * x[1][i] + rng.normal());
      return { x, y };
    },
    run: ({ x, y }) => fitOls(y, x, { hc: 'HC1' }),
  }),
  benchCase({
    name: 'logit IRLS 100k rows, 3 covariates',
    setup: () => {
      const rng = new Xoshiro128ss(6);
      const x = columns(100_000, 3, rng);
      const y = Float64Array.from(x[0], (v, i) => (rng.uniform() < 1 / (1 + Math.exp(-(v - 0.5 * x[2][i]))) ? 1 : 0));
      return { x, y };
    },
    run: ({ x, y }) => fitLogit(y, x),
  }),
];
