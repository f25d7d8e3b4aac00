import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';

const files: Record<string, string> = {
  'confounding.dag': 'dag { X [exposure] Y [outcome] Z -> X Z -> Y X -> Y }',
  'cycle.dag': 'dag { A -> B B -> C C -> A }',
  'broken.dag': 'dag {\n  A -> B\n  "unterminated\n}',
  'chain.dag': 'dag { A -> B -> C }',
};

function cli(args: string[], stdin = '') {
  return runCli(args, {
    readText: async (path) => {
      if (path === '-') return stdin;
      if (path in files) return files[path];
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
  });
}

const json = async (args: string[], stdin?: string) => {
  const out = await cli(args, stdin);
  return { code: out.code, value: JSON.parse(out.stdout) };
};

describe('cli: errors', () => {
  it('prints an error object and exits 1 for an unknown command, option or file', async () => {
    for (const args of [['frobnicate'], ['dsep', 'chain.dag', '--bogus', '1'], ['dsep', 'nope.dag', '--x', 'A', '--y', 'C']]) {
      const out = await json(args);
      expect(out.code).toBe(1);
      expect(typeof out.value.error.message).toBe('string');
      expect(out.value.error.message).not.toMatch(/at .*\.ts:\d+/);
    }
  });
  it('locates a syntax error by line and column', async () => {
    const out = await json(['analyze', 'broken.dag']);
    expect(out.code).toBe(1);
    expect(out.value.error.line).toBe(3);
    expect(out.value.error.column).toBeGreaterThanOrEqual(1);
    expect(out.value.error.message).toMatch(/broken\.dag:3:/);
  });
  it('rejects an unknown node id with a sentence', async () => {
    const out = await json(['dsep', 'chain.dag', '--x', 'A', '--y', 'Q']);
    expect(out.code).toBe(1);
    expect(out.value.error.message).toMatch(/Q/);
  });
});

describe('cli: analyze', () => {
  it('reports graph, roles and acyclicity with every key present', async () => {
    const { code, value } = await json(['analyze', 'confounding.dag']);
    expect(code).toBe(0);
    expect(value.format).toBe('causeway.report/1');
    expect(value.graph).toEqual({ nodes: ['X', 'Y', 'Z'], directed: [['X', 'Y'], ['Z', 'X'], ['Z', 'Y']], bidirected: [] });
    expect(value.roles).toEqual({ exposure: ['X'], outcome: ['Y'], adjusted: [], latent: [], selected: [] });
    expect(value.acyclic).toBe(true);
    expect(value.cycle).toBeNull();
    for (const key of ['labels', 'adjustment', 'frontdoor', 'instruments', 'implications', 'identification']) {
      expect(value).toHaveProperty(key);
    }
    expect(value).not.toHaveProperty('timing_ms');
    expect(value.labels).toEqual({ Z: ['confounder'] });
    expect(value.adjustment.total.minimal).toEqual([['Z']]);
    expect(value.adjustment.given).toEqual({ set: [], valid: false, open_paths: [['X', 'Z', 'Y']] });
    expect(value.identification.identifiable).toBe(true);
    expect(value.identification.strategy).toEqual({ kind: 'adjustment', set: ['Z'] });
  });
  it('reports a role the analyses cannot use as a warning and keeps the rest', async () => {
    const { code, value } = await json(['analyze', '-'], 'dag { X [exposure,outcome] Z -> X W -> Z }');
    expect(code).toBe(0);
    expect(value.adjustment).toBeNull();
    expect(value.warnings.join(' ')).toMatch(/"X" is both an exposure and an outcome/);
    expect(value.implications).toEqual([{ x: 'W', y: 'X', given: ['Z'] }]);
  });
  it('leaves exposure-dependent analyses null when the graph has no exposure', async () => {
    const { value } = await json(['analyze', 'chain.dag']);
    for (const key of ['labels', 'adjustment', 'frontdoor', 'instruments', 'identification']) expect(value[key]).toBeNull();
    expect(value.implications).toEqual([{ x: 'A', y: 'C', given: ['B'] }]);
  });
  it('reports a cycle as its node sequence and no analyses', async () => {
    const { code, value } = await json(['analyze', 'cycle.dag']);
    expect(code).toBe(0);
    expect(value.acyclic).toBe(false);
    expect(value.cycle[0]).toBe(value.cycle[value.cycle.length - 1]);
    expect(new Set(value.cycle)).toEqual(new Set(['A', 'B', 'C']));
    expect(value.adjustment).toBeNull();
  });
  it('prints one line per file, an error line for a bad one, and timings on request', async () => {
    const out = await cli(['analyze', 'chain.dag', 'broken.dag', 'confounding.dag', '--timing', '--repeat', '3']);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].graph.nodes).toEqual(['A', 'B', 'C']);
    expect(lines[1].file).toBe('broken.dag');
    expect(lines[1].error.line).toBe(3);
    expect(lines[2].timing_ms.total).toBeGreaterThanOrEqual(0);
    expect(lines[2].timing_ms).toHaveProperty('parse');
  });
  it('reads stdin for -', async () => {
    const { value } = await json(['analyze', '-'], 'a -> b');
    expect(value.graph.directed).toEqual([['a', 'b']]);
  });
});

describe('cli: dsep and paths', () => {
  it('answers separation with an open path witness', async () => {
    expect((await json(['dsep', 'chain.dag', '--x', 'A', '--y', 'C', '--given', 'B'])).value).toMatchObject({
      separated: true,
      open_path: null,
    });
    expect((await json(['dsep', 'chain.dag', '--x', 'A', '--y', 'C'])).value).toMatchObject({
      separated: false,
      open_path: ['A', 'B', 'C'],
    });
  });
  it('lists paths with causal and open flags', async () => {
    const { value } = await json(['paths', 'confounding.dag', '--from', 'X', '--to', 'Y', '--given', 'Z']);
    expect(value.truncated).toBe(false);
    expect(value.paths.map((p: { nodes: string[]; causal: boolean; open: boolean }) => [p.nodes.join(''), p.causal, p.open])).toEqual([
      ['XY', true, true],
      ['XZY', false, false],
    ]);
    const capped = await json(['paths', 'confounding.dag', '--from', 'X', '--to', 'Y', '--max', '1']);
    expect(capped.value.paths).toHaveLength(1);
    expect(capped.value.truncated).toBe(true);
  });
});

describe('cli: batch', () => {
  it('answers each line in order and keeps going after a bad line', async () => {
    const input = [
      JSON.stringify({ command: 'dsep', model: 'dag { A -> B -> C }', x: ['A'], y: ['C'], given: ['B'] }),
      'not json',
      JSON.stringify({ command: 'dsep', model: 'dag { A -> B -> C }', x: ['A'], y: ['C'], colour: 'red' }),
      '',
      JSON.stringify({ command: 'analyze', model: 'dag { A -> B }' }),
      JSON.stringify({ command: 'dsep', model: 'dag { A -> ', x: ['A'], y: ['B'] }),
    ].join('\n');
    const out = await cli(['batch'], input);
    expect(out.code).toBe(0);
    const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatchObject({ separated: true });
    expect(lines[1].error.message).toMatch(/line 2: not valid JSON/);
    expect(lines[2].error.message).toMatch(/no option "colour"/);
    expect(lines[3].format).toBe('causeway.report/1');
    expect(lines[4].error.line).toBe(1);
  });
});

describe('cli: export', () => {
  it('converts to model code that reads back to the same graph, and to JSON, DOT, TikZ, networkx and SVG', async () => {
    const dag = await cli(['export', 'confounding.dag', '--to', 'dagitty']);
    expect(dag.code).toBe(0);
    expect(dag.stdout).toBe('dag {\nX [exposure]\nY [outcome]\nZ\nX -> Y\nZ -> X\nZ -> Y\n}\n');
    files['roundtrip.dag'] = dag.stdout;
    expect((await json(['analyze', 'roundtrip.dag'])).value.graph).toEqual((await json(['analyze', 'confounding.dag'])).value.graph);
    const doc = JSON.parse((await cli(['export', 'confounding.dag', '--to', 'json'])).stdout);
    expect(doc.format).toBe('causeway/1');
    files['doc.json'] = JSON.stringify(doc);
    expect((await json(['analyze', 'doc.json'])).value.roles.exposure).toEqual(['X']);
    expect((await cli(['export', 'confounding.dag', '--to', 'dot'])).stdout).toMatch(/^digraph \{/);
    expect((await cli(['export', 'confounding.dag', '--to', 'tikz'])).stdout).toContain('\\begin{tikzpicture}');
    expect((await cli(['export', 'confounding.dag', '--to', 'networkx'])).stdout).toContain('nx.DiGraph()');
    expect((await cli(['export', 'confounding.dag', '--to', 'svg'])).stdout).toContain('<svg');
  });
  it('refuses an unknown format', async () => {
    const out = await json(['export', 'confounding.dag', '--to', 'pdf']);
    expect(out.code).toBe(1);
    expect(out.value.error.message).toMatch(/--to must be one of/);
  });
});
