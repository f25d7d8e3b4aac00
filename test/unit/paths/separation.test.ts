import { describe, expect, it } from 'vitest';
import { type CausalGraph, dSeparation, graphFromLists, InputError, isInputError } from '../../../src/engine';

const chain = graphFromLists({ directed: [['A', 'B'], ['B', 'C']] });
const fork = graphFromLists({ directed: [['B', 'A'], ['B', 'C']] });
const collider = graphFromLists({ directed: [['A', 'B'], ['C', 'B'], ['B', 'D']] });
// M-bias: the back-door path X <- U1 -> M <- U2 -> Y is closed until M is conditioned on.
const mBias = graphFromLists({ directed: [['U1', 'X'], ['U1', 'M'], ['U2', 'M'], ['U2', 'Y']] });

function inputError(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    expect(isInputError(error)).toBe(true);
    return error as InputError;
  }
  throw new Error('expected an InputError');
}

describe('dSeparation on textbook graphs', () => {
  it('chain: open, blocked by the middle node', () => {
    expect(dSeparation(chain, ['A'], ['C'], [])).toEqual({
      separated: false,
      openPath: ['A', 'B', 'C'],
      openPathEdges: ['->', '->'],
      given: [],
    });
    expect(dSeparation(chain, ['A'], ['C'], ['B']).separated).toBe(true);
  });

  it('fork: open, blocked by the common cause', () => {
    expect(dSeparation(fork, ['A'], ['C']).openPathEdges).toEqual(['<-', '->']);
    expect(dSeparation(fork, ['A'], ['C'], ['B']).separated).toBe(true);
  });

  it('collider: blocked, opened by the collider or its descendant', () => {
    expect(dSeparation(collider, ['A'], ['C'])).toMatchObject({ separated: true, openPath: null });
    expect(dSeparation(collider, ['A'], ['C'], ['B'])).toMatchObject({
      separated: false,
      openPath: ['A', 'B', 'C'],
      openPathEdges: ['->', '<-'],
    });
    expect(dSeparation(collider, ['A'], ['C'], ['D'])).toMatchObject({ separated: false, openPath: ['A', 'B', 'C'] });
  });

  it('M-bias: separated by the empty set, opened by M, closed again by M and U1', () => {
    expect(dSeparation(mBias, ['X'], ['Y']).separated).toBe(true);
    expect(dSeparation(mBias, ['X'], ['Y'], ['M']).openPath).toEqual(['X', 'U1', 'M', 'U2', 'Y']);
    expect(dSeparation(mBias, ['X'], ['Y'], ['M', 'U1']).separated).toBe(true);
  });

  it('bow arc: a bidirected edge is never blocked', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']] });
    expect(dSeparation(bow, ['X'], ['Y']).separated).toBe(false);
    const confoundedOnly = graphFromLists({ nodes: ['X', 'Y', 'Z'], bidirected: [['X', 'Y']], directed: [['Z', 'Y']] });
    expect(dSeparation(confoundedOnly, ['X'], ['Y'], ['Z'])).toMatchObject({ openPath: ['X', 'Y'], openPathEdges: ['<->'] });
    // X <-> M <- Z: M is a collider on the bidirected path.
    const viaCollider = graphFromLists({ bidirected: [['X', 'M']], directed: [['Z', 'M']] });
    expect(dSeparation(viaCollider, ['X'], ['Z']).separated).toBe(true);
    expect(dSeparation(viaCollider, ['X'], ['Z'], ['M']).openPathEdges).toEqual(['<->', '<-']);
  });

  it('a selected node is always conditioned on: selection bias opens the collider', () => {
    const selection = graphFromLists({ directed: [['A', 'S'], ['B', 'S']], roles: { selected: ['S'] } });
    expect(dSeparation(selection, ['A'], ['B'])).toEqual({
      separated: false,
      openPath: ['A', 'S', 'B'],
      openPathEdges: ['->', '<-'],
      given: ['S'],
    });
    // Naming it in `given` as well is harmless.
    expect(dSeparation(selection, ['A'], ['B'], ['S']).given).toEqual(['S']);
  });

  it('sets of several nodes; given is reported sorted', () => {
    const g = graphFromLists({ directed: [['A', 'C'], ['B', 'C'], ['C', 'D'], ['C', 'E']] });
    expect(dSeparation(g, ['B', 'A'], ['E', 'D'], ['C']).separated).toBe(true);
    expect(dSeparation(g, ['A', 'B'], ['D', 'E'], []).separated).toBe(false);
    expect(dSeparation(g, ['A'], ['B'], ['E', 'D']).given).toEqual(['D', 'E']);
  });
});

describe('dSeparation refuses bad queries with an InputError', () => {
  it('unknown ids, naming the set', () => {
    expect(inputError(() => dSeparation(chain, ['Q'], ['C'])).message).toBe('unknown node "Q" in X');
    expect(inputError(() => dSeparation(chain, ['A'], ['Q'])).message).toBe('unknown node "Q" in Y');
    expect(inputError(() => dSeparation(chain, ['A'], ['C'], ['Q'])).message).toBe(
      'unknown node "Q" in the conditioning set',
    );
  });

  it('empty X or Y', () => {
    expect(inputError(() => dSeparation(chain, [], ['C'])).message).toBe('X is empty: name at least one node');
    expect(inputError(() => dSeparation(chain, ['A'], [])).message).toBe('Y is empty: name at least one node');
  });

  it('overlapping X, Y and the conditioning set', () => {
    expect(inputError(() => dSeparation(chain, ['A'], ['A'])).message).toBe('"A" is in both X and Y; they must not overlap');
    expect(inputError(() => dSeparation(chain, ['A'], ['C'], ['C'])).message).toBe(
      '"C" is in both Y and the conditioning set; they must not overlap',
    );
    expect(inputError(() => dSeparation(chain, ['A', 'B'], ['C'], ['B'])).message).toContain('"B" is in both X and');
  });

  it('a selected node in X or Y, a latent node conditioned on', () => {
    const g = graphFromLists({ directed: [['A', 'S'], ['U', 'A'], ['U', 'B']], roles: { selected: ['S'], latent: ['U'] } });
    expect(inputError(() => dSeparation(g, ['S'], ['B'])).message).toBe(
      '"S" is selected (always conditioned on), so it cannot be in X',
    );
    expect(inputError(() => dSeparation(g, ['A'], ['B'], ['U'])).message).toBe(
      '"U" is latent (unobserved): it cannot be conditioned on',
    );
    // A latent node may still be an endpoint of a separation question.
    expect(dSeparation(g, ['U'], ['B']).openPath).toEqual(['U', 'B']);
  });

  it('a cycle, printed as a cycle', () => {
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A']], nodes: ['A', 'B', 'C', 'D'] });
    expect(inputError(() => dSeparation(cyclic, ['A'], ['D'])).message).toBe('the graph has a cycle: A → B → C → A');
  });

  it('undirected edges', () => {
    const pdag: CausalGraph = graphFromLists({ type: 'pdag', undirected: [['A', 'B']], directed: [['B', 'C']] });
    expect(inputError(() => dSeparation(pdag, ['A'], ['C'])).message).toContain('needs a DAG or ADMG');
  });
});
