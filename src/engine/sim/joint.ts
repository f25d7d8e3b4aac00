/**
 * engine/sim/joint — discrete joint distributions of observed variables: empirical (a count table
 * of a sample) and exact (enumerated from the SCM), in the identification evaluator's format.
 *
 * Contract: `empiricalJoint(data, ids)` (= `jointFromCells(cellIndex(data, ids))`; a bootstrap keeps the
 * index and counts resampled rows only) counts the rows of discrete columns (values 0 … card − 1,
 * card = max value + 1, at least 2); `exactJoint(scm, ids)` sums the observational factorisation
 * Π P(vᵢ | paᵢ) over every ancestor of `ids` (latents included, then marginalised), or returns null
 * when some ancestor is continuous or the enumeration exceeds 2^20 states.
 * Complexity: empirical O(n · |ids|); exact O(Π cards · nodes).
 * Reference: Pearl 2009 eq. 1.33 (the Markov factorisation).
 */
import type { Distribution } from '../identify/evaluate';
import type { ObservedData, Scm } from './sample';
import { scmAncestors, discreteProbability } from './truth';

/** Each row's cell in the joint table of `ids`, computed once so resamples only count. */
export interface CellIndex {
  readonly vars: readonly string[];
  readonly cards: readonly number[];
  readonly states: number;
  readonly cells: Int32Array;
}

export function cellIndex(data: ObservedData, ids: readonly string[]): CellIndex {
  const cols = ids.map((id) => data.columns[id]);
  const cards = cols.map((c, j) => {
    let max = 1;
    for (let i = 0; i < c.length; i++) {
      if (!Number.isInteger(c[i]) || c[i] < 0) throw new Error(`engine/sim/joint: "${ids[j]}" is not discrete`);
      if (c[i] > max) max = c[i];
    }
    return max + 1;
  });
  let states = 1;
  for (const c of cards) states *= c;
  const cells = new Int32Array(data.n);
  let stride = 1;
  for (let j = 0; j < cols.length; j++) {
    const col = cols[j];
    for (let i = 0; i < data.n; i++) cells[i] += col[i] * stride;
    stride *= cards[j];
  }
  return { vars: [...ids], cards, states, cells };
}

/** The count table of the rows `rows` (all rows when omitted; a bootstrap resample otherwise). */
export function jointFromCells(index: CellIndex, rows?: Int32Array): Distribution {
  const weights = new Float64Array(index.states);
  const { cells } = index;
  if (rows) for (let r = 0; r < rows.length; r++) weights[cells[rows[r]]] += 1;
  else for (let i = 0; i < cells.length; i++) weights[cells[i]] += 1;
  return { vars: [...index.vars], cards: [...index.cards], weights };
}

export function empiricalJoint(data: ObservedData, ids: readonly string[], rows?: Int32Array): Distribution {
  return jointFromCells(cellIndex(data, ids), rows);
}

export function exactJoint(scm: Scm, ids: readonly string[]): Distribution | null {
  const keep = new Set<string>();
  for (const id of ids) for (const a of scmAncestors(scm, id)) keep.add(a);
  const nodes = scm.nodes.filter((n) => keep.has(n.id));
  let size = 1;
  for (const n of nodes) {
    if (n.card === 0) return null;
    size *= n.card;
    if (size > 1 << 20) return null;
  }
  const cards = ids.map((id) => scm.byId.get(id)!.card);
  let states = 1;
  for (const c of cards) states *= c;
  const weights = new Float64Array(states);
  const config = new Array<number>(nodes.length).fill(0);
  const values = new Map<string, number>();
  for (;;) {
    nodes.forEach((n, i) => values.set(n.id, config[i]));
    let p = 1;
    for (const n of nodes) {
      const q = discreteProbability(n, values.get(n.id)!, values);
      if (q === null) return null;
      p *= q;
      if (p === 0) break;
    }
    if (p > 0) {
      let index = 0;
      let stride = 1;
      for (let j = 0; j < ids.length; j++) {
        index += values.get(ids[j])! * stride;
        stride *= cards[j];
      }
      weights[index] += p;
    }
    let k = config.length - 1;
    while (k >= 0 && ++config[k] === nodes[k].card) config[k--] = 0;
    if (k < 0) break;
  }
  return { vars: [...ids], cards, weights };
}
