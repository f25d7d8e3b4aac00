/**
 * Re-reads the TeX the printer produces, with the reading rule a person uses: Σ binds the rest of
 * its own product or parenthesised group; \left( … \right) groups; a primed name is the variable a
 * Σ bound under that printed name. Returns an expression tree over the original ids, so the TeX
 * itself can be checked numerically (IDENTIFICATION.md §10.4, printer scope errors).
 * Written independently of the engine's printer; `texName` is the inverse of its naming rule.
 */
import type { Expr } from '../../../../src/engine';

/** Printed name → id, for the id shapes the tests use (X, X_{12}, \mathit{name}). */
export function texName(printed: string): string {
  const base = printed.replace(/'+$/, '');
  const indexed = /^([A-Za-z])_\{(\d+)\}$/.exec(base);
  if (indexed) return indexed[1] + indexed[2];
  const italic = /^\\mathit\{([A-Za-z0-9]+)\}$/.exec(base);
  if (italic) return italic[1];
  if (/^[A-Za-z]$/.test(base)) return base;
  throw new Error(`tex-parse: cannot read variable "${printed}"`);
}

export function parseTex(tex: string): Expr {
  let i = 0;
  const skip = () => {
    while (tex[i] === ' ') i++;
  };
  const expect = (s: string) => {
    skip();
    if (!tex.startsWith(s, i)) throw new Error(`tex-parse: expected "${s}" at ${i} in ${tex}`);
    i += s.length;
  };
  const at = (s: string) => {
    skip();
    return tex.startsWith(s, i);
  };
  const name = (): string => {
    skip();
    const m = /^(\\mathit\{[A-Za-z0-9]+\}|[A-Za-z](_\{\d+\})?)'*/.exec(tex.slice(i));
    if (!m) throw new Error(`tex-parse: expected a variable at ${i} in ${tex}`);
    i += m[0].length;
    return m[0];
  };
  const names = (stop: string[]): string[] => {
    const out = [name()];
    while (at(',')) {
      expect(',');
      out.push(name());
    }
    if (!stop.some(at)) throw new Error(`tex-parse: unexpected text at ${i} in ${tex}`);
    return out;
  };
  // Printed names are kept (with primes) until scopes are resolved.
  const product = (closers: string[]): Expr => {
    const factors: Expr[] = [];
    for (;;) {
      skip();
      if (i >= tex.length || closers.some(at)) break;
      if (at('\\cdot')) expect('\\cdot');
      factors.push(factor(closers));
    }
    return factors.length === 1 ? factors[0] : { op: 'prod', factors };
  };
  const factor = (closers: string[]): Expr => {
    if (at('\\sum_{')) {
      expect('\\sum_{');
      const vars = names(['}']);
      expect('}');
      return { op: 'sum', vars, body: product(closers) };
    }
    if (at('\\frac{')) {
      expect('\\frac{');
      const num = product(['}']);
      expect('}');
      expect('{');
      const den = product(['}']);
      expect('}');
      return { op: 'frac', num, den };
    }
    if (at('\\left(')) {
      expect('\\left(');
      const inner = product(['\\right)']);
      expect('\\right)');
      return inner;
    }
    if (at('P(')) {
      expect('P(');
      const vars = names([')', '\\mid']);
      let given: string[] = [];
      if (at('\\mid')) {
        expect('\\mid');
        given = names([')']);
      }
      expect(')');
      return { op: 'P', vars, given };
    }
    const m = /^\d+(\.\d+)?/.exec(tex.slice(i));
    if (m) {
      i += m[0].length;
      return { op: 'const', value: Number(m[0]) };
    }
    throw new Error(`tex-parse: unexpected text at ${i} in ${tex}`);
  };
  const tree = product([]);
  if (i < tex.length) throw new Error(`tex-parse: trailing text at ${i} in ${tex}`);
  return resolve(tree, new Map());
}

/** Maps printed names to ids: a name bound by an enclosing Σ is that Σ's variable; a free primed name is an error. */
function resolve(e: Expr, bound: ReadonlyMap<string, string>): Expr {
  const id = (printed: string) => {
    if (bound.has(printed)) return bound.get(printed)!;
    if (printed.endsWith("'")) throw new Error(`tex-parse: primed name ${printed} is not bound by any sum`);
    return texName(printed);
  };
  switch (e.op) {
    case 'const':
      return e;
    case 'P':
      return { op: 'P', vars: e.vars.map(id), given: e.given.map(id) };
    case 'prod':
      return { op: 'prod', factors: e.factors.map((f) => resolve(f, bound)) };
    case 'frac':
      return { op: 'frac', num: resolve(e.num, bound), den: resolve(e.den, bound) };
    case 'sum': {
      const inner = new Map(bound);
      for (const v of e.vars) inner.set(v, texName(v));
      return { op: 'sum', vars: e.vars.map(texName), body: resolve(e.body, inner) };
    }
  }
}
