import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { graphFromLists, identificationReport } from '../../../src/engine';

const files: Record<string, string> = {
  'frontdoor.dag': 'dag { X [exposure] Y [outcome] X -> Z -> Y X <-> Y }',
  'bow.dag': 'dag { X -> Y X <-> Y }',
  'cycle.dag': 'dag { A -> B B -> C C -> A }',
};

async function cli(args: string[]) {
  const out = await runCli(args, {
    readText: async (path) => {
      if (path in files) return files[path];
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
  });
  return { code: out.code, value: JSON.parse(out.stdout) };
}

describe('cli: identify', () => {
  it('prints the formula, tree, strategy and steps', async () => {
    const out = await cli(['identify', 'frontdoor.dag', '--y', 'Y', '--x', 'X']);
    expect(out.code).toBe(0);
    expect(Object.keys(out.value).sort()).toEqual(['expression', 'hedge', 'identifiable', 'steps', 'strategy', 'tex']);
    expect(out.value.identifiable).toBe(true);
    expect(out.value.tex).toBe("\\sum_{Z} P(Z \\mid X) \\left(\\sum_{X'} P(Y \\mid X', Z) P(X')\\right)");
    expect(out.value.strategy).toEqual({ kind: 'frontdoor', set: ['Z'] });
    expect(out.value.hedge).toBeNull();
    expect(out.value.steps.at(-1).rule).toBe('frontdoor');
  });
  it('prints the hedge for a non-identifiable effect', async () => {
    const out = await cli(['identify', 'bow.dag', '--y', 'Y', '--x', 'X']);
    expect(out.value).toMatchObject({ identifiable: false, tex: '', expression: null, strategy: { kind: 'none' } });
    expect(out.value.hedge).toEqual({ F: ['X', 'Y'], Fprime: ['Y'], roots: ['Y'], query: { y: ['Y'], x: ['X'] } });
  });
  it('reports user errors as JSON with exit code 1', async () => {
    for (const args of [
      ['identify', 'bow.dag', '--y', 'Y', '--x', 'Q'],
      ['identify', 'bow.dag', '--y', 'Y'],
      ['identify', 'cycle.dag', '--y', 'A', '--x', 'B'],
      ['identify', 'bow.dag', '--y', 'Y', '--x', 'Y'],
    ]) {
      const out = await cli(args);
      expect(out.code, args.join(' ')).toBe(1);
      expect(typeof out.value.error.message).toBe('string');
    }
  });
});

describe('identificationReport', () => {
  it('uses the exposure and outcome roles, and is null without them', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(identificationReport(g)).toMatchObject({
      identifiable: true,
      tex: '\\sum_{Z} P(Y \\mid X, Z) P(Z)',
      hedge: null,
      strategy: { kind: 'adjustment', set: ['Z'] },
    });
    expect(identificationReport(graphFromLists({ directed: [['X', 'Y']] }))).toBeNull();
    const overlapping = graphFromLists({ directed: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['X'] } });
    expect(identificationReport(overlapping)).toBeNull();
  });
});
