import { describe, expect, it } from 'vitest';
import { graphFromLists, identify } from '../../../src/engine';
import { mulberry32 } from '../../support/random';
import { formulaError } from './support/numeric-check';
import { randomBinaryScm } from './support/random-scm';

// The "Collider and selection bias" example: the data were selected on S, a common effect of X and Y.
const selection = graphFromLists({ directed: [['X', 'Y'], ['X', 'S'], ['Y', 'S']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } });

describe('identification with selected nodes', () => {
  it('identifies the effect within the selected group and says so in a last step', () => {
    const result = identify(selection, { y: ['Y'], x: ['X'] });
    expect(result.identifiable).toBe(true);
    expect(result.given).toEqual(['S']);
    expect(result.queryTex).toBe('P(Y \\mid \\mathrm{do}(X), S)');
    expect(result.steps.at(-1)).toEqual({
      rule: 'selection',
      depth: 0,
      query: 'P(Y | do(X), S)',
      text: 'the data are selected on {S}, which is always conditioned on: this formula is the effect within the selected group, which can differ from the effect in the whole population',
    });
  });

  it('the formula is P(Y | do(X), S) on random models, and is not P(Y | do(X)) on them', () => {
    const formula = identify(selection, { y: ['Y'], x: ['X'] }).expression!;
    let largestPopulationError = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const scm = randomBinaryScm(selection, mulberry32(seed), 2);
      const [within] = formulaError(scm, { y: ['Y'], x: ['X'], z: ['S'] }, [formula]);
      expect(within.error, `seed ${seed}`).toBeLessThan(1e-9);
      const [population] = formulaError(scm, { y: ['Y'], x: ['X'], z: [] }, [formula]);
      largestPopulationError = Math.max(largestPopulationError, population.error);
    }
    expect(largestPopulationError).toBeGreaterThan(0.05);
  });

  it('adds no selection step without selected nodes, also when the query is conditioned', () => {
    const plain = graphFromLists({ directed: [['X', 'Y'], ['X', 'S'], ['Y', 'S']], roles: { exposure: ['X'], outcome: ['Y'] } });
    for (const given of [[], ['S']]) {
      const result = identify(plain, { y: ['Y'], x: ['X'], given });
      expect(result.identifiable).toBe(true);
      expect(result.steps.map((s) => s.rule)).not.toContain('selection');
    }
    const both = graphFromLists({
      directed: [['W', 'X'], ['X', 'Y'], ['X', 'S1'], ['Y', 'S2'], ['W', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'], selected: ['S1', 'S2'] },
    });
    const result = identify(both, { y: ['Y'], x: ['X'], given: ['W'] });
    expect(result.given).toEqual(['S1', 'S2', 'W']);
    expect(result.steps.at(-1)?.query).toBe('P(Y | do(X), S1, S2, W)');
    expect(result.steps.at(-1)?.text).toMatch(/^the data are selected on \{S1, S2\}, which are always conditioned on: /);
  });
});
