/**
 * engine/identify/free-variables — the variables an expression depends on.
 *
 * Contract: `freeVariables(e)` is the set of variables that occur in a `P` term of `e` and are not
 * bound by an enclosing `sum` (lexical scope: Σ_V binds V in its body only; an inner Σ may shadow
 * an outer one). `mentionedVariables(e)` is every variable that occurs anywhere, bound or free.
 * Results are sorted in code-unit order. Complexity: O(size of e · variables per term).
 */
import type { Expr } from './expression';
import { compareIds } from '../graph/indexed';

function collectFree(expr: Expr, bound: ReadonlySet<string>, out: Set<string>): void {
  switch (expr.op) {
    case 'P':
      for (const v of expr.vars) if (!bound.has(v)) out.add(v);
      for (const v of expr.given) if (!bound.has(v)) out.add(v);
      return;
    case 'prod':
      for (const f of expr.factors) collectFree(f, bound, out);
      return;
    case 'sum': {
      const inner = new Set(bound);
      for (const v of expr.vars) inner.add(v);
      collectFree(expr.body, inner, out);
      return;
    }
    case 'frac':
      collectFree(expr.num, bound, out);
      collectFree(expr.den, bound, out);
      return;
    case 'const':
      return;
  }
}

/** Variables `expr` depends on, sorted. */
export function freeVariables(expr: Expr): string[] {
  const out = new Set<string>();
  collectFree(expr, new Set(), out);
  return [...out].sort(compareIds);
}

/** Whether `variable` occurs free in `expr` (cheaper than building the whole set when it does). */
export function occursFree(expr: Expr, variable: string): boolean {
  switch (expr.op) {
    case 'P':
      return expr.vars.includes(variable) || expr.given.includes(variable);
    case 'prod':
      return expr.factors.some((f) => occursFree(f, variable));
    case 'sum':
      return !expr.vars.includes(variable) && occursFree(expr.body, variable);
    case 'frac':
      return occursFree(expr.num, variable) || occursFree(expr.den, variable);
    case 'const':
      return false;
  }
}

/** Every variable that occurs in `expr`, bound or free, sorted. */
export function mentionedVariables(expr: Expr): string[] {
  const out = new Set<string>();
  const walk = (e: Expr): void => {
    switch (e.op) {
      case 'P':
        e.vars.forEach((v) => out.add(v));
        e.given.forEach((v) => out.add(v));
        return;
      case 'prod':
        e.factors.forEach(walk);
        return;
      case 'sum':
        e.vars.forEach((v) => out.add(v));
        walk(e.body);
        return;
      case 'frac':
        walk(e.num);
        walk(e.den);
        return;
      case 'const':
        return;
    }
  };
  walk(expr);
  return [...out].sort(compareIds);
}
