/**
 * engine/identify/simplify — safe algebraic rewrites that make an ID/IDC tree readable.
 *
 * Contract: `simplifyExpr(expr, ig)` returns a tree with the same value as `expr` on every
 * positive distribution that is Markov (m-separation) to the ADMG `ig` — every P(· | ·) term of
 * the tree is read as the observational distribution over the nodes of `ig`. Rewrites, applied
 * bottom-up to a fixpoint:
 *   P(∅ | C) = 1;   constants fold; nested products flatten;   Σ over nothing vanishes;
 *   Σ_S Σ_T e = Σ_{S ∪ T} e  (S, T disjoint);  a Σ_T factor inside Σ_S joins it when T is not
 *   free in the other factors;
 *   marginalisation  Σ_v P(v, A | C) · F = P(A | C) · F  when v ∉ C and v is not free in F;
 *   chain rule  P(A | B, C) · P(B | C) = P(A, B | C);
 *   ratios  P(S | C) / P(T | C) = P(S ∖ T | T, C) for T ⊆ S, identical factors cancel, and
 *   (Σ_S a) / d = Σ_S (a / d) when d does not depend on S and the division then cancels;
 *   d-separation  P(A | C) = P(A | C ∖ {c}) when A ⊥ c | C ∖ {c} in `ig`;
 * and finally, once, sums move inwards: factors that do not depend on a sum's variables leave it
 * and a sum over independent groups of factors splits into a product of sums.
 * Rewrites never rename a bound variable (names are node ids the evaluator looks up).
 * Cancelling x/x = 1 assumes x ≠ 0, which holds for positive distributions; on data with empty
 * cells the simplified tree can be defined where the raw one is NaN.
 * Every rewrite is treated as untrusted: the property tests check raw and simplified trees
 * numerically against interventional truth (IDENTIFICATION.md §3 #2, §10).
 * Complexity: each pass is O(s² · t) for a tree of size s with t variables per term, plus one
 * O(n + m) separation test per conditioning variable (cached); passes are capped.
 * Reference: Tikka & Karvanen 2017 (JMLR), "Simplifying probabilistic expressions in causal inference".
 */
import type { IndexedGraph } from '../graph/indexed';
import { compareIds } from '../graph/indexed';
import type { NodeId } from '../graph/types';
import { isDSeparated } from '../paths/dseparation';
import { exprKey } from './canonical';
import { type Expr, P, constant, frac, prod, sum } from './expression';
import { occursFree } from './free-variables';

type PTerm = Extract<Expr, { op: 'P' }>;

const sorted = (vs: Iterable<string>) => [...new Set(vs)].sort(compareIds);
const subset = (a: readonly string[], b: readonly string[]) => a.every((v) => b.includes(v));
const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && subset(a, b);
const disjoint = (a: readonly string[], b: readonly string[]) => !a.some((v) => b.includes(v));
const isOne = (e: Expr) => e.op === 'const' && e.value === 1;

class Simplifier {
  private readonly separated = new Map<string, boolean>();
  constructor(private readonly ig: IndexedGraph) {}

  private independent(a: readonly string[], c: string, rest: readonly string[]): boolean {
    const key = `${a.join('\u0000')}|${c}|${rest.join('\u0000')}`;
    let answer = this.separated.get(key);
    if (answer === undefined) {
      const at = (vs: readonly string[]) => vs.map((v) => this.ig.indexOf.get(v as NodeId)!);
      answer = isDSeparated(this.ig, at(a), at([c]), at(rest));
      this.separated.set(key, answer);
    }
    return answer;
  }

  term(e: PTerm): Expr {
    // P(a, c | c) = P(a | c): an outcome that is also conditioned on is fixed.
    const vars = sorted(e.vars.filter((v) => !e.given.includes(v)));
    let given = sorted(e.given);
    if (vars.length === 0) return constant(1);
    if (!vars.every((v) => this.ig.indexOf.has(v as NodeId)) || !given.every((v) => this.ig.indexOf.has(v as NodeId))) {
      return P(vars, given);
    }
    for (const c of [...given]) {
      const rest = given.filter((v) => v !== c);
      if (this.independent(vars, c, rest)) given = rest;
    }
    return P(vars, given);
  }

  product(factors: readonly Expr[]): Expr {
    const flat: Expr[] = [];
    let coefficient = 1;
    const add = (f: Expr) => {
      if (f.op === 'prod') f.factors.forEach(add);
      else if (f.op === 'const') coefficient *= f.value;
      else flat.push(f);
    };
    factors.forEach(add);
    if (coefficient === 0) return constant(0);
    // Chain rule: P(A | B ∪ C) · P(B | C) = P(A ∪ B | C).
    for (let joined = true; joined; ) {
      joined = false;
      search: for (let i = 0; i < flat.length; i++) {
        const a = flat[i];
        if (a.op !== 'P') continue;
        for (let j = 0; j < flat.length; j++) {
          const b = flat[j];
          if (i === j || b.op !== 'P') continue;
          if (subset(b.vars, a.given) && sameSet(a.given, sorted([...b.vars, ...b.given])) && disjoint(b.vars, b.given)) {
            const merged = this.term(P([...a.vars, ...b.vars], b.given) as PTerm);
            flat.splice(Math.max(i, j), 1);
            flat.splice(Math.min(i, j), 1, merged);
            joined = true;
            break search;
          }
        }
      }
    }
    if (coefficient !== 1) flat.unshift(constant(coefficient));
    if (flat.length === 0) return constant(1);
    return flat.length === 1 ? flat[0] : prod(flat);
  }

  summation(vars: readonly string[], body: Expr): Expr {
    let bound = sorted(vars);
    let factors = body.op === 'prod' ? [...body.factors] : [body];
    for (let changed = true; changed; ) {
      changed = false;
      // Join inner sums whose variables are bound nowhere else in this product.
      for (let i = 0; i < factors.length; i++) {
        const f = factors[i];
        if (f.op !== 'sum') continue;
        const others = factors.filter((_, j) => j !== i);
        if (!disjoint(f.vars, bound) || f.vars.some((v) => others.some((o) => occursFree(o, v)))) continue;
        bound = sorted([...bound, ...f.vars]);
        factors = [...others, ...(f.body.op === 'prod' ? f.body.factors : [f.body])];
        changed = true;
        break;
      }
      // Marginalise a variable that only one P term mentions, among its outcomes.
      for (const v of bound) {
        const holders = factors.filter((f) => occursFree(f, v));
        const only = holders[0];
        if (holders.length === 1 && only.op === 'P' && only.vars.includes(v) && !only.given.includes(v)) {
          const reduced = this.term(P(only.vars.filter((u) => u !== v), only.given) as PTerm);
          factors = factors.map((f) => (f === only ? reduced : f));
          bound = bound.filter((u) => u !== v);
          changed = true;
          break;
        }
      }
      const normal = this.product(factors);
      factors = normal.op === 'prod' ? [...normal.factors] : [normal];
    }
    const product = this.product(factors);
    if (bound.length === 0) return product;
    return sum(bound, product);
  }

  fraction(num: Expr, den: Expr): Expr {
    if (isOne(den)) return num;
    if (exprKey(num) === exprKey(den)) return constant(1);
    // (Σ_S a) / d = Σ_S (a / d) when d does not depend on S: lets d cancel against a factor of a.
    if (num.op === 'sum' && !num.vars.some((v) => occursFree(den, v))) {
      const inner = this.fraction(num.body, den);
      if (inner.op !== 'frac') return this.summation(num.vars, inner);
    }
    const numFactors = num.op === 'prod' ? [...num.factors] : [num];
    let denFactors = den.op === 'prod' ? [...den.factors] : [den];
    // Cancel identical factors, then divide P(S | C) by P(T | C) for T ⊆ S.
    for (const d of [...denFactors]) {
      const key = exprKey(d);
      const i = numFactors.findIndex((f) => exprKey(f) === key);
      if (i >= 0) {
        numFactors.splice(i, 1);
        denFactors = denFactors.filter((f) => f !== d);
        continue;
      }
      if (d.op !== 'P') continue;
      const j = numFactors.findIndex((f) => f.op === 'P' && sameSet(f.given, d.given) && subset(d.vars, f.vars));
      if (j >= 0) {
        const f = numFactors[j] as PTerm;
        numFactors[j] = this.term(P(f.vars.filter((v) => !d.vars.includes(v)), [...d.vars, ...d.given]) as PTerm);
        denFactors = denFactors.filter((g) => g !== d);
      }
    }
    const n = this.product(numFactors);
    const dd = this.product(denFactors);
    return isOne(dd) ? n : frac(n, dd);
  }

  pass(e: Expr): Expr {
    switch (e.op) {
      case 'const':
        return e;
      case 'P':
        return this.term(e);
      case 'prod':
        return this.product(e.factors.map((f) => this.pass(f)));
      case 'sum': {
        const body = this.pass(e.body);
        if (body.op === 'sum' && disjoint(body.vars, e.vars)) return this.summation([...e.vars, ...body.vars], body.body);
        return this.summation(e.vars, body);
      }
      case 'frac':
        return this.fraction(this.pass(e.num), this.pass(e.den));
    }
  }

  /** Moves sums inwards: independent factors leave, independent groups split. */
  pushIn(e: Expr): Expr {
    switch (e.op) {
      case 'const':
      case 'P':
        return e;
      case 'prod':
        return this.product(e.factors.map((f) => this.pushIn(f)));
      case 'frac':
        return frac(this.pushIn(e.num), this.pushIn(e.den));
      case 'sum': {
        const factors = e.body.op === 'prod' ? e.body.factors : [e.body];
        const outside = factors.filter((f) => !e.vars.some((v) => occursFree(f, v)));
        const inside = factors.filter((f) => !outside.includes(f));
        // Group the inside factors that share a bound variable (union–find over factors).
        const group = inside.map((_, i) => i);
        const find = (i: number): number => (group[i] === i ? i : (group[i] = find(group[i])));
        for (const v of e.vars) {
          const holders = inside.flatMap((f, i) => (occursFree(f, v) ? [i] : []));
          for (const h of holders.slice(1)) group[find(h)] = find(holders[0]);
        }
        const groups = new Map<number, Expr[]>();
        inside.forEach((f, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), f]));
        const sums = [...groups.values()].map((members) => {
          const vars = e.vars.filter((v) => members.some((f) => occursFree(f, v)));
          const body = this.pushIn(members.length === 1 ? members[0] : prod(members));
          if (vars.length === 0) return body;
          // Σ_S Σ_T b = Σ_{S ∪ T} b for disjoint S, T: one sum sign instead of two.
          return body.op === 'sum' && disjoint(body.vars, vars) ? sum(sorted([...vars, ...body.vars]), body.body) : sum(vars, body);
        });
        const unused = e.vars.filter((v) => !inside.some((f) => occursFree(f, v)));
        if (unused.length > 0) return sum(unused, this.product([...outside.map((f) => this.pushIn(f)), ...sums]));
        return this.product([...outside.map((f) => this.pushIn(f)), ...sums]);
      }
    }
  }
}

/** The simplified tree (same value on every positive distribution Markov to `ig`). */
export function simplifyExpr(expr: Expr, ig: IndexedGraph, maxPasses = 12): Expr {
  const s = new Simplifier(ig);
  let current = expr;
  let key = exprKey(current);
  for (let i = 0; i < maxPasses; i++) {
    const next = s.pass(current);
    const nextKey = exprKey(next);
    current = next;
    if (nextKey === key) break;
    key = nextKey;
  }
  return s.pushIn(current);
}
