import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type CausalGraph, type NodeId, canonicalGraph, graphFromLists, serializeLegacy } from '../../../src/engine';
import { accept, edge, edges, graphOf, ids, node, refuse } from './helpers';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/model-code/${name}`, import.meta.url), 'utf8');

describe('§7.2 legacy reader', () => {
  const g = graphOf(fixture('legacy-smoking.txt'));

  it('is typed dag and reads flags and positions', () => {
    expect(g.type).toBe('dag');
    expect(ids(g)).toEqual(['smoking', 'cancer', 'tar', 'gene']);
    expect(node(g, 'smoking')).toEqual({ id: 'smoking', roles: ['exposure'], pos: { x: 0.1, y: 0.5 } });
    expect(node(g, 'tar')).toEqual({ id: 'tar', roles: [], pos: { x: 0.5, y: 0.5 } });
    expect(node(g, 'gene')).toEqual({ id: 'gene', roles: ['latent'] });
  });

  it('an edge listed in both directions becomes <->', () => {
    expect(edges(g).sort()).toEqual(['cancer <-> smoking', 'gene -> cancer', 'smoking -> tar', 'tar -> cancer'].sort());
  });

  it('an @x,y after a child is that edge\'s control point', () => {
    expect(edge(g, 'tar -> cancer').pos).toEqual({ x: 0.5, y: 0.6 });
  });

  it('flag letters combine; a number means no flags; a single token is a node without flags', () => {
    const h = graphOf('a EO\nb A\nc 0.5\nd\n\na b\n');
    expect(h.nodes.map((x) => x.roles)).toEqual([['exposure', 'outcome'], ['adjusted'], [], []]);
  });

  it('ids are URI-decoded, and everything before the flags is the id', () => {
    const h = graphOf('body%20mass 1\nsmoking status E @1,2\n\nbody%20mass smoking%20status\n');
    expect(ids(h)).toEqual(['body mass', 'smoking status']);
    expect(node(h, 'smoking status').pos).toEqual({ x: 1, y: 2 });
    expect(edges(h)).toEqual(['body mass -> smoking status']);
  });

  it('a vertex block with an empty second block is a graph without edges', () => {
    expect(graphOf('a E\nb O\n\n')).toMatchObject({ edges: [], nodes: [{ id: 'a' }, { id: 'b' }] });
  });

  it('a self-loop in an adjacency line is a located error', () => {
    expect(refuse('a 1\nb 1\n\na a b\n')[0]).toMatchObject({ line: 4, column: 3, token: 'a' });
  });
});

describe('§7.3 adjacency matrix', () => {
  it('entry (i, j) = 1 creates vertex_i -> vertex_j in vertex-block order, any layout', () => {
    const g = graphOf('x E\ny O\nz 1\n\n0 1 1\n0 0 0\n0 1 0\n');
    expect(edges(g)).toEqual(['x -> y', 'x -> z', 'z -> y']);
    expect(edges(graphOf('x\ny\nz\n\n0 1 1 0 0 0 0 1 0'))).toEqual(['x -> y', 'x -> z', 'z -> y']);
  });

  it('both (i, j) and (j, i) give two directed edges (a cycle, reported)', () => {
    const { graph, diagnostics } = accept('a\nb\n\n0 1\n1 0');
    expect(edges(graph)).toEqual(['a -> b', 'b -> a']);
    expect(diagnostics.some((d) => d.message === 'cycle: a → b → a')).toBe(true);
  });

  it('a matrix of the wrong size is a located error', () => {
    expect(refuse('a\nb\nc\nd\n\n0 1 0\n0 0 1\n0 0 0\n')[0]).toMatchObject({
      message: 'adjacency matrix is 3×3 but 4 vertices are declared',
      line: 6,
      column: 1,
    });
    expect(refuse('a\nb\n\n0 1 0\n')[0].message).toBe('adjacency matrix has 3 entries but 2 vertices are declared');
  });

  it('a 1 on the diagonal is a self-loop error', () => {
    expect(refuse('a\nb\n\n1 0\n0 0')[0].message).toContain('self-loop');
  });
});

describe('§7.2 legacy writer', () => {
  it('writes sorted vertex lines with flags E O A U or 1, 3-decimal positions, then sorted adjacency lines', () => {
    const g = graphOf('dag { z [pos="1,2"] a [outcome, exposure, latent, adjusted] "b c" -> z [pos="0.5,0.25"] a -> {z "b c"} }');
    expect(serializeLegacy(g)).toEqual({
      text: 'a EOAU\nb%20c 1\nz 1 @1.000,2.000\n\na b%20c z\nb%20c z @0.500,0.250\n',
      warnings: [],
    });
  });

  it('writes <-> in both directions and reads it back as one <-> edge', () => {
    const g = graphOf('dag { a <-> b }');
    const out = serializeLegacy(g);
    expect(out.text).toBe('a 1\nb 1\n\na b\nb a\n');
    expect(canonicalGraph(graphOf(out.text))).toEqual(canonicalGraph(g));
  });

  it('round-trips the representable content of the legacy fixture', () => {
    const g = graphOf(fixture('legacy-smoking.txt'));
    expect(canonicalGraph(graphOf(serializeLegacy(g).text))).toEqual(canonicalGraph(g));
  });

  it('round-trips hostile ids through URI encoding', () => {
    const g = graphFromLists({ directed: [['a b', 'x"y'], ['é', '{}'], ['%41', '@1,2']], bidirected: [['a b', '[z]']] });
    const out = serializeLegacy(g);
    expect(out.warnings).toEqual([]);
    expect(canonicalGraph(graphOf(out.text))).toEqual(canonicalGraph(g));
  });

  it('warns that -- edges come back as <-> and that the selected role is dropped (§9 #14)', () => {
    const g = graphOf('pdag { a -- b c [selected] }');
    const out = serializeLegacy(g);
    expect(out.warnings).toEqual([
      'the legacy format has no graph type; the pdag will read back as a dag',
      'the legacy format has no selected role; "c" loses it',
      'the legacy format has no undirected edges; a -- b will read back as <->',
    ]);
    expect(edges(graphOf(out.text))).toEqual(['a <-> b']);
  });

  it('warns about everything else the format cannot carry', () => {
    const g: CausalGraph = {
      ...graphOf('pag X { bb="0,0,1,1" rankdir=LR a [label="A", k=1] a -> b [label="l", beta=1] c @-> d a -> e e -> a }'),
      nodes: [...graphOf('dag { a b c d e }').nodes, { id: '' as NodeId, roles: [] }],
    };
    const warnings = serializeLegacy(g).warnings.join('\n');
    for (const word of ['graph name', 'bounding box', 'graph attributes', 'edge labels', 'edge attributes', 'circle-mark', 'empty id', 'told apart']) {
      expect(warnings).toContain(word);
    }
  });

  it('an empty graph writes nothing and reads back as an empty dag', () => {
    expect(serializeLegacy(graphOf('dag { }')).text).toBe('');
    expect(graphOf('')).toEqual({ type: 'dag', nodes: [], edges: [] });
  });
});
