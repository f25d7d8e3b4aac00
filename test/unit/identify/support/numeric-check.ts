/**
 * The numeric formula check of IDENTIFICATION.md §10: evaluate a formula on the observational
 * joint of a random SCM and compare it with P(y | do(x), z) computed by surgery, at every value of
 * y, x, z and of any other free variable of the formula. Returns the largest absolute error.
 */
import { type Distribution, type Expr, compileExpr, distributionFromTable, freeVariables } from '../../../../src/engine';
import { type BinaryScm, observedTables } from './random-scm';

export interface Query {
  readonly y: readonly string[];
  readonly x: readonly string[];
  readonly z: readonly string[];
}

export interface CheckResult {
  readonly error: number;
  /** The assignment with the largest error. */
  readonly worst: Record<string, number> | null;
  readonly truth: number;
  readonly value: number;
}

export function observedDistribution(scm: BinaryScm, observational: Float64Array): Distribution {
  return distributionFromTable(
    scm.observed.map((v) => scm.names[v]),
    scm.observed.map(() => 2),
    observational,
  );
}

export function formulaError(scm: BinaryScm, query: Query, formulas: readonly Expr[]): CheckResult[] {
  const { observational, intervened } = observedTables(scm, query.x);
  const dist = observedDistribution(scm, observational);
  const names = dist.vars;
  const bit = new Map(names.map((v, i) => [v, i]));
  const sumMatching = (fixed: Record<string, number>) => {
    let acc = 0;
    for (let index = 0; index < intervened.length; index++) {
      let ok = true;
      for (const [v, value] of Object.entries(fixed)) {
        if (((index >> bit.get(v)!) & 1) !== value) {
          ok = false;
          break;
        }
      }
      if (ok) acc += intervened[index];
    }
    return acc;
  };
  return formulas.map((formula) => {
    const extra = freeVariables(formula).filter((v) => !query.y.includes(v) && !query.x.includes(v) && !query.z.includes(v));
    for (const v of freeVariables(formula)) if (!bit.has(v)) throw new Error(`formula mentions unobserved "${v}"`);
    const vars = [...query.y, ...query.x, ...query.z, ...extra];
    const run = compileExpr(formula, dist);
    let worst: CheckResult = { error: 0, worst: null, truth: NaN, value: NaN };
    const truthCache = new Map<string, number>();
    for (let code = 0; code < 1 << vars.length; code++) {
      const assignment: Record<string, number> = {};
      vars.forEach((v, i) => (assignment[v] = (code >> i) & 1));
      const key = [...query.y, ...query.x, ...query.z].map((v) => assignment[v]).join('');
      let truth = truthCache.get(key);
      if (truth === undefined) {
        const pick = (vs: readonly string[]) => Object.fromEntries(vs.map((v) => [v, assignment[v]]));
        truth = sumMatching(pick([...query.y, ...query.x, ...query.z])) / sumMatching(pick([...query.x, ...query.z]));
        truthCache.set(key, truth);
      }
      const { value } = run(assignment);
      const error = Number.isFinite(value) ? Math.abs(value - truth) : Infinity;
      if (error > worst.error || (worst.worst === null && code === 0)) worst = { error, worst: assignment, truth, value };
    }
    return worst;
  });
}
