/**
 * The simulator pipeline on seeded random linear-Gaussian ADMGs: whenever the default adjustment
 * set is valid for the graph, OLS on it must recover the closed-form total effect (the data are
 * jointly Gaussian, so the regression is exactly linear); the front-door estimator likewise when a
 * front-door set exists, and 2SLS with the first valid instrument; validity must agree with a
 * brute-force search (a valid set exists iff the default set is valid), and every instrument the
 * adjust module lists must pass the simulator's instrument check.
 */
import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../src/engine/graph/build';
import { runCheck } from '../../src/engine/sim/check';
import { defaultAdjustmentSet } from '../../src/engine/sim/defaults';
import { expandForScm } from '../../src/engine/sim/expand';
import type { NodeSpec, ScmSpec } from '../../src/engine/sim/spec';
import { adjustmentValidity, instrumentValidity } from '../../src/engine/sim/validity';
import { instrumentsReport } from '../../src/engine/adjust/instruments';
import { mulberry32, randomAdmg, type Rng } from '../support/random';

const coefficient = (rng: Rng) => (rng() < 0.5 ? -1 : 1) * (0.25 + 0.75 * rng());

function linearSpec(rng: Rng, graph: ReturnType<typeof graphFromLists>, t: string, y: string): ScmSpec {
  const expansion = expandForScm(graph);
  if (!expansion.ok) throw new Error(expansion.message);
  const g = expansion.graph;
  const nodes: NodeSpec[] = g.ids.map((id) => ({
    id,
    kind: 'continuous',
    ...(g.latent.has(id) ? { latent: true } : {}),
    eq: { type: 'linear', intercept: 0, coef: Object.fromEntries(g.parents.get(id)!.map((p) => [p, coefficient(rng)])), noise: { dist: 'normal', sd: 1 } },
  }));
  return { version: 1, seed: Math.floor(rng() * 2 ** 32), n: 20_000, nodes, treatment: t, outcome: y };
}

/** All subsets of the observed candidates, smallest first: does any satisfy the adjustment criterion? */
function anyValidSet(graph: ReturnType<typeof graphFromLists>, t: string, y: string): boolean {
  const candidates = graph.nodes.filter((n) => n.id !== t && n.id !== y && !n.roles.includes('latent')).map((n) => n.id);
  for (let mask = 0; mask < 1 << candidates.length; mask++) {
    const set = candidates.filter((_, i) => mask & (1 << i));
    if (adjustmentValidity(graph, t, y, set).valid) return true;
  }
  return false;
}

describe('OLS on the default adjustment set recovers the closed-form effect', () => {
  it('on 40 random linear-Gaussian ADMGs (within 5 SE), and validity matches brute force', () => {
    const rng = mulberry32(4242);
    let validCases = 0;
    let frontdoorCases = 0;
    let instrumentsChecked = 0;
    for (let trial = 0; trial < 40; trial++) {
      const raw = randomAdmg(rng, { n: 4 + Math.floor(rng() * 4), pDirected: 0.45, pBidirected: 0.12 });
      const ids = raw.nodes.map((n) => n.id);
      const directed = raw.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]);
      if (directed.length === 0) continue;
      // A treatment with a directed path to the outcome: the tail and head of a random edge.
      const [t, y] = directed[Math.floor(rng() * directed.length)];
      const graph = graphFromLists({
        nodes: ids,
        directed,
        bidirected: raw.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
        roles: { exposure: [t], outcome: [y] },
      });
      const set = defaultAdjustmentSet(graph, t, y);
      const valid = adjustmentValidity(graph, t, y, set).valid;
      expect(valid).toBe(anyValidSet(graph, t, y));
      // Every conditional instrument the adjust module lists passes the simulator's IV check.
      for (const { instrument, given } of instrumentsReport(graph) ?? []) {
        expect(instrumentValidity(graph, t, y, [instrument], given).valid).toBe(true);
        instrumentsChecked++;
      }
      const spec = linearSpec(rng, graph, t, y);
      const result = runCheck(spec, { graph });
      expect(result.truth.method).toBe('closed-form');
      for (const row of result.rows) {
        if ('error' in row || !row.valid) continue;
        if (row.kind === 'ols') validCases++;
        if (row.kind === 'frontdoor') frontdoorCases++;
        if (row.kind === 'ols' || row.kind === 'frontdoor' || row.kind === 'iv') {
          expect(Math.abs(row.estimate - result.truth.ate.value)).toBeLessThanOrEqual(5 * row.se);
        }
      }
    }
    expect(validCases).toBeGreaterThan(15);
    expect(frontdoorCases + validCases).toBeGreaterThan(15);
    expect(instrumentsChecked).toBeGreaterThan(5);
  });
});
