import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  type CausewayDocument,
  base64UrlDecode,
  base64UrlEncode,
  decodeShareFragment,
  documentFromGraph,
  encodeShareFragment,
  graphFromLists,
  SHARE_PREFIX,
} from '../../../src/engine';
import { mulberry32, randomAdmg } from '../../support/random';

const doc: CausewayDocument = {
  ...documentFromGraph(
    graphFromLists({
      nodes: ['X', 'Y', 'Z'],
      directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'] },
    }),
  ),
  notes: { assumptions: { question: 'Does X raise Y? <img src=x onerror=alert(1)>' } },
};

describe('share links', () => {
  it('round-trips documents through the fragment', () => {
    const fragment = encodeShareFragment(doc);
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true);
    expect(fragment).toMatch(/^[A-Za-z0-9._-]+$/);
    const back = decodeShareFragment('#' + fragment);
    expect(back.ok && back.document).toEqual(doc);
    const rng = mulberry32(7);
    for (let i = 0; i < 50; i++) {
      const d = documentFromGraph(randomAdmg(rng, { n: 12, pDirected: 0.3, pBidirected: 0.1 }));
      const r = decodeShareFragment(encodeShareFragment(d));
      expect(r.ok && r.document).toEqual(d);
    }
  });
  it('round-trips base64url for every length', () => {
    const rng = mulberry32(3);
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, () => Math.floor(rng() * 256));
      expect(base64UrlDecode(base64UrlEncode(bytes))).toEqual(bytes);
    }
    expect(base64UrlDecode('ab+c')).toBeNull();
  });
  it('reports truncated, altered and foreign links with a reason', () => {
    const fragment = encodeShareFragment(doc);
    expect(decodeShareFragment(fragment.slice(0, fragment.length - 9))).toMatchObject({ ok: false, reason: 'damaged' });
    expect(decodeShareFragment(fragment.slice(0, 12))).toMatchObject({ ok: false, reason: 'damaged' });
    // Flip one character in the middle of the payload: the deflate stream or Adler-32 check catches it.
    let caught = 0;
    for (let i = SHARE_PREFIX.length + 2; i < fragment.length - 1; i += 3) {
      const c = fragment[i] === 'A' ? 'B' : 'A';
      const r = decodeShareFragment(fragment.slice(0, i) + c + fragment.slice(i + 1));
      expect(r.ok).toBe(false);
      caught++;
    }
    expect(caught).toBeGreaterThan(5);
    expect(decodeShareFragment('#hello')).toMatchObject({ ok: false, reason: 'not-a-share-link' });
    expect(decodeShareFragment('c1.%%%')).toMatchObject({ ok: false, reason: 'damaged' });
  });
  it('refuses a payload that inflates past the size limit without building it', () => {
    const bomb = zlibSync(new Uint8Array(12 * 1024 * 1024).fill(32), { level: 9 });
    expect(decodeShareFragment(SHARE_PREFIX + base64UrlEncode(bomb))).toMatchObject({ ok: false, reason: 'too-large' });
    expect(decodeShareFragment(SHARE_PREFIX + 'A'.repeat(2_000_000))).toMatchObject({ ok: false, reason: 'too-large' });
  });
  it('refuses a well-formed payload that is not a valid document', () => {
    const bytes = zlibSync(new TextEncoder().encode(JSON.stringify({ format: 'causeway/1', graph: { type: 'dag', nodes: [{ id: 'a' }, { id: 'a' }], edges: [] } })));
    const r = decodeShareFragment(SHARE_PREFIX + base64UrlEncode(bytes));
    expect(r).toMatchObject({ ok: false, reason: 'invalid-document' });
  });
});
