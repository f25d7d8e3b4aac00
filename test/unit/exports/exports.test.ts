import { describe, expect, it } from 'vitest';
import { type CausalGraph, type CausalNode, EDGE_KINDS, ROLES, nodeId } from '../../../src/engine';
import { exportDot } from '../../../src/engine/io/exports-dot';
import { exportPython } from '../../../src/engine/io/exports-python';
import { exportTikz } from '../../../src/engine/io/exports-tikz';
import { latexText } from '../../../src/engine/io/latex-text';
import { importDot } from '../../../src/engine/io/imports-dot';
import { mulberry32, randomInt } from '../../support/random';

const HOSTILE = ['<img src=x onerror=alert(1)>', '\\input{/etc/passwd}', 'a "quoted" } label', 'back\\slash', 'line\nbreak', 'β-blocker', '$x^2_1$ & 50% #1 ~'];

function randomGraph(seed: number): CausalGraph {
  const rng = mulberry32(seed);
  const n = randomInt(rng, 1, 8);
  const nodes: CausalNode[] = Array.from({ length: n }, (_, i) => ({
    id: nodeId(rng() < 0.3 ? `${HOSTILE[i % HOSTILE.length]}#${i}` : `v${i}`),
    roles: ROLES.filter(() => rng() < 0.2),
    ...(rng() < 0.5 ? { label: HOSTILE[randomInt(rng, 0, HOSTILE.length - 1)] } : {}),
    ...(rng() < 0.7 ? { pos: { x: Math.round(rng() * 4000) / 1000 - 2, y: Math.round(rng() * 4000) / 1000 - 2 } } : {}),
  }));
  const edges = [];
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      if (rng() < 0.35) edges.push({ from: nodes[i].id, to: nodes[j].id, kind: EDGE_KINDS[randomInt(rng, 0, EDGE_KINDS.length - 1)] });
  return { type: 'digraph', nodes, edges };
}

describe('DOT export', () => {
  it('round-trips ids, labels, roles, positions and every edge kind on random graphs', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const graph = randomGraph(seed);
      const back = importDot(exportDot(graph));
      expect(back.ok, `seed ${seed}`).toBe(true);
      if (!back.ok) continue;
      expect(back.graph.nodes.map((n) => [n.id, n.label, n.roles])).toEqual(graph.nodes.map((n) => [n.id, n.label, n.roles]));
      back.graph.nodes.forEach((n, i) => {
        const pos = graph.nodes[i].pos;
        if (!pos) expect(n.pos).toBeUndefined();
        else {
          expect(n.pos!.x).toBeCloseTo(pos.x, 9);
          expect(n.pos!.y).toBeCloseTo(pos.y, 9);
        }
      });
      expect(back.graph.edges).toEqual(graph.edges);
    }
  });
  it('keeps hostile labels inside their strings', () => {
    const graph: CausalGraph = {
      type: 'dag',
      nodes: [{ id: nodeId('a'), roles: [], label: 'x"]; evil -> a; b [label="' }, { id: nodeId('b'), roles: [] }],
      edges: [{ from: nodeId('a'), to: nodeId('b'), kind: '->' }],
    };
    const dot = exportDot(graph);
    const back = importDot(dot);
    expect(back.ok && back.graph.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(back.ok && back.graph.edges).toHaveLength(1);
  });
  it('locates errors in DOT it cannot read', () => {
    const bad = importDot('digraph {\n  a -> b\n  subgraph x { c }\n}');
    expect(bad).toMatchObject({ ok: false, error: { line: 3, column: 3 } });
    expect(importDot('digraph { a -> "b }')).toMatchObject({ ok: false, error: { message: 'unterminated string' } });
    expect(importDot('digraph { a -> b } extra')).toMatchObject({ ok: false });
  });
});

describe('TikZ export', () => {
  it('escapes every LaTeX special character so labels print literally', () => {
    expect(latexText('\\input{/etc/passwd}')).toBe('\\textbackslash{}input\\{/etc/passwd\\}');
    expect(latexText('$x^2_1$ & 50% #1 ~')).toBe('\\$x\\textasciicircum{}2\\_1\\$ \\& 50\\% \\#1 \\textasciitilde{}');
  });
  it('names nodes by index and never writes an unescaped label', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const graph = randomGraph(seed);
      const tikz = exportTikz(graph);
      const bodies = [...tikz.matchAll(/\\node\[[^\]]*\] \(n(\d+)\) at \([^)]*\) \{(.*)\};$/gm)];
      expect(bodies).toHaveLength(graph.nodes.length);
      for (const [, i, text] of bodies) {
        const node = graph.nodes[Number(i)];
        expect(text).toBe(latexText(node.label ?? node.id));
        // Braces are balanced once escaped braces are removed, so the label cannot close the node.
        const bare = text.replace(/\\[{}]/g, '').replace(/\\[a-z]+\{\}/g, '');
        expect(bare).not.toMatch(/[{}]/);
        expect(text).not.toMatch(/\\input|\\write|\\def/);
      }
      expect(tikz.match(/\\draw\[/g)?.length ?? 0).toBe(graph.edges.length);
    }
  });
});

describe('Python export', () => {
  it('writes ids as string literals and bidirected edges as explicit latents', () => {
    const graph: CausalGraph = {
      type: 'dag',
      nodes: [
        { id: nodeId('X'), roles: ['exposure'] },
        { id: nodeId('Y"); import os; ("'), roles: ['outcome'] },
        { id: nodeId('M'), roles: [] },
      ],
      edges: [
        { from: nodeId('X'), to: nodeId('M'), kind: '->' },
        { from: nodeId('M'), to: nodeId('Y"); import os; ("'), kind: '->' },
        { from: nodeId('X'), to: nodeId('Y"); import os; ("'), kind: '<->' },
      ],
    };
    const text = exportPython(graph);
    const edgeLine = text.split('\n').find((l) => l.startsWith('G.add_edges_from('))!;
    const literals = [...edgeLine.matchAll(/"(?:[^"\\]|\\.)*"/g)].map((m) => JSON.parse(m[0]) as string);
    const pairs = literals.flatMap((_, i) => (i % 2 === 0 ? [[literals[i], literals[i + 1]]] : []));
    // Nothing but the literals, tuple punctuation and spaces stands outside the strings.
    expect(edgeLine.replace(/"(?:[^"\\]|\\.)*"/g, '')).toMatch(/^G\.add_edges_from\(\[[(), ]*\]\)$/);
    expect(pairs).toEqual([
      ['X', 'M'],
      ['M', 'Y"); import os; ("'],
      ['U_X_Y"); import os; ("', 'X'],
      ['U_X_Y"); import os; ("', 'Y"); import os; ("'],
    ]);
    expect(text).toContain('treatment = ["X"]');
    const dowhy = JSON.parse(text.split('\n').find((l) => l.startsWith('dowhy_graph = '))!.slice('dowhy_graph = '.length));
    const parsed = importDot(dowhy);
    expect(parsed.ok && parsed.graph.edges.length).toBe(4);
  });
});
