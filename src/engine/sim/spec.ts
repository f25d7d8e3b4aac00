/**
 * engine/sim/spec — the structural causal model (SCM) attached to a drawn graph, as versioned,
 * JSON-serialisable plain data (saved with the document).
 *
 * Contract: node ids are the graph's ids; every drawn bidirected edge a <-> b is an explicit latent
 * root node (`latent: true`) with edges into a and b; nodes with the graph role `latent` are latent
 * too. Binary nodes are coded 0/1 (not ±1). Coefficients are unstandardized: exactly as typed.
 * A node's parents are implied by its equation (`coef` keys, `cpt.parents`, the symbols of `expr`)
 * and must equal its in-edges in the expanded graph (`validate.ts`).
 * Reference: Pearl 2009, ch. 7 (structural causal models); SIMULATOR.md §1.
 */
import { equationSymbols } from './expr';

export type Dist =
  | { readonly dist: 'normal'; readonly sd: number }
  | { readonly dist: 'uniform'; readonly lo: number; readonly hi: number }
  | { readonly dist: 'laplace'; readonly scale: number }
  | { readonly dist: 'studentT'; readonly df: number; readonly scale: number }
  /** Roots only: a 0/1 draw (the root's value is intercept + draw). */
  | { readonly dist: 'bernoulli'; readonly p: number }
  /** Roots only: a draw in 0 … p.length − 1 (the root's value is intercept + draw). */
  | { readonly dist: 'categorical'; readonly p: readonly number[] };

export type Equation =
  /** Continuous: v = intercept + Σ coef[p]·p + ε. A root has `coef: {}`. */
  | {
      readonly type: 'linear';
      readonly intercept: number;
      readonly coef: Readonly<Record<string, number>>;
      readonly noise: Dist;
    }
  /** Binary 0/1: v = 1[u < link⁻¹(intercept + Σ coef[p]·p)], u ~ U(0, 1). */
  | {
      readonly type: 'logistic';
      readonly intercept: number;
      readonly coef: Readonly<Record<string, number>>;
      readonly link?: 'logit' | 'probit';
    }
  /**
   * Discrete parents → categorical child with values 0 … states − 1. `table` maps a parent
   * configuration written as comma-joined parent values in `parents` order ("0,1") to the child's
   * state probabilities. The parent order is explicit so the table is unambiguous.
   */
  | {
      readonly type: 'cpt';
      readonly parents: readonly string[];
      readonly states: number;
      readonly table: Readonly<Record<string, readonly number[]>>;
    }
  /**
   * Custom equation in mathjs syntax over parent ids and `eps` (this node's noise). `output`
   * 'probability' draws Bernoulli(clamp(expr, 0, 1)); 'logit' draws Bernoulli(σ(expr)).
   */
  | {
      readonly type: 'expr';
      readonly expr: string;
      readonly noise: Dist;
      readonly output: 'continuous' | 'probability' | 'logit';
    };

export type NodeKind = 'continuous' | 'binary' | 'categorical';

export interface NodeSpec {
  readonly id: string;
  readonly kind: NodeKind;
  /** Sampled and used for the truth, never exposed to estimators. */
  readonly latent?: boolean;
  readonly eq: Equation;
}

export interface ScmSpec {
  readonly version: 1;
  /** Master seed (uint32). */
  readonly seed: number;
  /** Sample size (default 5000). */
  readonly n: number;
  readonly nodes: readonly NodeSpec[];
  readonly treatment: string;
  readonly outcome: string;
  /**
   * The contrast do(T = treated) − do(T = control). Default 1 vs 0 for a binary or categorical
   * treatment; for a continuous treatment the default is the unit shift do(T = T + 1) − T.
   */
  readonly contrast?: { readonly treated: number; readonly control: number };
}

export const DEFAULT_N = 5000;

/** The ids a node's equation reads (its parents), in a stable order; `eps` is not a parent. */
export function equationParents(eq: Equation, equationSymbols: (expr: string) => readonly string[]): string[] {
  switch (eq.type) {
    case 'linear':
    case 'logistic':
      return Object.keys(eq.coef);
    case 'cpt':
      return [...eq.parents];
    case 'expr':
      return equationSymbols(eq.expr).filter((s) => s !== 'eps');
  }
}

/** Whether a node's values are 0/1 or small integers (so it can enter a count table). */
export function isDiscreteKind(kind: NodeKind): boolean {
  return kind === 'binary' || kind === 'categorical';
}

/** Symbol extraction for `equationParents` that never throws (validation reports compile errors). */
export function equationSymbolsOrEmpty(expr: string): string[] {
  return equationSymbols(expr);
}
