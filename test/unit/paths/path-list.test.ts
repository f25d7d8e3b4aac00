import { describe, expect, it } from 'vitest';
import { explainPath, graphFromLists, isInputError, listPaths } from '../../../src/engine';

// X -> M -> Y (mediated), X <- Z -> Y (confounded), X -> C <- Y (collider), C -> D.
const triangle = graphFromLists({
  directed: [['X', 'M'], ['M', 'Y'], ['Z', 'X'], ['Z', 'Y'], ['X', 'C'], ['Y', 'C'], ['C', 'D']],
});

function message(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(isInputError(error)).toBe(true);
    return (error as Error).message;
  }
  throw new Error('expected an InputError');
}

describe('listPaths', () => {
  it('lists a mediator, a confounder and a collider path, shortest first then by ids', () => {
    expect(listPaths(triangle, 'X', 'Y').paths).toEqual([
      { nodes: ['X', 'C', 'Y'], edges: ['->', '<-'], causal: false, open: false },
      { nodes: ['X', 'M', 'Y'], edges: ['->', '->'], causal: true, open: true },
      { nodes: ['X', 'Z', 'Y'], edges: ['<-', '->'], causal: false, open: true },
    ]);
  });

  it('marks paths open given a set, with a collider descendant opening the collider', () => {
    const given = listPaths(triangle, 'X', 'Y', ['Z', 'D']);
    expect(given.paths.map((p) => p.open)).toEqual([true, true, false]);
    expect(given.given).toEqual(['D', 'Z']);
  });

  it('bow arc: two paths over the same nodes, the directed edge first', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']] });
    expect(listPaths(bow, 'X', 'Y').paths).toEqual([
      { nodes: ['X', 'Y'], edges: ['->'], causal: true, open: true },
      { nodes: ['X', 'Y'], edges: ['<->'], causal: false, open: true },
    ]);
    expect(listPaths(bow, 'Y', 'X').paths.map((p) => p.edges)).toEqual([['<-'], ['<->']]);
  });

  it('breaks ties by plain code-unit order of ids, not by locale or number', () => {
    // Code units: "Z" < "a" < "a10" < "a9" < "b".
    const g = graphFromLists({
      directed: [['S', 'b'], ['S', 'a9'], ['S', 'a10'], ['S', 'a'], ['S', 'Z'], ['b', 'T'], ['a9', 'T'], ['a10', 'T'], ['a', 'T'], ['Z', 'T']],
    });
    expect(listPaths(g, 'S', 'T').paths.map((p) => p.nodes[1])).toEqual(['Z', 'a', 'a10', 'a9', 'b']);
  });

  it('caps the listing and says so', () => {
    const capped = listPaths(triangle, 'X', 'Y', [], { max: 2 });
    expect(capped.paths.map((p) => p.nodes)).toEqual([
      ['X', 'C', 'Y'],
      ['X', 'M', 'Y'],
    ]);
    expect(capped.truncated).toBe(true);
    expect(listPaths(triangle, 'X', 'Y', [], { max: 3 }).truncated).toBe(false);
    expect(listPaths(triangle, 'X', 'Y', [], { max: 0 })).toMatchObject({ paths: [], truncated: true });
  });

  it('no path at all is an empty, untruncated list', () => {
    const apart = graphFromLists({ nodes: ['A', 'B'] });
    expect(listPaths(apart, 'A', 'B', [], { max: 0 })).toEqual({ paths: [], truncated: false, given: [] });
  });

  it('conditions on selected nodes', () => {
    const g = graphFromLists({ directed: [['A', 'S'], ['B', 'S']], roles: { selected: ['S'] } });
    expect(listPaths(g, 'A', 'B')).toEqual({
      paths: [{ nodes: ['A', 'S', 'B'], edges: ['->', '<-'], causal: false, open: true }],
      truncated: false,
      given: ['S'],
    });
  });

  it('refuses bad queries', () => {
    expect(message(() => listPaths(triangle, 'X', 'X'))).toBe('from and to are the same node "X"');
    expect(message(() => listPaths(triangle, 'Q', 'Y'))).toBe('unknown node "Q" in from');
    expect(message(() => listPaths(triangle, 'X', 'Y', ['Y']))).toBe(
      '"Y" is in both to and the conditioning set; they must not overlap',
    );
    expect(message(() => listPaths(triangle, 'X', 'Y', [], { max: -1 }))).toContain('whole number');
    expect(message(() => listPaths(triangle, 'X', 'Y', [], { max: 1.5 }))).toContain('whole number');
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'A']] });
    expect(message(() => listPaths(cyclic, 'A', 'B'))).toBe('the graph has a cycle: A → B → A');
  });
});

describe('explainPath', () => {
  it('names a conditioned mediator as the blocking node', () => {
    const why = explainPath(triangle, { nodes: ['X', 'M', 'Y'], edges: ['->', '->'] }, ['M']);
    expect(why).toEqual({
      open: false,
      causal: true,
      interior: [{ id: 'M', kind: 'chain', conditioned: true, open: false, openedBy: null }],
      colliders: [],
      blockedAt: ['M'],
      given: ['M'],
    });
  });

  it('a fork is open until conditioned on', () => {
    const path = { nodes: ['X', 'Z', 'Y'], edges: ['<-', '->'] } as const;
    expect(explainPath(triangle, { ...path, edges: [...path.edges] }).interior[0]).toMatchObject({ kind: 'fork', open: true });
    expect(explainPath(triangle, { ...path, edges: [...path.edges] }, ['Z']).blockedAt).toEqual(['Z']);
  });

  it('says which conditioned node opens a collider', () => {
    const path = { nodes: ['X', 'C', 'Y'], edges: ['->', '<-'] as ('->' | '<-')[] };
    expect(explainPath(triangle, path)).toMatchObject({ open: false, colliders: ['C'], blockedAt: ['C'] });
    expect(explainPath(triangle, path, ['D']).interior[0]).toEqual({
      id: 'C',
      kind: 'collider',
      conditioned: false,
      open: true,
      openedBy: 'D',
    });
    expect(explainPath(triangle, path, ['C', 'D']).interior[0].openedBy).toBe('C');
  });

  it('refuses something that is not a path of the graph', () => {
    expect(message(() => explainPath(triangle, { nodes: ['X', 'Y'], edges: ['->'] }))).toBe('the graph has no edge X -> Y');
    expect(message(() => explainPath(triangle, { nodes: ['X', 'M', 'X'], edges: ['->', '<-'] }))).toBe(
      'the path visits a node twice',
    );
    expect(message(() => explainPath(triangle, { nodes: ['X'], edges: [] }))).toBe('a path needs at least two nodes');
    expect(message(() => explainPath(triangle, { nodes: ['X', 'M'], edges: ['->'] }, ['X']))).toContain('is in both');
  });
});
