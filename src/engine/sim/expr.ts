/**
 * engine/sim/expr — custom structural equations: mathjs `parse`, a whitelist walk, and a compiler
 * to column kernels over Float64Array columns. No `eval`, no `new Function`, no per-row `evaluate`,
 * so it survives a strict Content-Security-Policy and runs at typed-array speed.
 *
 * Contract: `compileEquation(text)` returns the symbols read (parents and `eps`) and a kernel that
 * evaluates the whole column at once, or throws `EquationError` with a message and a character offset.
 * Whitelist: constants, symbols, parentheses, + − * / ^, unary ±, the comparisons < > <= >= (1 or
 * 0, so `c ? a : b` can test a sign), the conditional, and the functions exp log sqrt abs sin cos
 * tanh min max sigmoid step (step(x) = 1(x > 0); sigmoid and step are supplied here).
 * Complexity: O(|AST|) to compile, O(|AST| · n) to evaluate.
 * Reference: SIMULATOR.md §1 and §8 (mathjs only parses; kernels are plain loops).
 */
import { create, parseDependencies } from 'mathjs/number';

// Created on first use, not at import: a module-level `create` is a side effect that would pull
// mathjs into every bundle that imports the engine index (the page and the analysis worker).
let math: ReturnType<typeof create> | undefined;

export class EquationError extends Error {
  constructor(
    message: string,
    readonly position: number | null,
  ) {
    super(message);
    this.name = 'EquationError';
  }
}

/** A column or a scalar that stands for a constant column (saves allocating constant columns). */
type Col = number | Float64Array;
type Kernel = (env: (name: string) => Float64Array, n: number) => Col;

export interface CompiledEquation {
  /** Distinct symbols read, in first-use order (parent ids and possibly `eps`). */
  readonly symbols: readonly string[];
  /** Evaluates the expression for n rows; `env` returns a symbol's column. */
  evaluate(env: (name: string) => Float64Array, n: number): Float64Array;
}

const BINARY: Readonly<Record<string, (a: number, b: number) => number>> = {
  add: (a, b) => a + b,
  subtract: (a, b) => a - b,
  multiply: (a, b) => a * b,
  divide: (a, b) => a / b,
  pow: (a, b) => Math.pow(a, b),
  larger: (a, b) => (a > b ? 1 : 0),
  smaller: (a, b) => (a < b ? 1 : 0),
  largerEq: (a, b) => (a >= b ? 1 : 0),
  smallerEq: (a, b) => (a <= b ? 1 : 0),
};

const UNARY_FUNCTIONS: Readonly<Record<string, (a: number) => number>> = {
  exp: Math.exp,
  log: Math.log,
  sqrt: Math.sqrt,
  abs: Math.abs,
  sin: Math.sin,
  cos: Math.cos,
  tanh: Math.tanh,
  sigmoid: (a) => 1 / (1 + Math.exp(-a)),
  step: (a) => (a > 0 ? 1 : 0),
};

const VARIADIC_FUNCTIONS: Readonly<Record<string, (a: number, b: number) => number>> = {
  min: Math.min,
  max: Math.max,
};

function map1(a: Col, f: (x: number) => number, n: number): Col {
  if (typeof a === 'number') return f(a);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = f(a[i]);
  return out;
}

function map2(a: Col, b: Col, f: (x: number, y: number) => number, n: number): Col {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const out = new Float64Array(n);
  if (typeof a === 'number') for (let i = 0; i < n; i++) out[i] = f(a, (b as Float64Array)[i]);
  else if (typeof b === 'number') for (let i = 0; i < n; i++) out[i] = f(a[i], b);
  else for (let i = 0; i < n; i++) out[i] = f(a[i], b[i]);
  return out;
}

/** Where `name` first occurs as a whole word in `text` (mathjs nodes carry no positions). */
function locate(text: string, name: string): number | null {
  if (!/^[A-Za-z_]\w*$/.test(name)) {
    const at = name === '' ? -1 : text.indexOf(name);
    return at < 0 ? null : at;
  }
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(^|[^A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).exec(text);
  return match ? match.index + match[1].length : null;
}

/** Structural view of the mathjs node fields the compiler reads. */
interface AstNode {
  readonly type: string;
  readonly value?: unknown;
  readonly name?: string;
  readonly fn?: string | AstNode;
  readonly op?: string;
  readonly args?: readonly AstNode[];
  readonly content?: AstNode;
  readonly condition?: AstNode;
  readonly trueExpr?: AstNode;
  readonly falseExpr?: AstNode;
  toString(): string;
}

function compileNode(node: AstNode, text: string, symbols: string[]): Kernel {
  const fail = (what: string, at: string): never => {
    throw new EquationError(`engine/sim/expr: ${what} is not allowed in a structural equation`, locate(text, at));
  };
  switch (node.type) {
    case 'ConstantNode': {
      if (typeof node.value !== 'number') fail(`the constant ${String(node.toString())}`, node.toString());
      const value = node.value as number;
      return () => value;
    }
    case 'SymbolNode': {
      const name = node.name!;
      if (!symbols.includes(name)) symbols.push(name);
      return (env) => env(name);
    }
    case 'ParenthesisNode':
      return compileNode(node.content!, text, symbols);
    case 'ConditionalNode': {
      const c = compileNode(node.condition!, text, symbols);
      const t = compileNode(node.trueExpr!, text, symbols);
      const f = compileNode(node.falseExpr!, text, symbols);
      return (env, n) => {
        const cc = c(env, n);
        const tc = t(env, n);
        const fc = f(env, n);
        if (typeof cc === 'number') return cc !== 0 ? tc : fc;
        const out = new Float64Array(n);
        for (let i = 0; i < n; i++) {
          const pick = cc[i] !== 0 ? tc : fc;
          out[i] = typeof pick === 'number' ? pick : pick[i];
        }
        return out;
      };
    }
    case 'OperatorNode': {
      const fn = node.fn as string;
      const args = (node.args ?? []).map((a) => compileNode(a, text, symbols));
      if (args.length === 1 && (fn === 'unaryMinus' || fn === 'unaryPlus')) {
        const sign = fn === 'unaryMinus' ? -1 : 1;
        return (env, n) => map1(args[0](env, n), (x) => sign * x, n);
      }
      const op = BINARY[fn];
      if (!op || args.length !== 2) return fail(`the operator "${node.op}"`, node.op ?? '');
      return (env, n) => map2(args[0](env, n), args[1](env, n), op, n);
    }
    case 'FunctionNode': {
      const fnNode = node.fn as AstNode;
      const name = fnNode.name ?? '';
      const args = (node.args ?? []).map((a) => compileNode(a, text, symbols));
      const unary = UNARY_FUNCTIONS[name];
      if (unary) {
        if (args.length !== 1) fail(`${name} with ${args.length} arguments`, name);
        return (env, n) => map1(args[0](env, n), unary, n);
      }
      const variadic = VARIADIC_FUNCTIONS[name];
      if (variadic) {
        if (args.length < 1) fail(`${name} without arguments`, name);
        return (env, n) => args.slice(1).reduce<Col>((acc, k) => map2(acc, k(env, n), variadic, n), args[0](env, n));
      }
      return fail(`the function "${name}"`, name);
    }
    default:
      return fail(`"${node.toString()}" (${node.type})`, node.toString());
  }
}

/** Parses and compiles `text`. Throws `EquationError` on a syntax error or a construct off the whitelist. */
export function compileEquation(text: string): CompiledEquation {
  let ast: AstNode;
  try {
    math ??= create({ parseDependencies });
    ast = math.parse(text) as unknown as AstNode;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /char (\d+)/.exec(message);
    throw new EquationError(`engine/sim/expr: ${message}`, at ? Math.max(0, Number(at[1]) - 1) : null);
  }
  const symbols: string[] = [];
  const kernel = compileNode(ast, text, symbols);
  return {
    symbols,
    evaluate(env, n) {
      const out = kernel(env, n);
      if (typeof out !== 'number') return out;
      return new Float64Array(n).fill(out);
    },
  };
}

/** The symbols of `text` (parents and `eps`), or [] when it does not compile. */
export function equationSymbols(text: string): string[] {
  try {
    return [...compileEquation(text).symbols];
  } catch {
    return [];
  }
}
