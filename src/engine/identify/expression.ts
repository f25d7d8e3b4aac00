/**
 * engine/identify/expression — probability expressions as JSON trees (DESIGN §4).
 *
 * Every identification result is one of these trees; TeX is only a view of it.
 *   {"op":"P","vars":["Y"],"given":["X","Z"]}   P(Y | X, Z)
 *   {"op":"prod","factors":[e1, e2, ...]}       e1 · e2 · ...
 *   {"op":"sum","vars":["Z"],"body":e}          Σ_Z e  (binds Z inside body; may shadow)
 *   {"op":"frac","num":e1,"den":e2}             e1 / e2
 *   {"op":"const","value":1}
 * Variables are node ids. A variable that is not bound by an enclosing sum is free: it takes the
 * value fixed by the query (the intervention value for x, the observed value for y and z).
 */
export type Expr =
  | { readonly op: 'P'; readonly vars: readonly string[]; readonly given: readonly string[] }
  | { readonly op: 'prod'; readonly factors: readonly Expr[] }
  | { readonly op: 'sum'; readonly vars: readonly string[]; readonly body: Expr }
  | { readonly op: 'frac'; readonly num: Expr; readonly den: Expr }
  | { readonly op: 'const'; readonly value: number };

export const P = (vars: readonly string[], given: readonly string[] = []): Expr => ({ op: 'P', vars, given });
export const prod = (factors: readonly Expr[]): Expr => ({ op: 'prod', factors });
export const sum = (vars: readonly string[], body: Expr): Expr => ({ op: 'sum', vars, body });
export const frac = (num: Expr, den: Expr): Expr => ({ op: 'frac', num, den });
export const constant = (value: number): Expr => ({ op: 'const', value });
