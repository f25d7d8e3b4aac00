/**
 * engine/identify/present — chooses the formula shown for an identifiable query.
 * (Placeholder: returns the raw tree until the simplifier and strategy search are in place.)
 */
import type { IndexedGraph } from '../graph/indexed';
import type { NodeId } from '../graph/types';
import type { Expr } from './expression';
import type { IdentificationStep } from './id';
import type { IdentificationStrategy } from './identify';

export interface Presentation {
  readonly expression: Expr;
  readonly strategy: IdentificationStrategy;
  readonly steps: IdentificationStep[];
}

export function presentFormula(
  ig: IndexedGraph,
  raw: Expr,
  y: readonly NodeId[],
  x: readonly NodeId[],
  z: readonly NodeId[],
): Presentation {
  void ig;
  void y;
  void x;
  void z;
  return { expression: raw, strategy: { kind: 'id' }, steps: [] };
}
