/**
 * fast-check generators for causal graphs that model code can represent, with hostile text.
 *
 * What the format cannot carry is excluded (MODEL-CODE.md §11): control characters in ids, labels
 * and values, a final backslash, the ids `graph`/`node`, attribute keys model code interprets.
 * Positions are multiples of 0.001 so `toFixed(3)` is exact.
 */
import fc from 'fast-check';
import {
  type CausalEdge,
  type CausalGraph,
  type CausalNode,
  EDGE_KINDS,
  GRAPH_TYPES,
  type NodeId,
  ROLES,
} from '../../src/engine';
import { isReservedEdgeKey, isReservedGraphKey, isReservedNodeKey } from '../../src/engine/io/dagitty-attributes';

const FRAGMENTS = [
  'a', 'Z', 'x1', '0', '7', '_', '.', '-', ' ', '"', '\\', '\\"', '\\n', 'é', 'β', '😀', '{', '}', '[', ']', '=',
  ',', ';', '+', '@', '->', '<-', '--', '%', '%20', '%zz', '#', '//', '/*', '\u00a0', '\u2028', 'graph', 'node',
  '<img src=x onerror=alert(1)>', 'dag', 'strict', 'exposure', 'subgraph', 'edge', 'bb', 'pos', 'label', 'e',
];

/** Text that model code can write inside quotes (no control characters, no final backslash). */
export const writableText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 })
  .map((parts) => parts.join(''))
  .filter((s) => !s.endsWith('\\'));

/** Edge labels are URI-encoded, so they may hold anything well formed, control characters included. */
export const labelText = fc.oneof(writableText, fc.string({ unit: 'binary', maxLength: 8 }));

const coordinate = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((k) => k / 1000);
const position = fc.record({ x: coordinate, y: coordinate });

function attributes(reserved: (key: string) => boolean) {
  return fc.uniqueArray(fc.tuple(writableText.filter((k) => !reserved(k)), writableText), {
    maxLength: 3,
    selector: ([k]) => k,
  });
}

const nodeId = writableText.filter((s) => s !== 'graph' && s !== 'node');

export const graphArbitrary: fc.Arbitrary<CausalGraph> = fc
  .record({
    type: fc.constantFrom(...GRAPH_TYPES),
    name: fc.option(fc.oneof(fc.constantFrom('G', 'my_dag', 'X1'), writableText), { nil: undefined }),
    bb: fc.option(fc.tuple(fc.double({ noNaN: true, noDefaultInfinity: true }), coordinate, coordinate, coordinate), { nil: undefined }),
    attrs: attributes(isReservedGraphKey),
    ids: fc.uniqueArray(nodeId, { minLength: 0, maxLength: 9 }),
    nodeExtras: fc.array(
      fc.record({
        label: fc.option(writableText, { nil: undefined }),
        pos: fc.option(position, { nil: undefined }),
        roles: fc.subarray([...ROLES]),
        attrs: attributes(isReservedNodeKey),
      }),
      { minLength: 9, maxLength: 9 },
    ),
    edgeSpecs: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        kind: fc.constantFrom(...EDGE_KINDS),
        label: fc.option(labelText, { nil: undefined }),
        pos: fc.option(position, { nil: undefined }),
        attrs: attributes(isReservedEdgeKey),
      }),
      { maxLength: 14 },
    ),
  })
  .map(({ type, name, bb, attrs, ids, nodeExtras, edgeSpecs }) => {
    const nodes: CausalNode[] = ids.map((id, i) => {
      const x = nodeExtras[i];
      return {
        id: id as NodeId,
        ...(x.label !== undefined ? { label: x.label } : {}),
        ...(x.pos ? { pos: x.pos } : {}),
        roles: x.roles,
        ...(x.attrs.length > 0 ? { attrs: x.attrs } : {}),
      };
    });
    const edges: CausalEdge[] = [];
    const seen = new Set<string>();
    for (const s of ids.length < 2 ? [] : edgeSpecs) {
      const from = ids[s.a % ids.length];
      const to = ids[s.b % ids.length];
      const sym = s.kind === '<->' || s.kind === '--' || s.kind === '@-@';
      const key = `${s.kind}\u0000${sym && to < from ? `${to}\u0000${from}` : `${from}\u0000${to}`}`;
      if (from === to || seen.has(key)) continue;
      seen.add(key);
      edges.push({
        from: from as NodeId,
        to: to as NodeId,
        kind: s.kind,
        ...(s.label !== undefined ? { label: s.label } : {}),
        ...(s.pos ? { pos: s.pos } : {}),
        ...(s.attrs.length > 0 ? { attrs: s.attrs } : {}),
      });
    }
    return {
      type,
      ...(name !== undefined ? { name } : {}),
      ...(bb ? { bb } : {}),
      nodes,
      edges,
      ...(attrs.length > 0 ? { attrs } : {}),
    };
  });
