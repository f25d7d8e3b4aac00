import { describe, expect, it } from 'vitest';
import { indexGraph, nodesWithRole, parseModelCode, serializeModelCode, topologicalOrder } from '../../../src/engine';
import { EXAMPLES } from '../../../src/app/examples/catalogue';

describe('examples gallery', () => {
  it('has the textbook diagrams, each with a two-sentence explanation', () => {
    expect(EXAMPLES.map((e) => e.id)).toEqual([
      'recommendation', 'confounding', 'mediator', 'm-bias', 'butterfly', 'selection', 'front-door', 'napkin', 'instrument',
    ]);
    for (const e of EXAMPLES) expect(e.teaches.match(/[.!?](\s|$)/g)).toHaveLength(2);
  });

  it('are acyclic, fully placed, have one exposure and one outcome, and survive model code', () => {
    for (const e of EXAMPLES) {
      expect(topologicalOrder(indexGraph(e.graph))).not.toBeNull();
      expect(e.graph.nodes.every((n) => n.pos)).toBe(true);
      expect(nodesWithRole(e.graph, 'exposure')).toHaveLength(1);
      expect(nodesWithRole(e.graph, 'outcome')).toHaveLength(1);
      const text = serializeModelCode(e.graph);
      const back = parseModelCode(text);
      expect(back.ok).toBe(true);
      if (back.ok) expect(serializeModelCode(back.graph)).toBe(text);
    }
  });
});
