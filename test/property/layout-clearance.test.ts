/**
 * Auto-layout keeps edges clear of the nodes they do not join, on random DAGs and ADMGs (fixed
 * seeds): after `layoutAll`, no drawn edge (straight or curved, as the canvas draws it) comes within
 * 12 px of a node box other than its two ends, and no two node boxes overlap.
 */
import { describe, expect, it } from 'vitest';
import { layoutAll } from '../../src/app/layout/dagre';
import { clearanceProblems } from '../support/layout-clearance';
import { mulberry32, randomInt, randomSparseAdmg } from '../support/random';

const MARGIN = 12;

describe('auto-layout clearance on random graphs', () => {
  it('200 random DAGs and ADMGs (3–30 nodes): no edge near a foreign node, no overlapping nodes', () => {
    const failures: string[] = [];
    for (let seed = 1; seed <= 200; seed++) {
      const rng = mulberry32(seed * 7919);
      const n = randomInt(rng, 3, 30);
      const degree = 1 + rng() * 2;
      const bidirectedShare = seed % 3 === 0 ? 0.3 : 0;
      const graph = randomSparseAdmg(rng, n, degree, bidirectedShare);
      const positions = layoutAll(graph);
      expect(layoutAll(graph)).toEqual(positions);
      const problems = clearanceProblems(graph, positions, MARGIN);
      if (problems.length > 0) failures.push(`seed ${seed} (n=${n}, m=${graph.edges.length}): ${problems[0].what} (${problems[0].distance.toFixed(1)} px)`);
    }
    expect(failures).toEqual([]);
  });
});
