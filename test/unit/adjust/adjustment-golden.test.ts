/**
 * Golden catalogue: textbook adjustment graphs with reviewed expected output
 * (test/fixtures/adjust/*.json).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adjustmentReport, checkAdjustmentSet, type GraphLists, graphFromLists, optimalAdjustmentSet } from '../../../src/engine';

interface GoldenCheck {
  readonly set: string[];
  readonly effect: 'total' | 'direct';
  readonly valid: boolean;
  readonly open_paths: string[][];
  readonly forbidden: { node: string; because: string; kind: string }[];
  readonly contains_latent?: string[];
}

interface Golden {
  readonly name: string;
  readonly graph: GraphLists;
  readonly expected: {
    readonly adjustment: unknown;
    readonly optimal_reason?: string;
    readonly checks: GoldenCheck[];
  };
}

const folder = join(__dirname, '../../fixtures/adjust');
const goldens: Golden[] = readdirSync(folder)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Golden);

describe('adjustment golden catalogue', () => {
  it('has the textbook cases', () => {
    expect(goldens.map((g) => g.name)).toEqual(
      expect.arrayContaining(['confounding triangle', 'M-bias', 'butterfly bias', 'over-control of a mediator', 'selection (collider) bias']),
    );
    expect(goldens.some((g) => g.name.startsWith('instrumental variable'))).toBe(true);
  });

  for (const golden of goldens) {
    describe(golden.name, () => {
      const graph = graphFromLists(golden.graph);

      it('report', () => {
        expect(adjustmentReport(graph)).toEqual(golden.expected.adjustment);
      });

      if (golden.expected.optimal_reason) {
        it('says why there is no optimal set', () => {
          const optimal = optimalAdjustmentSet(graph);
          expect(optimal.set).toBeNull();
          expect(optimal.reason).toContain(golden.expected.optimal_reason);
        });
      }

      for (const check of golden.expected.checks) {
        it(`checks {${check.set.join(', ')}} for the ${check.effect} effect`, () => {
          const result = checkAdjustmentSet(graph, { set: check.set, effect: check.effect });
          expect(result.valid).toBe(check.valid);
          expect(result.openPaths).toEqual(check.open_paths);
          expect(result.forbidden).toEqual(check.forbidden);
          if (check.contains_latent) expect(result.containsLatent).toEqual(check.contains_latent);
          expect(result.reasons.length === 0).toBe(check.valid);
        });
      }
    });
  }
});
