import { describe, expect, it } from 'vitest';
import { graphFromLists } from '../../../src/engine';
import { layoutAll } from '../../../src/app/layout/dagre';
import { recommendationExample } from '../../../src/app/examples/recommendation';
import { EXAMPLES } from '../../../src/app/examples/catalogue';
import { clearanceProblems } from '../../support/layout-clearance';

describe('auto-layout keeps edges clear of other nodes', () => {
  it('the opening example: Prior activity → Engagement does not run along Recommendation exposure', () => {
    const positions = layoutAll(recommendationExample);
    expect(clearanceProblems(recommendationExample, positions, 12)).toEqual([]);
    for (const e of recommendationExample.edges) expect(positions.get(e.from)!.x).toBeLessThan(positions.get(e.to)!.x);
  });

  it('X → M → Y with X → Y: the direct edge passes beside M', () => {
    const g = graphFromLists({ nodes: ['X', 'M', 'Y'], directed: [['X', 'M'], ['M', 'Y'], ['X', 'Y']] });
    expect(clearanceProblems(g, layoutAll(g), 12)).toEqual([]);
  });

  it('a bidirected edge across a layer, and every bundled example', () => {
    const g = graphFromLists({ nodes: ['A', 'B', 'C', 'D'], directed: [['A', 'B'], ['B', 'C']], bidirected: [['A', 'C'], ['A', 'D'], ['D', 'C']] });
    expect(clearanceProblems(g, layoutAll(g), 12)).toEqual([]);
    for (const example of EXAMPLES) expect(clearanceProblems(example.graph, layoutAll(example.graph), 12), example.id).toEqual([]);
  });
});
