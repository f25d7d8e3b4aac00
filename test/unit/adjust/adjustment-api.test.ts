/**
 * The id-level adjustment API: answers on small hand-checked graphs, refusals, caps and sentences.
 */
import { describe, expect, it } from 'vitest';
import {
  adjustmentReport,
  allAdjustmentSets,
  canonicalAdjustmentSet,
  checkAdjustmentSet,
  graphFromLists,
  InputError,
  iterateMinimalAdjustmentSets,
  minimalAdjustmentSets,
  optimalAdjustmentSet,
} from '../../../src/engine';

const triangle = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });

/** X and Y share k independent confounder chains C_i1 -> C_i2, each blocked by either node. */
function chains(k: number) {
  const directed: [string, string][] = [['X', 'Y']];
  for (let i = 0; i < k; i++) directed.push([`C${i}a`, 'X'], [`C${i}a`, `C${i}b`], [`C${i}b`, 'Y']);
  return graphFromLists({ directed, roles: { exposure: ['X'], outcome: ['Y'] } });
}

describe('adjustment API', () => {
  it('tells "no set" ([]) from "the empty set works" ([[]])', () => {
    const unconfounded = graphFromLists({ directed: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(minimalAdjustmentSets(unconfounded)).toEqual({ sets: [[]], truncated: false });
    expect(canonicalAdjustmentSet(unconfounded)).toEqual([]);
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(minimalAdjustmentSets(bow)).toEqual({ sets: [], truncated: false });
    expect(canonicalAdjustmentSet(bow)).toBeNull();
  });

  it('lists 2^k minimal sets for k confounding chains, capped with truncated', () => {
    const g = chains(4);
    const full = minimalAdjustmentSets(g);
    expect(full.sets).toHaveLength(16);
    expect(full.truncated).toBe(false);
    expect(full.sets[0]).toEqual(['C0a', 'C1a', 'C2a', 'C3a']);
    const capped = minimalAdjustmentSets(g, { max: 5 });
    expect(capped.sets).toHaveLength(5);
    expect(capped.truncated).toBe(true);
    expect(minimalAdjustmentSets(g, { max: 16 }).truncated).toBe(false);
    expect([...iterateMinimalAdjustmentSets(g)]).toHaveLength(16);
  });

  it('respects must and mustNot', () => {
    const g = chains(2);
    expect(minimalAdjustmentSets(g, { must: ['C0b'], mustNot: ['C1a'] }).sets).toEqual([['C0b', 'C1b']]);
    expect(minimalAdjustmentSets(g, { mustNot: ['C0a', 'C0b'] }).sets).toEqual([]);
    // A required node that is not needed still appears: minimality is relative to `must`.
    expect(minimalAdjustmentSets(triangle, { must: ['Z'] }).sets).toEqual([['Z']]);
  });

  it('handles several exposures and outcomes', () => {
    const g = graphFromLists({
      directed: [['C', 'X1'], ['C', 'Y1'], ['X1', 'X2'], ['X2', 'Y2'], ['D', 'X2'], ['D', 'Y2']],
      roles: { exposure: ['X1', 'X2'], outcome: ['Y1', 'Y2'] },
    });
    expect(minimalAdjustmentSets(g).sets).toEqual([['C', 'D']]);
    expect(optimalAdjustmentSet(g)).toEqual({ set: null, reason: expect.stringContaining('single exposure') });
  });

  it('lists all valid sets', () => {
    expect(allAdjustmentSets(chains(1)).sets).toEqual([['C0a'], ['C0a', 'C0b'], ['C0b']]);
  });

  it('explains a failing set in sentences', () => {
    const g = graphFromLists({
      directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'M'], ['M', 'Y'], ['M', 'D']],
      roles: { exposure: ['X'], outcome: ['Y'], latent: ['L'] },
      nodes: ['L'],
    });
    const check = checkAdjustmentSet(g, { set: ['D', 'L', 'X'] });
    expect(check.valid).toBe(false);
    expect(check.reasons).toEqual([
      '"X" is an exposure; an adjustment set cannot contain it.',
      '"L" is latent (unobserved), so it cannot be adjusted for.',
      '"D" is a descendant of the mediator "M"; adjusting for it biases the total effect.',
      'The non-causal path X ← Z → Y is open given {D, L}.',
    ]);
    expect(check.forbidden).toEqual([{ node: 'D', because: 'M', kind: 'descendant-of-mediator' }]);
    expect(check.containsLatent).toEqual(['L']);
    expect(check.containsExposureOrOutcome).toEqual(['X']);
    expect(checkAdjustmentSet(g, { set: ['Z'] })).toMatchObject({ valid: true, reasons: [], openPaths: [] });
  });

  it('refuses bad queries with InputError', () => {
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A'], ['A', 'Y']], roles: { exposure: ['A'], outcome: ['Y'] } });
    expect(() => minimalAdjustmentSets(cyclic)).toThrow(InputError);
    expect(() => adjustmentReport(cyclic)).toThrow(/cycle: A → B → C → A/);
    expect(() => checkAdjustmentSet(triangle, { set: ['nope'] })).toThrow(/unknown node "nope"/);
    expect(() => minimalAdjustmentSets(triangle, { must: ['Z'], mustNot: ['Z'] })).toThrow(InputError);
    expect(() => minimalAdjustmentSets(triangle, { exposures: ['X'], outcomes: ['X'] })).toThrow(/both an exposure and an outcome/);
    const noRoles = graphFromLists({ directed: [['X', 'Y']] });
    expect(() => minimalAdjustmentSets(noRoles)).toThrow(/no exposure/);
    expect(adjustmentReport(noRoles)).toBeNull();
  });

  it('accepts exposures and outcomes as options', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']] });
    expect(minimalAdjustmentSets(g, { exposures: ['X'], outcomes: ['Y'] }).sets).toEqual([['Z']]);
    expect(canonicalAdjustmentSet(g, { exposures: ['X'], outcomes: ['Y'], effect: 'direct' })).toEqual(['Z']);
  });
});
