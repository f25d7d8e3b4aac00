/**
 * engine/sim/rng — the simulator's seeded random numbers.
 *
 * Contract: `Xoshiro128ss` is xoshiro128** (4 × uint32 state, period 2^128 − 1) seeded through
 * splitmix32, so any uint32 seed gives a well-mixed, non-zero state. `streamSeed(seed, ...names)`
 * derives an independent sub-stream seed from the master seed and a purpose path
 * (`['noise', nodeId]`, `['replicate', r]`, `['bootstrap']`), so editing one node's equation never
 * reshuffles another node's noise and replicate r is reproducible on its own.
 * Uniforms are (u32 + 0.5)·2⁻³², never 0 or 1; normals come from Box–Muller with a cached spare.
 * Complexity: O(1) per draw. No global state: every sampler takes a generator.
 * References: Blackman & Vigna 2021 (xoshiro128**); Steele, Lea & Flood 2014 (SplitMix);
 * Box & Muller 1958; Marsaglia & Tsang 2000 (gamma variates, used for Student t).
 */

/** One step of splitmix32: returns the next output and advances the state held in `box[0]`. */
function splitmix32(box: Uint32Array): number {
  box[0] = (box[0] + 0x9e3779b9) >>> 0;
  let z = box[0];
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** FNV-1a over the UTF-16 code units of `text`, then a final avalanche. */
export function hashStreamName(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** The seed of the sub-stream named by `path` under master `seed` (uint32). */
export function streamSeed(seed: number, ...path: readonly (string | number)[]): number {
  const box = new Uint32Array([(seed >>> 0) ^ hashStreamName(path.map(String).join('\u0000'))]);
  return splitmix32(box);
}

export class Xoshiro128ss {
  private readonly s = new Uint32Array(4);
  private spare = 0;
  private hasSpare = false;

  constructor(seed: number) {
    const box = new Uint32Array([seed >>> 0]);
    for (let i = 0; i < 4; i++) this.s[i] = splitmix32(box);
    if ((this.s[0] | this.s[1] | this.s[2] | this.s[3]) === 0) this.s[0] = 1;
  }

  /** A generator with an explicit state (for reference vectors); the state must not be all zero. */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128ss {
    const rng = new Xoshiro128ss(0);
    rng.s.set([s0, s1, s2, s3]);
    return rng;
  }

  /** The next uint32. */
  nextU32(): number {
    const s = this.s;
    const x = Math.imul(s[1], 5);
    const result = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = (s[3] << 11) | (s[3] >>> 21);
    return result;
  }

  /** Uniform on the open interval (0, 1). */
  uniform(): number {
    return (this.nextU32() + 0.5) * 2.3283064365386963e-10;
  }

  /** Standard normal by Box–Muller; the second variate of each pair is kept for the next call. */
  normal(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const r = Math.sqrt(-2 * Math.log(this.uniform()));
    const theta = 2 * Math.PI * this.uniform();
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }

  /** Gamma(shape, 1) by Marsaglia–Tsang, with the shape < 1 boost. */
  gamma(shape: number): number {
    if (shape < 1) return this.gamma(shape + 1) * Math.pow(this.uniform(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const u = this.uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v;
    }
  }

  /** An integer uniform on 0 … bound − 1 (bound ≤ 2^32), by rejection so there is no modulo bias. */
  below(bound: number): number {
    const limit = 4294967296 - (4294967296 % bound);
    for (;;) {
      const u = this.nextU32();
      if (u < limit) return u % bound;
    }
  }
}

/** A generator for sub-stream `path` of master `seed`. */
export function streamRng(seed: number, ...path: readonly (string | number)[]): Xoshiro128ss {
  return new Xoshiro128ss(streamSeed(seed, ...path));
}
