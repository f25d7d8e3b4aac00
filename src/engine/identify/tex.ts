/**
 * engine/identify/tex — the TeX view of a probability expression (KaTeX-compatible).
 *
 * Contract: `exprToTex(e)` prints `e` so that its scope cannot be misread: every Σ that stands
 * inside a product is wrapped in \left( … \right), and a Σ binds the rest of its own product or
 * parenthesised group. A bound variable that shadows a free variable or an enclosing bound one is
 * printed with primes (x', x'') as causaleffect does with primes=TRUE, so Σ_{x'} P(y | x', z)
 * P(x') reads correctly inside a formula in which x is fixed. Fractions print as \frac{…}{…}.
 * Node ids print as themselves when they are one letter, as X_{12} for a letter and digits, in
 * \mathit{…} for other alphanumeric names and in \textit{…} (escaped) otherwise: every name is
 * italic, as a one-letter variable is, so `engagement` and `prior_activity` read alike in a formula.
 * Complexity: linear in the size of the tree (plus the free-variable pass).
 * Reference: Tikka & Karvanen 2017 (JSS) for the notation; IDENTIFICATION.md §3 #4 for the scope rule.
 */
import type { Expr } from './expression';
import { latexText } from '../io/latex-text';
import { freeVariables } from './free-variables';

/** The TeX for one variable name. */
export function texVariable(id: string): string {
  if (/^[A-Za-z]$/.test(id)) return id;
  const indexed = /^([A-Za-z])_?(\d+)$/.exec(id);
  if (indexed) return `${indexed[1]}_{${indexed[2]}}`;
  if (/^[A-Za-z][A-Za-z0-9]*$/.test(id)) return `\\mathit{${id}}`;
  return `\\textit{${latexText(id)}}`;
}

interface Scope {
  /** Printed name of each variable currently in scope (free or bound by an enclosing Σ). */
  readonly names: ReadonlyMap<string, string>;
  /** Printed names in use, so a fresh prime never collides. */
  readonly taken: ReadonlySet<string>;
}

function nameOf(scope: Scope, v: string): string {
  return scope.names.get(v) ?? texVariable(v);
}

function bind(scope: Scope, vars: readonly string[]): { scope: Scope; printed: string[] } {
  const names = new Map(scope.names);
  const taken = new Set(scope.taken);
  const printed: string[] = [];
  for (const v of vars) {
    let name = texVariable(v);
    while (taken.has(name)) name += "'";
    names.set(v, name);
    taken.add(name);
    printed.push(name);
  }
  return { scope: { names, taken }, printed };
}

function print(expr: Expr, scope: Scope): string {
  switch (expr.op) {
    case 'const':
      return String(expr.value);
    case 'P': {
      if (expr.vars.length === 0) return '1';
      const vars = expr.vars.map((v) => nameOf(scope, v)).join(', ');
      if (expr.given.length === 0) return `P(${vars})`;
      return `P(${vars} \\mid ${expr.given.map((v) => nameOf(scope, v)).join(', ')})`;
    }
    case 'prod': {
      if (expr.factors.length === 0) return '1';
      return expr.factors
        .map((f, i) => {
          const text = f.op === 'sum' && f.vars.length > 0 ? `\\left(${print(f, scope)}\\right)` : print(f, scope);
          return i > 0 && f.op === 'const' ? `\\cdot ${text}` : text;
        })
        .join(' ');
    }
    case 'sum': {
      if (expr.vars.length === 0) return print(expr.body, scope);
      const { scope: inner, printed } = bind(scope, expr.vars);
      return `\\sum_{${printed.join(', ')}} ${print(expr.body, inner)}`;
    }
    case 'frac':
      return `\\frac{${print(expr.num, scope)}}{${print(expr.den, scope)}}`;
  }
}

/** TeX for `expr`, with free variables printed plainly and shadowing bound ones primed. */
export function exprToTex(expr: Expr): string {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const v of freeVariables(expr)) {
    names.set(v, texVariable(v));
    taken.add(texVariable(v));
  }
  return print(expr, { names, taken });
}
