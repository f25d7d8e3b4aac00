/**
 * engine/identify/idc — IDC: the conditional effect P(y | do(x), z).
 *
 * Contract: `runIdc(ctx, y, x, z)` (disjoint index sets, y non-empty) first moves every Z ∈ z for
 * which (y ⊥ Z | x, z ∖ {Z}) holds in G_{x̄, Z̲} from the conditioning set into the intervention
 * (do-calculus rule 2: observing Z is then the same as setting it), repeating until none
 * qualifies, and then returns P′ / Σ_y P′ with P′ = ID(y ∪ z, x). A failure of ID is a failure of
 * IDC (IDC is complete), and its hedge is returned. Steps are appended to `ctx.steps`.
 * Complexity: O(|z|² (n + m)) for the rule-2 loop plus one ID run.
 * Reference: Shpitser & Pearl 2006 (UAI), Fig. 4; IDENTIFICATION.md §6.
 */
import { compareIds, maskOf } from '../graph/indexed';
import { isDSeparated } from '../paths/dseparation';
import { type Expr, frac, sum } from './expression';
import { type IdContext, type IdOutcome, runId } from './id';
import { mutilate } from './mutilate';

export function runIdc(ctx: IdContext, y: readonly number[], x: readonly number[], z: readonly number[]): IdOutcome {
  const { ig } = ctx;
  const name = (v: number) => ig.ids[v] as string;
  const names = (vs: readonly number[]) => vs.map(name).sort(compareIds).join(', ');
  const list = (vs: readonly number[]) => `{${names(vs)}}`;
  const describe = (xs: readonly number[], zs: readonly number[]) => {
    const intervention = xs.length > 0 ? ` | do(${names(xs)})` : '';
    const condition = zs.length > 0 ? `${xs.length > 0 ? ', ' : ' | '}${names(zs)}` : '';
    return `P(${names(y)}${intervention}${condition})`;
  };
  let doing = [...x];
  let seeing = [...z].sort((a, b) => compareIds(name(a), name(b)));
  for (let moved = true; moved; ) {
    moved = false;
    for (const v of seeing) {
      const others = seeing.filter((u) => u !== v);
      const surgery = mutilate(ig, maskOf(ig.n, doing), maskOf(ig.n, [v]));
      if (isDSeparated(surgery, y, [v], [...doing, ...others])) {
        ctx.steps.push({
          rule: 'IDC1',
          depth: 0,
          query: describe(doing, seeing),
          text: `${name(v)} is separated from ${list(y)} once its outgoing edges are cut: observing it equals setting it (rule 2), so move it into the intervention`,
        });
        doing = [...doing, v];
        seeing = others;
        moved = true;
        break;
      }
    }
  }
  const outcome = runId(ctx, [...y, ...seeing], doing);
  if (!outcome.ok || seeing.length === 0) return outcome;
  const joint: Expr = outcome.expr;
  ctx.steps.push({
    rule: 'IDC2',
    depth: 0,
    query: describe(doing, seeing),
    text: `divide the joint effect on ${list([...y, ...seeing])} by its sum over ${list(y)} to condition on ${list(seeing)}`,
  });
  return { ok: true, expr: frac(joint, sum([...y].map(name).sort(compareIds), joint)) };
}
