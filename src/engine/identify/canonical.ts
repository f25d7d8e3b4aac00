/**
 * engine/identify/canonical — a canonical form for comparing expression trees syntactically.
 *
 * Contract: `canonicalExpr(e)` returns a tree equal in value to `e` in which the variables of each
 * P term and sum are sorted, nested products are flattened, factors equal to 1 are dropped and
 * constants multiplied together, factors are sorted by their key, sums over no variables vanish,
 * directly nested sums over disjoint variables merge, and x/1 becomes x. `exprKey(e)` is a string
 * that two trees share iff their canonical forms are identical; `sameExpr(a, b)` compares keys.
 * This is a syntactic normal form (like y0's canonicalize): equal keys imply equal values, but two
 * equal formulas written differently (chain rule, renamed bound variables) keep different keys.
 * Complexity: O(s log s) for a tree of size s.
 */
import { compareIds } from '../graph/indexed';
import { type Expr, P, constant, frac, prod, sum } from './expression';

const sorted = (vars: readonly string[]): string[] => [...new Set(vars)].sort(compareIds);

export function canonicalExpr(expr: Expr): Expr {
  switch (expr.op) {
    case 'const':
      return expr;
    case 'P':
      return P(sorted(expr.vars), sorted(expr.given));
    case 'prod': {
      const flat: Expr[] = [];
      let coefficient = 1;
      const add = (e: Expr) => {
        if (e.op === 'prod') e.factors.forEach(add);
        else if (e.op === 'const') coefficient *= e.value;
        else flat.push(e);
      };
      expr.factors.map(canonicalExpr).forEach(add);
      if (coefficient !== 1 || flat.length === 0) flat.push(constant(coefficient));
      if (flat.length === 1) return flat[0];
      const keyed = flat.map((e) => [key(e), e] as const).sort((a, b) => compareIds(a[0], b[0]));
      return prod(keyed.map(([, e]) => e));
    }
    case 'sum': {
      const body = canonicalExpr(expr.body);
      const vars = sorted(expr.vars);
      if (vars.length === 0) return body;
      if (body.op === 'sum' && body.vars.every((v) => !vars.includes(v))) {
        return sum(sorted([...vars, ...body.vars]), body.body);
      }
      return sum(vars, body);
    }
    case 'frac': {
      const num = canonicalExpr(expr.num);
      const den = canonicalExpr(expr.den);
      if (den.op === 'const' && den.value === 1) return num;
      return frac(num, den);
    }
  }
}

const quote = (v: string) => JSON.stringify(v);

function key(expr: Expr): string {
  switch (expr.op) {
    case 'const':
      return `#${expr.value}`;
    case 'P':
      return `P(${expr.vars.map(quote).join(',')}|${expr.given.map(quote).join(',')})`;
    case 'prod':
      return `*[${expr.factors.map(key).join(';')}]`;
    case 'sum':
      return `S{${expr.vars.map(quote).join(',')}}[${key(expr.body)}]`;
    case 'frac':
      return `/[${key(expr.num)};${key(expr.den)}]`;
  }
}

/** A string identifying the canonical form of `expr`. */
export function exprKey(expr: Expr): string {
  return key(canonicalExpr(expr));
}

/** Whether two trees have the same canonical form. */
export function sameExpr(a: Expr, b: Expr): boolean {
  return exprKey(a) === exprKey(b);
}
