/**
 * engine/sim/contrast — which two interventions an effect compares.
 *
 * Contract: `contrastOf(scm)` is the spec's `contrast` when given; else 1 vs 0 for a binary or
 * categorical treatment, and for a continuous treatment the unit shift do(T = T + 1) against the
 * natural T (for a linear SCM this is the coefficient-scale effect).
 * Complexity: O(1). Reference: SIMULATOR.md §1 (`contrast`).
 */
import type { Scm } from './sample';

export type Contrast =
  | { readonly kind: 'levels'; readonly treated: number; readonly control: number }
  | { readonly kind: 'shift'; readonly shift: number };

export function contrastOf(scm: Scm): Contrast {
  const c = scm.spec.contrast;
  if (c) return { kind: 'levels', treated: c.treated, control: c.control };
  return scm.byId.get(scm.spec.treatment)!.kind === 'continuous' ? { kind: 'shift', shift: 1 } : { kind: 'levels', treated: 1, control: 0 };
}
