/**
 * Adjustment and front-door formulas: golden trees and TeX, and the numeric check of
 * IDENTIFICATION.md §10 — on random binary SCMs over random ADMGs (fixed seeds), the formula
 * evaluated on the observational joint equals P(y | do(x)) computed by surgery, for every valid set;
 * and for invalid sets it visibly does not (so the check can fail).
 */
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  type IndexedGraph,
  type NodeId,
  adjustmentFormula,
  descendantsMask,
  exprToTex,
  frontdoorFormula,
  frontdoorSets,
  graphFromLists,
  indexGraph,
  isDSeparated,
} from '../../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../../support/random';
import { formulaError } from '../identify/support/numeric-check';
import { randomBinaryScm } from '../identify/support/random-scm';

const roles = { exposure: ['X'], outcome: ['Y'] };

describe('formula trees', () => {
  it('adjustment: Σ_z P(y | x, z) P(z), and P(y | x) for the empty set', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles });
    expect(adjustmentFormula(g, ['Z'])).toEqual({
      op: 'sum',
      vars: ['Z'],
      body: { op: 'prod', factors: [{ op: 'P', vars: ['Y'], given: ['X', 'Z'] }, { op: 'P', vars: ['Z'], given: [] }] },
    });
    expect(adjustmentFormula(g, [])).toEqual({ op: 'P', vars: ['Y'], given: ['X'] });
    expect(exprToTex(adjustmentFormula(g, ['Z']))).toBe('\\sum_{Z} P(Y \\mid X, Z) P(Z)');
  });

  it('front-door: Σ_m P(m | x) Σ_x′ P(y | m, x′) P(x′), printed with a primed inner x', () => {
    const g = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']], roles });
    const f = frontdoorFormula(g, ['M']);
    expect(f).toEqual({
      op: 'sum',
      vars: ['M'],
      body: {
        op: 'prod',
        factors: [
          { op: 'P', vars: ['M'], given: ['X'] },
          {
            op: 'sum',
            vars: ['X'],
            body: { op: 'prod', factors: [{ op: 'P', vars: ['Y'], given: ['M', 'X'] }, { op: 'P', vars: ['X'], given: [] }] },
          },
        ],
      },
    });
    expect(exprToTex(f)).toContain("X'");
  });

  it('conditions every term on selected nodes and refuses latent nodes', () => {
    const g = graphFromLists({
      directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y'], ['Y', 'S'], ['U', 'Z']],
      roles: { ...roles, selected: ['S'], latent: ['U'] },
    });
    expect(adjustmentFormula(g, ['Z'])).toEqual({
      op: 'sum',
      vars: ['Z'],
      body: { op: 'prod', factors: [{ op: 'P', vars: ['Y'], given: ['S', 'X', 'Z'] }, { op: 'P', vars: ['Z'], given: ['S'] }] },
    });
    expect(() => adjustmentFormula(g, ['U'])).toThrow(/latent/);
    expect(() => frontdoorFormula(g, ['X'])).toThrow(/exposure/);
  });
});

/** Pearl's back-door criterion for one exposure, checked by d-separation in G_X̲. */
function satisfiesBackdoor(graph: CausalGraph, z: string[]): boolean {
  const ig = indexGraph(graph);
  const at = (id: string) => ig.indexOf.get(id as NodeId)!;
  const x = at('X');
  const de = descendantsMask(ig, [x]);
  if (z.some((v) => de[at(v)])) return false;
  const cut: IndexedGraph = {
    ...ig,
    children: ig.children.map((cs, v) => (v === x ? [] : cs)),
    parents: ig.parents.map((ps) => ps.filter((p) => p !== x)),
  };
  return isDSeparated(cut, [x], [at('Y')], z.map(at));
}

function randomCase(rng: Rng): CausalGraph {
  const n = randomInt(rng, 3, 7);
  const base = randomAdmg(rng, { n, pDirected: 0.25 + 0.3 * rng(), pBidirected: 0.25 * rng(), prefix: 'V' });
  const ids = base.nodes.map((v) => v.id as string);
  const [xId, yId] = [...ids].sort(() => rng() - 0.5);
  const rename = (id: string) => (id === xId ? 'X' : id === yId ? 'Y' : id);
  const others = ids.filter((v) => v !== xId && v !== yId);
  return graphFromLists({
    nodes: ids.map(rename),
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [rename(e.from), rename(e.to)] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [rename(e.from), rename(e.to)] as [string, string]),
    roles: { ...roles, latent: others.filter(() => rng() < 0.15) },
  });
}

const subsets = (items: string[]) =>
  Array.from({ length: 1 << items.length }, (_, m) => items.filter((_, i) => m & (1 << i)));

describe('formulas equal the interventional truth on random binary SCMs', () => {
  it('adjustment with every back-door set and front-door with every front-door set (seed 77001)', () => {
    const rng = mulberry32(77001);
    let adjustmentChecked = 0;
    let frontdoorChecked = 0;
    let invalidDetected = 0;
    for (let trial = 0; trial < 160; trial++) {
      const graph = randomCase(rng);
      const observed = graph.nodes.filter((v) => !v.roles.includes('latent')).map((v) => v.id as string);
      const candidates = observed.filter((v) => v !== 'X' && v !== 'Y');
      const backdoor = subsets(candidates).filter((z) => satisfiesBackdoor(graph, z));
      const frontdoor = frontdoorSets(graph, { max: 8 }).sets.map((s) => s as string[]);
      const invalidAdjustment = subsets(candidates).find((z) => !satisfiesBackdoor(graph, z));
      const scm = randomBinaryScm(graph, rng, trial % 2 === 0 ? 2 : 3);
      const query = { y: ['Y'], x: ['X'], z: [] };
      const context = `trial ${trial}: ${graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).join(' ')}`;
      const formulas = [...backdoor.map((z) => adjustmentFormula(graph, z)), ...frontdoor.map((z) => frontdoorFormula(graph, z))];
      for (const [i, result] of formulaError(scm, query, formulas).entries()) {
        expect(result.error, `${context} formula ${i}`).toBeLessThanOrEqual(1e-9);
      }
      adjustmentChecked += backdoor.length;
      frontdoorChecked += frontdoor.length;
      if (invalidAdjustment && frontdoor.length === 0 && backdoor.length === 0) {
        const [wrong] = formulaError(scm, query, [adjustmentFormula(graph, invalidAdjustment)]);
        if (wrong.error > 1e-6) invalidDetected++;
      }
    }
    expect(adjustmentChecked).toBeGreaterThan(150);
    expect(frontdoorChecked).toBeGreaterThan(40);
    // When X → Y is not identifiable by either formula, adjusting for a wrong set must show an error.
    expect(invalidDetected).toBeGreaterThan(5);
  });
});
