import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CausalGraph, type NodeId, serializeModelCode } from '../../../src/engine';
import { graphOf } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/model-code/${name}`, import.meta.url), 'utf8');
const n = (id: string, extra: object = {}) => ({ id: id as NodeId, roles: [], ...extra });
const g = (nodes: CausalGraph['nodes'], edges: CausalGraph['edges'] = [], extra: Partial<CausalGraph> = {}): CausalGraph => ({
  type: 'dag',
  nodes,
  edges,
  ...extra,
});
const e = (from: string, kind: CausalGraph['edges'][number]['kind'], to: string, extra: object = {}) => ({
  from: from as NodeId,
  to: to as NodeId,
  kind,
  ...extra,
});

describe('§8 canonical output', () => {
  it('the §1 graph is written exactly as DAGitty writes it', () => {
    expect(serializeModelCode(graphOf(fixture('smoking.dagitty')))).toBe(fixture('smoking.canonical.dagitty'));
  });

  it('the header-less example is written exactly as DAGitty writes it', () => {
    expect(serializeModelCode(graphOf('smoking -> cancer; age -> {smoking cancer}'))).toBe(
      'dag {\nage\ncancer\nsmoking\nage -> cancer\nage -> smoking\nsmoking -> cancer\n}\n',
    );
  });

  it('an empty graph is "dag {\\n\\n}\\n"', () => {
    expect(serializeModelCode(g([]))).toBe('dag {\n\n}\n');
  });

  it('vertices without edges leave a blank line before }', () => {
    expect(serializeModelCode(g([n('b'), n('a')]))).toBe('dag {\na\nb\n\n}\n');
  });

  it('unnamed header has a space before {, named header none', () => {
    expect(serializeModelCode(g([], [], { type: 'pdag' }))).toBe('pdag {\n\n}\n');
    expect(serializeModelCode(g([], [], { type: 'mag', name: 'M1' }))).toBe('mag M1{\n\n}\n');
  });

  it('a name that is not a plain word is quoted (Causeway reads it back)', () => {
    const text = serializeModelCode(g([], [], { name: 'my "dag"' }));
    expect(text).toBe('dag "my \\"dag\\""{\n\n}\n');
    expect(graphOf(text).name).toBe('my "dag"');
  });

  it('bb in the shortest number form', () => {
    expect(serializeModelCode(g([], [], { bb: [0, -0.5, 1.5, 100] }))).toBe('dag {\nbb="0,-0.5,1.5,100"\n\n}\n');
  });

  it('ids are bare when they match [0-9A-Za-z_.]+, otherwise quoted with " escaped and \\ kept', () => {
    const text = serializeModelCode(g(['x', 'a.b_1', '-2', 'a b', 'é', '', 'say "hi"', 'back\\slash'].map((id) => n(id))));
    expect(text.split('\n').slice(1, -3)).toEqual(['""', '"-2"', '"a b"', '"back\\slash"', '"say \\"hi\\""', '"é"', 'a.b_1', 'x']);
  });

  it('vertex lines sort by code units: quoted ids, digits, upper case, _, lower case', () => {
    const text = serializeModelCode(g(['b', '_z', 'Z', '9', 'a b', 'B'].map((id) => n(id))));
    expect(text).toBe('dag {\n"a b"\n9\nB\nZ\n_z\nb\n\n}\n');
  });

  it('vertex attributes: roles in fixed order (long names), pos toFixed(3), label, then others in insertion order', () => {
    const node = n('x', {
      roles: ['exposure', 'outcome', 'adjusted', 'latent', 'selected'],
      pos: { x: 1, y: -0.12345 },
      label: 'Say "x"',
      attrs: [['zeta', '1'], ['alpha', 'two words'], ['q"k', 'v']],
    });
    expect(serializeModelCode(g([node]))).toBe(
      'dag {\nx [exposure,outcome,adjusted,latent,selected,pos="1.000,-0.123",label="Say \\"x\\"",zeta="1",alpha="two words","q\\"k"="v"]\n\n}\n',
    );
  });

  it('an empty label is not written', () => {
    expect(serializeModelCode(g([n('x', { label: '' })]))).toBe('dag {\nx\n\n}\n');
  });

  it('every vertex is written, with or without attributes', () => {
    expect(serializeModelCode(g([n('a'), n('b', { roles: ['latent'] })], [e('a', '->', 'b')]))).toBe(
      'dag {\na\nb [latent]\na -> b\n}\n',
    );
  });

  it('edges are written in stored form only', () => {
    const text = serializeModelCode(graphOf('pag { a <- b c <-@ d e --@ f }'));
    expect(text).toBe('pag {\na\nb\nc\nd\ne\nf\nb -> a\nd @-> c\nf @-- e\n}\n');
  });

  it('symmetric edges put the smaller quoted form first (a quoted id before a bare one)', () => {
    const graph = g(
      [n('b'), n('a'), n('a b'), n('c')],
      [e('b', '<->', 'a'), e('c', '--', 'a b'), e('c', '@-@', 'b'), e('b', '->', 'a')],
      { type: 'pag' },
    );
    expect(serializeModelCode(graph).split('\n').slice(5, -2)).toEqual(['"a b" -- c', 'a <-> b', 'b -> a', 'b @-@ c']);
  });

  it('-> sorts before <-> for the same source', () => {
    const text = serializeModelCode(g([n('x'), n('y')], [e('x', '<->', 'y'), e('x', '->', 'y')]));
    expect(text).toBe('dag {\nx\ny\nx -> y\nx <-> y\n}\n');
  });

  it('edge attributes: pos, label (URI-encoded), then others', () => {
    const graph = g([n('a'), n('b')], [e('a', '->', 'b', { attrs: [['beta', '0.3']], label: 'via "tar" 100%', pos: { x: 0, y: 2 } })]);
    expect(serializeModelCode(graph)).toBe('dag {\na\nb\na -> b [pos="0.000,2.000",label="via%20%22tar%22%20100%25",beta="0.3"]\n}\n');
  });

  it('unknown graph attributes are written after bb as key="value" lines', () => {
    expect(serializeModelCode(g([], [], { bb: [0, 0, 1, 1], attrs: [['rankdir', 'LR']] }))).toBe(
      'dag {\nbb="0,0,1,1"\nrankdir="LR"\n\n}\n',
    );
  });

  it('writing is idempotent through a parse', () => {
    const once = serializeModelCode(graphOf(fixture('smoking.dagitty')));
    expect(serializeModelCode(graphOf(once))).toBe(once);
  });
});

describe('the user documentation', () => {
  const doc = readFileSync(new URL('../../../docs/model-code.md', import.meta.url), 'utf8');
  const blocks = [...doc.matchAll(/```\n([\s\S]*?)```/g)].map((m) => m[1]);

  it('shows the real output for its first example', () => {
    expect(serializeModelCode(graphOf(blocks[0]))).toBe(blocks[1]);
  });

  it('shows real messages for its error examples', async () => {
    const { parseModelCode, formatDiagnostic } = await import('../../../src/engine');
    const shown = (blocks[2] + blocks[3]).split('\n').filter(Boolean).map((line) => line.replace(/^(\d+:\d+)\s+/, '$1 '));
    const inputs = [
      'dag {\n a -> b\n c -> d // why\n}',
      'dag {\n    "abc\\"\n}',
      'dag {\n\n\n  a "x\ty" }',
      'dag { graph -> a }',
      'dag {\n\n\n\n  a [pos="x"] }',
      'dag { bb="1,2" }',
      'dag { x -> x }',
      'dag {\n subgraph cluster { a -> b } }',
      'dag { a } b',
      'dag { é }',
      'a\nb\nc\nd\n\n0 0 0\n0 0 0\n0 0 0',
      'dag {\n a\n b\n\n\n   a -- b }',
      'dag {\n A -> B\n B -> C\n C -> A\n}',
      'dag { a-b }',
      'dag { x [exposure=0] }',
      'dag { rankdir=LR }',
      'strict dag { }',
    ];
    const produced = inputs.map((text) => {
      const r = parseModelCode(text);
      return formatDiagnostic(r.ok ? r.diagnostics[0] : r.errors[0]);
    });
    expect(produced).toEqual(shown);
  });
});
