import { describe, expect, it } from 'vitest';
import { streamRng, streamSeed, Xoshiro128ss } from '../../../src/engine/sim/rng';

/** xoshiro128** in BigInt arithmetic, straight from Blackman & Vigna's definition. */
function referenceXoshiro(state: bigint[]) {
  const mask = 0xffffffffn;
  const rotl = (x: bigint, k: bigint) => ((x << k) | (x >> (32n - k))) & mask;
  const s = [...state];
  return () => {
    const result = (rotl((s[1] * 5n) & mask, 7n) * 9n) & mask;
    const t = (s[1] << 9n) & mask;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11n);
    return Number(result);
  };
}

describe('xoshiro128**', () => {
  it('matches a BigInt reference implementation for 2000 outputs from several states', () => {
    for (const state of [[1, 2, 3, 4], [0xdeadbeef, 0x12345678, 0xffffffff, 1], [0, 0, 0, 1]]) {
      const ours = Xoshiro128ss.fromState(state[0], state[1], state[2], state[3]);
      const ref = referenceXoshiro(state.map(BigInt));
      const got = Array.from({ length: 2000 }, () => ours.nextU32());
      expect(got).toEqual(Array.from({ length: 2000 }, () => ref()));
    }
  });

  it('starts with 11520, 0 from the state {1, 2, 3, 4} (hand-computed from the definition)', () => {
    const rng = Xoshiro128ss.fromState(1, 2, 3, 4);
    expect(rng.nextU32()).toBe(11520);
    expect(rng.nextU32()).toBe(0);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = new Xoshiro128ss(42);
    const b = new Xoshiro128ss(42);
    const c = new Xoshiro128ss(43);
    const xs = Array.from({ length: 10 }, () => a.nextU32());
    expect(Array.from({ length: 10 }, () => b.nextU32())).toEqual(xs);
    expect(Array.from({ length: 10 }, () => c.nextU32())).not.toEqual(xs);
  });

  it('draws uniforms strictly inside (0, 1) and normals with mean 0 and variance 1', () => {
    const rng = new Xoshiro128ss(7);
    const n = 200_000;
    let s = 0;
    let ss = 0;
    let lo = 1;
    let hi = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      lo = Math.min(lo, u);
      hi = Math.max(hi, u);
      const z = rng.normal();
      s += z;
      ss += z * z;
    }
    expect(lo).toBeGreaterThan(0);
    expect(hi).toBeLessThan(1);
    // 5 standard errors: mean SE 1/√n, variance SE √(2/n).
    expect(Math.abs(s / n)).toBeLessThan(5 / Math.sqrt(n));
    expect(Math.abs(ss / n - 1)).toBeLessThan(5 * Math.sqrt(2 / n));
  });

  it('draws Gamma(k) with mean k and variance k', () => {
    const rng = new Xoshiro128ss(11);
    for (const k of [0.5, 2.5]) {
      const n = 100_000;
      let s = 0;
      let ss = 0;
      for (let i = 0; i < n; i++) {
        const g = rng.gamma(k);
        s += g;
        ss += g * g;
      }
      const mean = s / n;
      expect(Math.abs(mean - k)).toBeLessThan(5 * Math.sqrt(k / n));
      expect(Math.abs(ss / n - mean * mean - k)).toBeLessThan(0.05 * k + 0.02);
    }
  });

  it('derives independent, reproducible sub-streams by name', () => {
    expect(streamSeed(1, 'noise', 'X')).toBe(streamSeed(1, 'noise', 'X'));
    const seeds = new Set([streamSeed(1, 'noise', 'X'), streamSeed(1, 'noise', 'Y'), streamSeed(2, 'noise', 'X'), streamSeed(1, 'u', 'X'), streamSeed(1, 'replicate', 0), streamSeed(1, 'replicate', 1)]);
    expect(seeds.size).toBe(6);
    const a = streamRng(5, 'noise', 'pa');
    const b = streamRng(5, 'noise', 'de');
    // Correlation of two streams' normals is ≈ 0 (|r| < 5/√n).
    const n = 50_000;
    let sab = 0;
    for (let i = 0; i < n; i++) sab += a.normal() * b.normal();
    expect(Math.abs(sab / n)).toBeLessThan(5 / Math.sqrt(n));
  });

  it('draws below(bound) uniformly', () => {
    const rng = new Xoshiro128ss(3);
    const counts = new Array(7).fill(0);
    const n = 70_000;
    for (let i = 0; i < n; i++) counts[rng.below(7)]++;
    for (const c of counts) expect(Math.abs(c - n / 7)).toBeLessThan(5 * Math.sqrt((n / 7) * (6 / 7)));
  });
});
