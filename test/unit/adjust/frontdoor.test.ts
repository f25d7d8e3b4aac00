import { describe, expect, it } from 'vitest';
import {
  findFrontdoorSetIds,
  frontdoorReport,
  frontdoorSets,
  graphFromLists,
  isFrontdoorSet,
  iterateFrontdoorSets,
  minimalFrontdoorSetIds,
} from '../../../src/engine';

const roles = { exposure: ['X'], outcome: ['Y'] };

describe('front-door sets: golden cases', () => {
  it('Pearl’s front-door graph has exactly {M}', () => {
    const g = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']], roles });
    expect(frontdoorSets(g)).toEqual({ sets: [['M']], truncated: false });
    expect(frontdoorReport(g)).toEqual({ sets: [['M']], truncated: false });
    expect(isFrontdoorSet(g, ['M'])).toBe(true);
    expect(isFrontdoorSet(g, [])).toBe(false);
  });

  it('needs both mediators when the effect runs through two parallel paths (DoWhy #971 shape)', () => {
    const g = graphFromLists({
      directed: [['X', 'M'], ['X', 'R'], ['M', 'Y'], ['R', 'Y']],
      bidirected: [['X', 'Y']],
      roles,
    });
    expect(frontdoorSets(g).sets).toEqual([['M', 'R']]);
    expect(minimalFrontdoorSetIds(g)).toEqual(['M', 'R']);
  });

  it('distinguishes "no set" ([]) from "the empty set works" ([[]])', () => {
    const none = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles });
    expect(frontdoorSets(none)).toEqual({ sets: [], truncated: false });
    expect(findFrontdoorSetIds(none)).toBeNull();
    const empty = graphFromLists({ nodes: ['X', 'Y'], roles });
    expect(frontdoorSets(empty)).toEqual({ sets: [[]], truncated: false });
  });

  it('never puts a latent mediator in a set', () => {
    const g = graphFromLists({
      directed: [['X', 'M'], ['M', 'Y']],
      bidirected: [['X', 'Y']],
      roles: { ...roles, latent: ['M'] },
    });
    expect(frontdoorSets(g).sets).toEqual([]);
  });

  it('drops a candidate whose back-door path runs through a node entered by its own outgoing edge', () => {
    // Z is reached from Y through Z -> W first (parked), then proven open through Z <- U -> Y;
    // only then does the walk Z2 <-> Z -> W -> Y open, so Z2 is no front-door set.
    const g = graphFromLists({
      directed: [['X', 'Z2'], ['Z2', 'Y'], ['U', 'Z'], ['U', 'Y'], ['Z', 'W'], ['W', 'Y']],
      bidirected: [['Z2', 'Z']],
      roles: { ...roles, latent: ['U', 'W'] },
    });
    expect(findFrontdoorSetIds(g)).toBeNull();
    expect(frontdoorSets(g).sets).toEqual([]);
  });

  it('finds a minimal set where dropping single nodes from the maximal one gets stuck', () => {
    // {A, B} is valid but neither {A} nor {B} is; ∅ is, because X has no directed path to Y.
    const g = graphFromLists({ directed: [['A', 'Y'], ['B', 'Y']], bidirected: [['A', 'B']], nodes: ['X'], roles });
    expect(frontdoorSets(g).sets).toEqual([[], ['A', 'B']]);
    expect(minimalFrontdoorSetIds(g)).toEqual([]);
  });

  it('honours must-include and may-include constraints and caps the listing', () => {
    const g = graphFromLists({
      directed: [['X', 'M1'], ['M1', 'M2'], ['M2', 'Y'], ['X', 'N'], ['N', 'M2']],
      bidirected: [['X', 'Y']],
      roles,
    });
    expect(frontdoorSets(g).sets).toEqual([['M1', 'M2'], ['M1', 'M2', 'N'], ['M1', 'N'], ['M2'], ['M2', 'N']]);
    expect(frontdoorSets(g, { must: ['N'] }).sets).toEqual([['M1', 'M2', 'N'], ['M1', 'N'], ['M2', 'N']]);
    expect(frontdoorSets(g, { allowed: ['M1', 'N'] }).sets).toEqual([['M1', 'N']]);
    expect(frontdoorSets(g, { max: 2 })).toEqual({ sets: [['M1', 'M2'], ['M1', 'M2', 'N']], truncated: true });
    expect([...iterateFrontdoorSets(g)]).toEqual(frontdoorSets(g).sets);
    expect(minimalFrontdoorSetIds(g)).toEqual(['M2']);
  });

  it('report is null without exposure or outcome, with selection, or with a cycle', () => {
    expect(frontdoorReport(graphFromLists({ directed: [['X', 'Y']] }))).toBeNull();
    expect(
      frontdoorReport(graphFromLists({ directed: [['X', 'Y'], ['Y', 'S']], roles: { ...roles, selected: ['S'] } })),
    ).toBeNull();
    expect(frontdoorReport(graphFromLists({ directed: [['X', 'Y'], ['Y', 'X']], roles }))).toBeNull();
    expect(() => frontdoorSets(graphFromLists({ directed: [['X', 'Y']], roles }), { must: ['X'] })).toThrow(/exposure/);
  });
});
