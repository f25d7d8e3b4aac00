import { describe, expect, it } from 'vitest';
import { graphFromLists, instrumentsReport } from '../../../src/engine';

const roles = { exposure: ['X'], outcome: ['Y'] };

describe('instruments: golden cases', () => {
  it('the textbook IV graph Z → X → Y with X ↔ Y', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y']], bidirected: [['X', 'Y']], roles });
    expect(instrumentsReport(g)).toEqual([{ instrument: 'Z', given: [] }]);
  });

  it('a conditional instrument: Z is valid given W when W confounds Z and Y', () => {
    const g = graphFromLists({
      directed: [['W', 'Z'], ['W', 'Y'], ['Z', 'X'], ['X', 'Y']],
      bidirected: [['X', 'Y']],
      roles,
    });
    expect(instrumentsReport(g)).toEqual([{ instrument: 'Z', given: ['W'] }]);
  });

  it('the confounder of Z and Y cannot be used when it is latent, nor a mediator ever', () => {
    const g = graphFromLists({
      directed: [['W', 'Z'], ['W', 'Y'], ['Z', 'X'], ['X', 'M'], ['M', 'Y']],
      bidirected: [['X', 'Y']],
      roles: { ...roles, latent: ['W'] },
    });
    expect(instrumentsReport(g)).toEqual([]);
  });

  it('is null without exactly one exposure and one outcome', () => {
    expect(instrumentsReport(graphFromLists({ directed: [['Z', 'X'], ['X', 'Y']] }))).toBeNull();
    const two = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y'], ['A', 'Y']], roles: { exposure: ['X', 'A'], outcome: ['Y'] } });
    expect(instrumentsReport(two)).toBeNull();
  });
});
