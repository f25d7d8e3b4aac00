/**
 * Adjustment sets against brute force on random small DAGs and ADMGs (fixed seeds).
 *
 * The oracle is written from the definitions, independently of the engine: it lists every simple
 * path between X and Y explicitly, calls a path causal when all its edges point towards Y, blocks a
 * path by a non-collider in Z or a collider outside An(Z), forbids the descendants of every node
 * (other than X) on a proper causal path (total effect) or of every outcome (direct effect, in the
 * graph without the edges x → y), and searches all subsets. Minimal sets, all sets, canonical and
 * optimal sets and the verdicts of `checkAdjustmentSet` are compared with it.
 */
import { describe, expect, it } from 'vitest';
import {
  allAdjustmentSets,
  canonicalAdjustmentSet,
  type CausalGraph,
  checkAdjustmentSet,
  graphFromLists,
  minimalAdjustmentSets,
  optimalAdjustmentSet,
} from '../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../support/random';

type Effect = 'total' | 'direct';

interface Query {
  readonly graph: CausalGraph;
  readonly ids: string[];
  readonly directed: [number, number][];
  readonly bidirected: [number, number][];
  readonly x: number[];
  readonly y: number[];
  readonly latent: number[];
  readonly selected: number[];
}

/** Picks k distinct members of `pool`. */
function pick(rng: Rng, pool: number[], k: number): number[] {
  const copy = [...pool];
  const out: number[] = [];
  while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(rng() * copy.length), 1)[0]);
  return out;
}

function randomQuery(rng: Rng, bidirected: boolean): Query {
  const n = randomInt(rng, 3, 9);
  const base = randomAdmg(rng, { n, pDirected: 0.2 + 0.3 * rng(), pBidirected: bidirected ? 0.08 + 0.2 * rng() : 0 });
  const ids = base.nodes.map((node) => node.id as string);
  const index = new Map(ids.map((id, i) => [id, i]));
  const directed: [number, number][] = [];
  const bidir: [number, number][] = [];
  for (const e of base.edges) {
    const pair: [number, number] = [index.get(e.from)!, index.get(e.to)!];
    (e.kind === '->' ? directed : bidir).push(pair);
  }
  const all = ids.map((_, i) => i);
  const x = pick(rng, all, rng() < 0.25 ? 2 : 1);
  const y = pick(rng, all.filter((v) => !x.includes(v)), rng() < 0.25 && n > 3 ? 2 : 1);
  const rest = all.filter((v) => !x.includes(v) && !y.includes(v));
  const latent = rest.filter(() => rng() < 0.15);
  const selectable = rest.filter((v) => !latent.includes(v));
  const selected = rng() < 0.12 && selectable.length > 0 ? pick(rng, selectable, 1) : [];
  const name = (list: number[]) => list.map((v) => ids[v]);
  const graph = graphFromLists({
    nodes: ids,
    directed: directed.map(([a, b]) => [ids[a], ids[b]] as [string, string]),
    bidirected: bidir.map(([a, b]) => [ids[a], ids[b]] as [string, string]),
    roles: { exposure: name(x), outcome: name(y), latent: name(latent), selected: name(selected) },
  });
  return { graph, ids, directed, bidirected: bidir, x, y, latent, selected };
}

/** One step of a path: the next node and whether the edge has an arrowhead at each end. */
interface Step {
  readonly to: number;
  readonly headAtFrom: boolean;
  readonly headAtTo: boolean;
}

interface BrutePath {
  readonly nodes: number[];
  readonly causal: boolean;
  /** Bit masks of interior non-colliders and colliders. */
  readonly nonColliders: number;
  readonly colliders: number;
}

class Oracle {
  readonly n: number;
  readonly ancestorsOf: number[];
  readonly descendantsOf: number[];

  constructor(
    readonly q: Query,
    readonly effect: Effect,
  ) {
    this.n = q.ids.length;
    const parents = Array.from({ length: this.n }, () => [] as number[]);
    for (const [a, b] of q.directed) parents[b].push(a);
    const memo = new Map<number, number>();
    const up = (v: number): number => {
      let mask = memo.get(v);
      if (mask !== undefined) return mask;
      mask = 1 << v;
      for (const p of parents[v]) mask |= up(p);
      memo.set(v, mask);
      return mask;
    };
    this.ancestorsOf = q.ids.map((_, v) => up(v));
    this.descendantsOf = q.ids.map((_, v) => this.ancestorsOf.reduce((m, anc, w) => (anc & (1 << v) ? m | (1 << w) : m), 0));
  }

  /** Every simple path from some x to some y whose only X node is the first, in `effect`'s graph. */
  paths(): BrutePath[] {
    const { q } = this;
    const steps: Step[][] = Array.from({ length: this.n }, () => []);
    for (const [a, b] of q.directed) {
      if (this.effect === 'direct' && q.x.includes(a) && q.y.includes(b)) continue;
      steps[a].push({ to: b, headAtFrom: false, headAtTo: true });
      steps[b].push({ to: a, headAtFrom: true, headAtTo: false });
    }
    for (const [a, b] of q.bidirected) {
      steps[a].push({ to: b, headAtFrom: true, headAtTo: true });
      steps[b].push({ to: a, headAtFrom: true, headAtTo: true });
    }
    const out: BrutePath[] = [];
    const walk = (nodes: number[], heads: boolean[][], causal: boolean) => {
      const v = nodes[nodes.length - 1];
      if (nodes.length > 1 && q.y.includes(v)) {
        let nonColliders = 0;
        let colliders = 0;
        for (let i = 1; i < nodes.length - 1; i++) {
          if (heads[i - 1][1] && heads[i][0]) colliders |= 1 << nodes[i];
          else nonColliders |= 1 << nodes[i];
        }
        out.push({ nodes: [...nodes], causal, nonColliders, colliders });
      }
      for (const s of steps[v]) {
        if (nodes.includes(s.to) || q.x.includes(s.to)) continue;
        nodes.push(s.to);
        heads.push([s.headAtFrom, s.headAtTo]);
        walk(nodes, heads, causal && !s.headAtFrom && s.headAtTo);
        nodes.pop();
        heads.pop();
      }
    };
    for (const x of q.x) walk([x], [], true);
    return out;
  }

  forbiddenMask(paths: BrutePath[]): number {
    let sources = 0;
    if (this.effect === 'total') {
      for (const p of paths) if (p.causal) for (const v of p.nodes.slice(1)) sources |= 1 << v;
    } else {
      for (const v of this.q.y) sources |= 1 << v;
    }
    let forbidden = 0;
    for (let v = 0; v < this.n; v++) if (sources & (1 << v)) forbidden |= this.descendantsOf[v];
    return forbidden;
  }

  anMask(z: number): number {
    let an = 0;
    for (let v = 0; v < this.n; v++) if (z & (1 << v)) an |= this.ancestorsOf[v];
    return an;
  }

  isOpen(p: BrutePath, z: number, anZ = this.anMask(z)): boolean {
    return (p.nonColliders & z) === 0 && (p.colliders & ~anZ) === 0;
  }

  /** Paths that Z must block: non-causal ones (total effect) or all of them (direct effect). */
  biasing(paths: BrutePath[]): BrutePath[] {
    return this.effect === 'total' ? paths.filter((p) => !p.causal) : paths;
  }
}

const maskOfIds = (q: Query, ids: readonly string[]) => ids.reduce((m, id) => m | (1 << q.ids.indexOf(id)), 0);
const idsOfMask = (q: Query, mask: number) =>
  q.ids.filter((_, v) => mask & (1 << v)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const lex = (a: string[], b: string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length - b.length;
};
const sortSets = (sets: string[][]) => [...sets].sort(lex);

interface Truth {
  readonly oracle: Oracle;
  readonly paths: BrutePath[];
  readonly forbidden: number;
  /** Every valid set (as a mask) over the observed non-X/Y nodes, ignoring must/mustNot/selected. */
  readonly valid: (z: number) => boolean;
  readonly pool: number;
}

function truthFor(q: Query, effect: Effect): Truth {
  const oracle = new Oracle(q, effect);
  const paths = oracle.paths();
  const forbidden = oracle.forbiddenMask(paths);
  const biasing = oracle.biasing(paths);
  let pool = 0;
  for (let v = 0; v < oracle.n; v++) if (!q.x.includes(v) && !q.y.includes(v) && !q.latent.includes(v)) pool |= 1 << v;
  const valid = (z: number) => {
    if ((z & ~pool) !== 0 || (z & forbidden) !== 0) return false;
    const anZ = oracle.anMask(z);
    return biasing.every((p) => !oracle.isOpen(p, z, anZ));
  };
  return { oracle, paths, forbidden, valid, pool };
}

function validSets(t: Truth, include: number, exclude: number): number[] {
  const out: number[] = [];
  for (let z = t.pool; ; z = (z - 1) & t.pool) {
    if ((z & include) === include && (z & exclude) === 0 && t.valid(z)) out.push(z);
    if (z === 0) break;
  }
  return out;
}

const minimalOf = (sets: number[]) => sets.filter((z) => !sets.some((w) => w !== z && (w & z) === w));

function checkQuery(q: Query, rng: Rng): void {
  const selectedMask = q.selected.reduce((m, v) => m | (1 << v), 0);
  for (const effect of ['total', 'direct'] as const) {
    const t = truthFor(q, effect);
    const label = `${JSON.stringify(q.graph)} ${effect}`;
    const valid = validSets(t, selectedMask, 0);
    const expectedMinimal = sortSets(minimalOf(valid).map((z) => idsOfMask(q, z)));
    expect(minimalAdjustmentSets(q.graph, { effect, max: 10_000 }), label).toEqual({ sets: expectedMinimal, truncated: false });
    expect(sortSets(allAdjustmentSets(q.graph, { effect, max: 10_000 }).sets), label).toEqual(sortSets(valid.map((z) => idsOfMask(q, z))));

    const canonical = canonicalAdjustmentSet(q.graph, effect);
    expect(canonical === null, label).toBe(valid.length === 0);
    if (canonical !== null) expect(t.valid(maskOfIds(q, canonical)), label).toBe(true);

    // must / mustNot constraints: the I-minimal sets of the constrained family.
    const free = q.ids.map((_, v) => v).filter((v) => t.pool & (1 << v) && !q.selected.includes(v));
    const must = free.filter(() => rng() < 0.15);
    const mustNot = free.filter((v) => !must.includes(v) && rng() < 0.2);
    const include = must.reduce((m, v) => m | (1 << v), selectedMask);
    const exclude = mustNot.reduce((m, v) => m | (1 << v), 0);
    const constrained = validSets(t, include, exclude);
    const listing = minimalAdjustmentSets(q.graph, {
      effect,
      must: must.map((v) => q.ids[v]),
      mustNot: mustNot.map((v) => q.ids[v]),
      max: 10_000,
    });
    expect(listing.sets, `${label} must=${must} mustNot=${mustNot}`).toEqual(sortSets(minimalOf(constrained).map((z) => idsOfMask(q, z))));

    // The cap: `max` sets and `truncated` exactly when there are more.
    if (expectedMinimal.length > 1) {
      const capped = minimalAdjustmentSets(q.graph, { effect, max: 1 });
      expect(capped.truncated).toBe(true);
      expect(capped.sets.length).toBe(1);
      expect(expectedMinimal).toContainEqual(capped.sets[0]);
    }

    // checkAdjustmentSet on random sets, latent nodes and exposures included now and then.
    for (let k = 0; k < 3; k++) {
      const z = q.ids.map((_, v) => v).filter((v) => !q.x.includes(v) && !q.y.includes(v) && rng() < 0.35);
      if (rng() < 0.1) z.push(q.x[0]);
      const zMask = z.reduce((m, v) => m | (1 << v), selectedMask);
      const check = checkAdjustmentSet(q.graph, { effect, set: z.map((v) => q.ids[v]), maxPaths: 10 });
      const observed = zMask & ~q.x.concat(q.y).reduce((m, v) => m | (1 << v), 0);
      const expectValid = observed === zMask && t.valid(zMask);
      expect(check.valid, `${label} Z=${idsOfMask(q, zMask)}`).toBe(expectValid);
      expect(check.reasons.length === 0).toBe(expectValid);
      expect(check.forbidden.map((f) => f.node).sort()).toEqual(idsOfMask(q, observed & t.forbidden));
      expect(check.containsLatent).toEqual(idsOfMask(q, zMask & q.latent.reduce((m, v) => m | (1 << v), 0)));
      const anZ = t.oracle.anMask(observed);
      const open = t.oracle.biasing(t.paths).filter((p) => t.oracle.isOpen(p, observed, anZ));
      const openSequences = new Set(open.map((p) => p.nodes.map((v) => q.ids[v]).join(' ')));
      const unknown = check.openPaths.filter((path) => !openSequences.has(path.join(' ')));
      expect(unknown, `${label} Z=${idsOfMask(q, zMask)}: reported paths that are not open biasing paths`).toEqual([]);
      expect(check.openPaths.length > 0, `${label} Z=${idsOfMask(q, zMask)}`).toBe(open.length > 0);
      if ((observed & t.forbidden) === 0 && open.length > 0) {
        const shortest = Math.min(...open.map((p) => p.nodes.length));
        expect(check.openPaths[0].length).toBe(shortest);
        const lengths = check.openPaths.map((p) => p.length);
        expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      }
    }
  }

  // The O-set, where defined, is valid; it is defined for every DAG query with one exposure that has
  // a causal path to its outcomes and a valid set, unless it would need a latent node.
  const optimal = optimalAdjustmentSet(q.graph);
  const total = truthFor(q, 'total');
  if (optimal.set !== null) {
    expect(optimal.reason).toBeNull();
    expect(total.valid(maskOfIds(q, optimal.set))).toBe(true);
  } else {
    expect(typeof optimal.reason).toBe('string');
    const hasCausal = total.paths.some((p) => p.causal);
    const applies = q.bidirected.length === 0 && q.x.length === 1 && q.selected.length === 0 && hasCausal;
    if (applies && validSets(total, 0, 0).length > 0) expect(optimal.reason).toMatch(/latent|not a valid adjustment set for these outcomes/);
  }
}

describe('adjustment sets agree with brute force', () => {
  it('on 1000 random DAGs (seeds 1000–1999)', () => {
    for (let seed = 1000; seed < 2000; seed++) checkQuery(randomQuery(mulberry32(seed), false), mulberry32(seed + 7_000_000));
  });

  it('on 1000 random ADMGs (seeds 5000–5999)', () => {
    for (let seed = 5000; seed < 6000; seed++) checkQuery(randomQuery(mulberry32(seed), true), mulberry32(seed + 7_000_000));
  });
});

// ---- The O-set on linear-Gaussian SCMs: exact asymptotic variances from the implied covariance ----

/** Solves A·X = B (A n×n, B n×k) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const m = a.map((row, i) => [...row, ...b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k < m[r].length; k++) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => row.slice(n).map((v) => v / m[i][i]));
}

const identity = (n: number) => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const transpose = (a: number[][]) => a[0].map((_, j) => a.map((row) => row[j]));
const multiply = (a: number[][], b: number[][]) => a.map((row) => b[0].map((_, j) => row.reduce((s, v, k) => s + v * b[k][j], 0)));

interface LinearScm {
  readonly sigma: number[][];
  readonly totalEffect: (x: number, y: number) => number;
}

function randomLinearScm(rng: Rng, q: Query): LinearScm {
  const n = q.ids.length;
  const b = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [from, to] of q.directed) b[from][to] = (rng() < 0.5 ? -1 : 1) * (0.5 + rng());
  const omega = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0.5 + rng() : 0)));
  // V = Bᵀ V + ε, so V = (I − Bᵀ)⁻¹ ε and Σ = (I − Bᵀ)⁻¹ Ω (I − B)⁻¹; (I − B)⁻¹ holds path sums.
  const iMinusB = identity(n).map((row, i) => row.map((v, j) => v - b[i][j]));
  const pathSums = solve(iMinusB, identity(n));
  const sigma = multiply(multiply(transpose(pathSums), omega), pathSums);
  return { sigma, totalEffect: (x, y) => pathSums[x][y] };
}

/** Residual variance of `a` given `s` under covariance Σ. */
function conditionalVariance(sigma: number[][], a: number, s: number[]): number {
  if (s.length === 0) return sigma[a][a];
  const sss = s.map((i) => s.map((j) => sigma[i][j]));
  const ssa = s.map((i) => [sigma[i][a]]);
  const w = solve(sss, ssa);
  return sigma[a][a] - s.reduce((sum, i, k) => sum + sigma[a][i] * w[k][0], 0);
}

/** The OLS coefficient of x in the regression of y on (x, Z), and its asymptotic variance. */
function adjustedEstimator(sigma: number[][], x: number, y: number, z: number[]): { coefficient: number; variance: number } {
  const w = [x, ...z];
  const coefficients = solve(
    w.map((i) => w.map((j) => sigma[i][j])),
    w.map((i) => [sigma[i][y]]),
  );
  return { coefficient: coefficients[0][0], variance: conditionalVariance(sigma, y, w) / conditionalVariance(sigma, x, z) };
}

describe('the optimal adjustment set', () => {
  it('is valid and has the smallest asymptotic variance of all valid sets on 400 linear-Gaussian DAG models (seeds 9000–9399)', () => {
    let compared = 0;
    for (let seed = 9000; seed < 9400; seed++) {
      const rng = mulberry32(seed);
      const n = randomInt(rng, 3, 8);
      const base = randomAdmg(rng, { n, pDirected: 0.3 + 0.3 * rng() });
      const ids = base.nodes.map((node) => node.id as string);
      const index = new Map(ids.map((id, i) => [id, i]));
      const directed = base.edges.map((e) => [index.get(e.from)!, index.get(e.to)!] as [number, number]);
      // Exposure and outcome along a directed edge's ancestry, so that a causal path usually exists.
      const [x, y] = directed.length > 0 ? directed[Math.floor(rng() * directed.length)] : [0, 1];
      const graph = graphFromLists({
        nodes: ids,
        directed: directed.map(([a, c]) => [ids[a], ids[c]] as [string, string]),
        roles: { exposure: [ids[x]], outcome: [ids[y]] },
      });
      const q: Query = { graph, ids, directed, bidirected: [], x: [x], y: [y], latent: [], selected: [] };
      const optimal = optimalAdjustmentSet(graph);
      const truth = truthFor(q, 'total');
      const valid = validSets(truth, 0, 0);
      if (!truth.paths.some((p) => p.causal)) {
        expect(optimal.set).toBeNull();
        expect(optimal.reason).toMatch(/no causal path/);
        continue;
      }
      expect(optimal.set === null, `seed ${seed}: ${optimal.reason}`).toBe(valid.length === 0);
      if (optimal.set === null) continue;
      const o = maskOfIds(q, optimal.set);
      expect(truth.valid(o)).toBe(true);
      const scm = randomLinearScm(rng, q);
      const members = (mask: number) => ids.map((_, v) => v).filter((v) => mask & (1 << v));
      const best = adjustedEstimator(scm.sigma, x, y, members(o));
      const effect = scm.totalEffect(x, y);
      for (const z of valid) {
        const estimator = adjustedEstimator(scm.sigma, x, y, members(z));
        expect(Math.abs(estimator.coefficient - effect), `seed ${seed} Z=${idsOfMask(q, z)}`).toBeLessThan(1e-9 * (1 + Math.abs(effect)));
        expect(best.variance, `seed ${seed} Z=${idsOfMask(q, z)}`).toBeLessThanOrEqual(estimator.variance * (1 + 1e-9));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});

describe('minimal sets on medium graphs (10–14 nodes)', () => {
  it('are exactly the inclusion-minimal valid sets listed by ListSep, each valid with no valid proper subset (seeds 12000–12099)', () => {
    let compared = 0;
    for (let seed = 12000; seed < 12100; seed++) {
      const rng = mulberry32(seed);
      const n = randomInt(rng, 10, 14);
      const base = randomAdmg(rng, { n, pDirected: 0.15 + 0.1 * rng(), pBidirected: seed % 2 ? 0.05 : 0 });
      const ids = base.nodes.map((node) => node.id as string);
      const pairs = (kind: string) => base.edges.filter((e) => e.kind === kind).map((e) => [e.from, e.to] as [string, string]);
      const x = pick(rng, ids.map((_, i) => i), 1);
      const y = pick(rng, ids.map((_, i) => i).filter((v) => !x.includes(v)), rng() < 0.3 ? 2 : 1);
      const graph = graphFromLists({
        nodes: ids,
        directed: pairs('->'),
        bidirected: pairs('<->'),
        roles: { exposure: x.map((v) => ids[v]), outcome: y.map((v) => ids[v]) },
      });
      for (const effect of ['total', 'direct'] as const) {
        const all = allAdjustmentSets(graph, { effect, max: 2000 });
        if (all.truncated) continue;
        compared++;
        const key = (set: string[]) => set.join(' ');
        const allKeys = new Set(all.sets.map(key));
        const minimalOfAll = all.sets.filter((set) => !all.sets.some((other) => other.length < set.length && other.every((v) => set.includes(v))));
        const minimal = minimalAdjustmentSets(graph, { effect, max: 5000 });
        expect(minimal.sets, `seed ${seed} ${effect}`).toEqual(sortSets(minimalOfAll));
        for (const set of minimal.sets) {
          expect(checkAdjustmentSet(graph, { effect, set }).valid).toBe(true);
          for (const v of set) expect(allKeys.has(key(set.filter((w) => w !== v)))).toBe(false);
        }
      }
    }
    expect(compared).toBeGreaterThan(150);
  });
});
