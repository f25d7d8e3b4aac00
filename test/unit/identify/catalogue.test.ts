/**
 * The golden catalogue (test/fixtures/identify/catalogue.json): textbook graphs with the reviewed
 * verdict, TeX, strategy, hedge and the sequence of ID lines that fired. Each identifiable formula
 * is also checked numerically against interventional truth, and each hedge structurally, so a
 * fixture cannot pin a wrong answer.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFromLists, identify } from '../../../src/engine';
import { mulberry32 } from '../../support/random';
import { bruteForceProjection, hedgeProblems } from './support/hedge-check';
import { formulaError } from './support/numeric-check';
import { randomBinaryScm } from './support/random-scm';
import { witnessProblems } from './support/witness';

interface CatalogueEntry {
  readonly name: string;
  readonly source: string;
  readonly graph: { directed: [string, string][]; bidirected: [string, string][]; latent: string[] };
  readonly query: { y: string[]; x: string[]; given: string[] };
  readonly expected: {
    identifiable: boolean;
    tex: string;
    strategy: unknown;
    hedge: { F: string[]; Fprime: string[]; query: { y: string[]; x: string[] } } | null;
    rules: string[];
  };
}

const catalogue: CatalogueEntry[] = JSON.parse(readFileSync('test/fixtures/identify/catalogue.json', 'utf8'));

describe('identification catalogue', () => {
  it('has identifiable and non-identifiable entries', () => {
    expect(catalogue.filter((c) => c.expected.identifiable).length).toBeGreaterThanOrEqual(6);
    expect(catalogue.filter((c) => !c.expected.identifiable).length).toBeGreaterThanOrEqual(4);
  });
  it('the certificate checks reject a false hedge', () => {
    // Front-door graph: {X, Y} is one district, but X does not reach Y inside it.
    const frontdoor = bruteForceProjection(graphFromLists({ directed: [['X', 'Z'], ['Z', 'Y']], bidirected: [['X', 'Y']] }));
    const fake = { F: ['X', 'Y'], Fprime: ['Y'] };
    expect(hedgeProblems(frontdoor, fake, ['Y'], ['X'])).toEqual(['some node of F does not reach the roots inside F']);
    expect(witnessProblems(frontdoor, fake, ['X'])).toEqual(['M1 and M2 differ observationally']);
  });
  for (const entry of catalogue) {
    it(entry.name, () => {
      const graph = graphFromLists({ ...entry.graph, roles: { latent: entry.graph.latent } });
      const result = identify(graph, entry.query);
      expect({
        identifiable: result.identifiable,
        tex: result.tex,
        strategy: result.strategy,
        hedge: result.hedge,
        rules: result.steps.map((s) => s.rule),
      }).toEqual(entry.expected);
      if (result.identifiable) {
        const rng = mulberry32(7);
        for (const k of [2, 3]) {
          const scm = randomBinaryScm(graph, rng, k);
          const checks = formulaError(scm, { ...entry.query, z: entry.query.given }, [result.expression!, result.rawExpression!]);
          for (const check of checks) expect(check.error).toBeLessThanOrEqual(1e-9);
        }
      } else {
        const hedge = result.hedge!;
        expect(hedgeProblems(bruteForceProjection(graph), hedge, hedge.query.y, hedge.query.x)).toEqual([]);
        expect(witnessProblems(bruteForceProjection(graph), hedge, hedge.query.x)).toEqual([]);
      }
    });
  }
});
