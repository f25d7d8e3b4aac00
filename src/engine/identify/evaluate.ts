/**
 * engine/identify/evaluate — the exact value of a probability expression on a discrete joint
 * distribution or on a table of counts (the empirical distribution).
 *
 * Contract: a `Distribution` lists finite variables (values 0 … card−1) and a non-negative weight
 * per joint state; weights need not sum to 1 (counts are weights), every probability is a ratio
 * of marginal weights. P(A | B) = w(A ∪ B) / w(B), P(A) = w(A) / w(all); a product multiplies, a
 * fraction divides, Σ_S binds S (shadowing any outer value of S) and sums over all values of S.
 * A zero denominator — a conditioning event with no weight, which happens on data — makes the
 * value NaN and sets `zeroDenominator`; NaN then propagates through the whole result.
 * Every free variable of the expression must be assigned; unknown variables throw.
 * Complexity: each marginal table costs O(states) once per variable set; each node is memoised on
 * the values of its own free variables, so a tree of size s with free-variable spaces of size ≤ k
 * costs O(s · k · card) after the marginals.
 * Reference: IDENTIFICATION.md §10.3 (the numeric formula check).
 */
import type { Expr } from './expression';
import { freeVariables } from './free-variables';

export interface Distribution {
  readonly vars: readonly string[];
  /** Number of values of each variable. */
  readonly cards: readonly number[];
  /** One weight per joint state; state index = Σ value_i · stride_i with stride_0 = 1. */
  readonly weights: Float64Array;
}

export interface Evaluation {
  readonly value: number;
  /** True when some conditioning event had zero weight; `value` is then NaN. */
  readonly zeroDenominator: boolean;
}

const PREFIX = 'engine/identify/evaluate';

function checkShape(vars: readonly string[], cards: readonly number[]): number {
  if (vars.length !== cards.length) throw new Error(`${PREFIX}: ${vars.length} variables but ${cards.length} cardinalities`);
  if (new Set(vars).size !== vars.length) throw new Error(`${PREFIX}: duplicate variable`);
  let states = 1;
  for (const c of cards) {
    if (!Number.isInteger(c) || c < 1) throw new Error(`${PREFIX}: a cardinality must be a positive integer, got ${c}`);
    states *= c;
  }
  return states;
}

/** A joint distribution from a full table of probabilities (or weights) in state-index order. */
export function distributionFromTable(vars: readonly string[], cards: readonly number[], weights: ArrayLike<number>): Distribution {
  const states = checkShape(vars, cards);
  if (weights.length !== states) throw new Error(`${PREFIX}: expected ${states} weights, got ${weights.length}`);
  const w = Float64Array.from(weights);
  if (w.some((x) => !(x >= 0))) throw new Error(`${PREFIX}: weights must be non-negative numbers`);
  return { vars: [...vars], cards: [...cards], weights: w };
}

/** The empirical distribution of data rows (each row lists the values of `vars` in order). */
export function distributionFromCounts(
  vars: readonly string[],
  cards: readonly number[],
  rows: readonly (readonly number[])[],
): Distribution {
  const states = checkShape(vars, cards);
  const weights = new Float64Array(states);
  rows.forEach((row, r) => {
    let index = 0;
    let stride = 1;
    for (let i = 0; i < vars.length; i++) {
      const value = row[i];
      if (!Number.isInteger(value) || value < 0 || value >= cards[i]) {
        throw new Error(`${PREFIX}: row ${r} has value ${value} for "${vars[i]}" (expected 0…${cards[i] - 1})`);
      }
      index += value * stride;
      stride *= cards[i];
    }
    weights[index] += 1;
  });
  return { vars: [...vars], cards: [...cards], weights };
}

type Node = () => number;

/** Compiles `expr` against `dist` once, for evaluation at many assignments. */
export function compileExpr(expr: Expr, dist: Distribution): (assignment: Readonly<Record<string, number>>) => Evaluation {
  const indexOf = new Map(dist.vars.map((v, i) => [v, i]));
  const at = (v: string) => {
    const i = indexOf.get(v);
    if (i === undefined) throw new Error(`${PREFIX}: variable "${v}" is not in the distribution`);
    return i;
  };
  const values = new Int32Array(dist.vars.length);
  const state = { zero: false };
  const marginals = new Map<string, Float64Array>();
  let total = 0;
  for (const w of dist.weights) total += w;

  // Marginal weights of a sorted variable set, indexed by mixed radix over that set.
  const marginal = (set: readonly number[]): Float64Array => {
    const key = set.join(',');
    const cached = marginals.get(key);
    if (cached) return cached;
    let size = 1;
    for (const i of set) size *= dist.cards[i];
    const table = new Float64Array(size);
    const digits = new Int32Array(dist.vars.length);
    const strides = new Float64Array(dist.vars.length);
    let s = 1;
    for (const i of set) {
      strides[i] = s;
      s *= dist.cards[i];
    }
    let target = 0;
    for (let index = 0; index < dist.weights.length; index++) {
      table[target] += dist.weights[index];
      for (let i = 0; i < digits.length; i++) {
        digits[i]++;
        target += strides[i];
        if (digits[i] < dist.cards[i]) break;
        target -= strides[i] * digits[i];
        digits[i] = 0;
      }
    }
    marginals.set(key, table);
    return table;
  };
  const lookup = (set: readonly number[]): Node => {
    const table = marginal(set);
    return () => {
      let index = 0;
      let stride = 1;
      for (const i of set) {
        index += values[i] * stride;
        stride *= dist.cards[i];
      }
      return table[index];
    };
  };
  const memoised = (e: Expr, compute: Node): Node => {
    const free = freeVariables(e).map(at);
    const cache = new Map<number, number>();
    return () => {
      let code = 0;
      for (const i of free) code = code * dist.cards[i] + values[i];
      let value = cache.get(code);
      if (value === undefined) {
        value = compute();
        cache.set(code, value);
      }
      if (Number.isNaN(value)) state.zero = true;
      return value;
    };
  };
  const divide = (num: number, den: number) => {
    if (den === 0) {
      state.zero = true;
      return Number.NaN;
    }
    return num / den;
  };

  const compile = (e: Expr): Node => {
    switch (e.op) {
      case 'const': {
        const value = e.value;
        return () => value;
      }
      case 'P': {
        if (e.vars.length === 0) return () => 1;
        const joint = [...new Set([...e.vars, ...e.given].map(at))].sort((a, b) => a - b);
        const given = [...new Set(e.given.map(at))].sort((a, b) => a - b);
        const num = lookup(joint);
        const den = given.length > 0 ? lookup(given) : () => total;
        return () => divide(num(), den());
      }
      case 'prod': {
        const factors = e.factors.map(compile);
        return () => {
          let value = 1;
          for (const f of factors) value *= f();
          return value;
        };
      }
      case 'frac': {
        const num = compile(e.num);
        const den = compile(e.den);
        return memoised(e, () => divide(num(), den()));
      }
      case 'sum': {
        const bound = [...new Set(e.vars.map(at))];
        const body = compile(e.body);
        return memoised(e, () => {
          const saved = bound.map((i) => values[i]);
          for (const i of bound) values[i] = 0;
          let acc = 0;
          for (;;) {
            acc += body();
            let k = 0;
            while (k < bound.length) {
              const i = bound[k];
              if (++values[i] < dist.cards[i]) break;
              values[i] = 0;
              k++;
            }
            if (k === bound.length) break;
          }
          bound.forEach((i, k) => (values[i] = saved[k]));
          return acc;
        });
      }
    }
  };

  const root = compile(expr);
  const free = freeVariables(expr);
  free.forEach(at);
  return (assignment) => {
    for (const v of free) {
      const value = assignment[v];
      const i = at(v);
      if (value === undefined) throw new Error(`${PREFIX}: free variable "${v}" has no value`);
      if (!Number.isInteger(value) || value < 0 || value >= dist.cards[i]) {
        throw new Error(`${PREFIX}: value ${value} of "${v}" is out of range`);
      }
      values[i] = value;
    }
    state.zero = false;
    const value = root();
    return { value, zeroDenominator: state.zero };
  };
}

/** Evaluates `expr` at one assignment of its free variables. */
export function evaluateExpr(expr: Expr, dist: Distribution, assignment: Readonly<Record<string, number>>): Evaluation {
  return compileExpr(expr, dist)(assignment);
}

/** The value of `expr`, or NaN when a conditioning event has zero weight. */
export function evaluate(expr: Expr, dist: Distribution, assignment: Readonly<Record<string, number>>): number {
  return evaluateExpr(expr, dist, assignment).value;
}
