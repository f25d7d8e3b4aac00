import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  type NodeId,
  canonicalGraph,
  documentFromGraph,
  parseDocument,
  parseModelCode,
  serializeDocument,
  serializeLegacy,
  serializeModelCode,
} from '../../src/engine';
import { graphArbitrary, writableText } from './io-generators';

function reparse(text: string): CausalGraph {
  const r = parseModelCode(text);
  if (!r.ok) throw new Error(`could not read back:\n${text}\n${JSON.stringify(r.errors)}`);
  return r.graph;
}

describe('model code round trip (fast-check, seed 20261127)', () => {
  it('parse(serialize(g)) equals g and serializing again gives the same bytes, for 400 random graphs', () => {
    fc.assert(
      fc.property(graphArbitrary, (g) => {
        const text = serializeModelCode(g);
        const back = reparse(text);
        expect(canonicalGraph(back)).toEqual(canonicalGraph(g));
        expect(serializeModelCode(back)).toBe(text);
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it('the JSON document round-trips the same graphs', () => {
    fc.assert(
      fc.property(graphArbitrary, (g) => {
        const r = parseDocument(serializeDocument(documentFromGraph(g)));
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        expect(canonicalGraph(r.document.graph)).toEqual(canonicalGraph(g));
      }),
      { seed: 20261128, numRuns: 300 },
    );
  });
});

const legacyGraph = fc
  .record({
    ids: fc.uniqueArray(writableText.filter((s) => !['', '0', '1', 'graph', 'node'].includes(s)), { minLength: 1, maxLength: 8 }),
    roles: fc.array(fc.subarray(['exposure', 'outcome', 'adjusted', 'latent'] as const), { minLength: 8, maxLength: 8 }),
    pos: fc.array(fc.option(fc.record({ x: fc.integer({ min: -9999, max: 9999 }), y: fc.integer({ min: -9999, max: 9999 }) }), { nil: undefined }), {
      minLength: 8,
      maxLength: 8,
    }),
    pairs: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.boolean()), { maxLength: 12 }),
  })
  .map(({ ids, roles, pos, pairs }): CausalGraph => {
    const used = new Set<string>();
    const edges: CausalGraph['edges'][number][] = [];
    for (const [a, b, bidirected] of pairs) {
      const [from, to] = [ids[a % ids.length], ids[b % ids.length]];
      const pair = from < to ? `${from}\u0000${to}` : `${to}\u0000${from}`;
      // One edge per pair: the legacy format cannot tell a -> b plus b -> a, or a bow, from <->.
      if (from === to || used.has(pair)) continue;
      used.add(pair);
      edges.push({ from: from as NodeId, to: to as NodeId, kind: bidirected ? '<->' : '->' });
    }
    return {
      type: 'dag',
      nodes: ids.map((id, i) => {
        const p = pos[i];
        return { id: id as NodeId, roles: roles[i], ...(p ? { pos: { x: p.x / 1000, y: p.y / 1000 } } : {}) };
      }),
      edges,
    };
  });

describe('legacy format round trip (fast-check, seed 7020)', () => {
  it('reading what the legacy writer wrote gives the graph back, for 300 random representable graphs', () => {
    fc.assert(
      fc.property(legacyGraph, (g) => {
        const out = serializeLegacy(g);
        expect(out.warnings).toEqual([]);
        expect(canonicalGraph(reparse(out.text))).toEqual(canonicalGraph(g));
      }),
      { seed: 7020, numRuns: 300 },
    );
  });
});
