/**
 * ID/IDC against the numeric oracle (IDENTIFICATION.md §10–11): on 1000 random ADMGs of 3–8 nodes
 * (fixed seeds; the last 400 denser and more confounded so that ID reaches lines 4–7), every identifiable answer — the raw ID/IDC tree and the presented (simplified,
 * adjustment or front-door) tree — must equal P(y | do(x), z) computed by surgery on random binary
 * SCMs (one latent per bidirected edge, 2 and 3 states) to 1e-9, at every value assignment; every
 * non-identifiable verdict must carry a hedge that passes the structural certificate check and
 * yields a parity witness pair (same observational distribution, different P(R | do(x))); for one
 * treatment and no conditioning the verdict must match Tian & Pearl's criterion. The printed TeX
 * (presented and raw) is re-read with the rule "Σ binds the rest of its product or group" and
 * must evaluate to the same truth, which catches printer scope errors. Some cases mark a
 * node `latent`, so the latent projection is exercised too.
 */
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  type Expr,
  exprToTex,
  type IndexedGraph,
  type NodeId,
  graphFromLists,
  identify,
  indexGraph,
  isDSeparated,
  latentProjection,
  mentionedVariables,
  simplifyExpr,
} from '../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../support/random';
import { bruteForceProjection, hedgeProblems, tianPearlIdentifiable } from '../unit/identify/support/hedge-check';
import { formulaError } from '../unit/identify/support/numeric-check';
import { parseTex } from '../unit/identify/support/tex-parse';
import { witnessProblems } from '../unit/identify/support/witness';
import { randomBinaryScm } from '../unit/identify/support/random-scm';

/** Cases 0–599 mix all shapes; cases 600–999 are denser and more confounded, to reach ID lines 4–7. */
const MIXED_CASES = 600;
const CASES = 1000;
const BASE_SEED = 20_261_127;
const MAX_BIDIRECTED = 6;

function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * For IDC the hedge is for P(y ∪ z′ | do(x ∪ z″)) where z″ are the conditioning nodes rule 2 moved
 * into the intervention. Check that (z′, z″) partitions z and that no node left in z′ could have
 * been moved (else the verdict would be premature).
 */
function idcMoveProblems(graph: CausalGraph, q: { y: string[]; x: string[]; z: string[] }, hq: { y: string[]; x: string[] }): string[] {
  const sorted = (vs: readonly string[]) => [...vs].sort();
  const kept = hq.y.filter((v) => !q.y.includes(v));
  const moved = hq.x.filter((v) => !q.x.includes(v));
  if (JSON.stringify(sorted(hq.y)) !== JSON.stringify(sorted([...q.y, ...kept])) || JSON.stringify(sorted([...kept, ...moved])) !== JSON.stringify(sorted(q.z))) {
    return [`hedge query ${JSON.stringify(hq)} does not split the conditioning set`];
  }
  const ig = indexGraph(latentFree(graph));
  const at = (vs: readonly string[]) => vs.map((v) => ig.indexOf.get(v as NodeId)!);
  return kept.flatMap((v) => {
    const others = kept.filter((u) => u !== v);
    const cut = mutilatedForRule2(ig, at(hq.x), at([v]));
    return isDSeparated(cut, at(q.y), at([v]), at([...hq.x, ...others])) ? [`${v} could still move into the intervention`] : [];
  });
}

/** The projected graph as an engine graph (from the brute-force projection). */
function latentFree(graph: CausalGraph): CausalGraph {
  const p = bruteForceProjection(graph);
  const directed: [string, string][] = [];
  const bidirected: [string, string][] = [];
  for (const v of p.nodes) {
    for (const u of p.parents.get(v)!) directed.push([u, v]);
    for (const s of p.spouses.get(v)!) bidirected.push([v, s]);
  }
  return graphFromLists({ nodes: [...p.nodes], directed, bidirected });
}

/** G with edges into `into` (directed in, bidirected touching) and directed edges out of `outOf` removed. */
function mutilatedForRule2(ig: IndexedGraph, into: number[], outOf: number[]): IndexedGraph {
  const cutIn = new Set(into);
  const cutOut = new Set(outOf);
  return {
    ...ig,
    parents: ig.parents.map((ps, v) => (cutIn.has(v) ? [] : ps.filter((p) => !cutOut.has(p)))),
    children: ig.children.map((cs, v) => (cutOut.has(v) ? [] : cs.filter((c) => !cutIn.has(c)))),
    spouses: ig.spouses.map((ss, v) => (cutIn.has(v) ? [] : ss.filter((s) => !cutIn.has(s)))),
  };
}

export interface RandomCase {
  readonly graph: CausalGraph;
  readonly y: string[];
  readonly x: string[];
  readonly z: string[];
}

export function randomCase(seed: number, confounded = false): RandomCase {
  const rng = mulberry32(seed);
  const n = confounded ? randomInt(rng, 5, 8) : randomInt(rng, 3, 8);
  const base = confounded
    ? randomAdmg(rng, { n, pDirected: 0.35 + 0.25 * rng(), pBidirected: 0.2 + 0.2 * rng() })
    : randomAdmg(rng, { n, pDirected: 0.25 + 0.35 * rng(), pBidirected: 0.08 + 0.2 * rng() });
  const bidirected = shuffle(rng, base.edges.filter((e) => e.kind === '<->'));
  const dropped = new Set(bidirected.slice(confounded ? MAX_BIDIRECTED : 5));
  const order = shuffle(rng, base.nodes.map((node) => node.id as string));
  const take = (k: number) => order.splice(0, Math.min(k, order.length));
  const x = take(randomInt(rng, 1, 2));
  const y = take(randomInt(rng, 1, 2));
  const z = rng() < 0.35 ? take(randomInt(rng, 1, 2)) : [];
  const latent = order.length > 0 && rng() < 0.25 ? order[0] : null;
  const graph: CausalGraph = {
    ...base,
    nodes: base.nodes.map((node) => (node.id === latent ? { ...node, roles: ['latent'] } : node)),
    edges: base.edges.filter((e) => !dropped.has(e)),
  };
  return { graph, y, x, z };
}

/**
 * Line 7 (and the recursion below it, where the y0 bug of IDENTIFICATION.md §3 #1 lives) is rare
 * in random queries, so for the confounded cases draw up to 24 candidates from sub-seeds and keep
 * the first one whose derivation passes through line 7 (coverage-guided; the oracle stays the
 * numeric truth, never the engine).
 */
function reachingLine7(seed: number): RandomCase {
  let candidate = randomCase(seed * 32, true);
  for (let j = 0; j < 24; j++) {
    candidate = randomCase(seed * 32 + j, true);
    const { graph, y, x, z } = candidate;
    if (identify(graph, { y, x, given: z }).steps.some((st) => st.rule === 'ID7')) return candidate;
  }
  return candidate;
}

describe('identification matches interventional truth on random SCMs', () => {
  const chunks = 10;
  const perChunk = CASES / chunks;
  const tally = { identifiable: 0, hedges: 0, conditional: 0, latent: 0, adjustment: 0, frontdoor: 0, id: 0, none: 0, belowLine7: 0 };
  for (let c = 0; c < chunks; c++) {
    it(`cases ${c * perChunk}–${(c + 1) * perChunk - 1}`, () => {
      const failures: string[] = [];
      for (let i = c * perChunk; i < (c + 1) * perChunk; i++) {
        const seed = BASE_SEED + i;
        const { graph, y, x, z } = i >= MIXED_CASES ? reachingLine7(seed) : randomCase(seed);
        const observed = new Set(graph.nodes.filter((n) => !n.roles.includes('latent')).map((n) => n.id as string));
        if (observed.size < graph.nodes.length) tally.latent++;
        if (z.length > 0) tally.conditional++;
        const result = identify(graph, { y, x, given: z });
        const where = `seed ${seed}: P(${y} | do(${x}), ${z})`;
        const projected = bruteForceProjection(graph);
        if (x.length === 1 && z.length === 0 && tianPearlIdentifiable(projected, y, x[0]) !== result.identifiable) {
          failures.push(`${where}: verdict ${result.identifiable} contradicts Tian–Pearl`);
        }
        if (!result.identifiable) {
          tally.hedges++;
          const hedge = result.hedge!;
          const problems = hedgeProblems(projected, hedge, hedge.query.y, hedge.query.x);
          problems.push(...idcMoveProblems(graph, { y, x, z }, hedge.query));
          problems.push(...witnessProblems(projected, hedge, hedge.query.x));
          if (problems.length > 0) failures.push(`${where}: hedge ${JSON.stringify(result.hedge)}: ${problems.join('; ')}`);
          continue;
        }
        tally.identifiable++;
        // The bug class of IDENTIFICATION.md §3 #1 lives below line 7: count the cases that reach it.
        const rules = result.steps.map((st) => st.rule);
        if (rules.includes('ID7') && rules.indexOf('ID7') < rules.length - 1) tally.belowLine7++;
        tally[result.strategy.kind]++;
        const simplified = simplifyExpr(result.rawExpression!, indexGraph(latentProjection(graph)));
        let reread: Expr;
        try {
          reread = parseTex(result.tex);
        } catch (error) {
          failures.push(`${where}: TeX does not re-read: ${String(error)}`);
          continue;
        }
        const formulas = [result.rawExpression!, result.expression!, simplified, reread, parseTex(exprToTex(result.rawExpression!))];
        for (const f of formulas) {
          const hidden = mentionedVariables(f).filter((v) => !observed.has(v));
          if (hidden.length > 0) failures.push(`${where}: formula mentions latent ${hidden}`);
        }
        const rng = mulberry32(seed ^ 0x5eed);
        const latents = graph.edges.filter((e) => e.kind === '<->').length;
        for (const k of latents <= 3 ? [2, 3] : [2, 2]) {
          const scm = randomBinaryScm(graph, rng, k);
          const [raw, shown, simple, shownTex, rawTex] = formulaError(scm, { y, x, z }, formulas);
          if (!(shownTex.error <= 1e-9) || !(rawTex.error <= 1e-9)) {
            failures.push(`${where}, k=${k}: TeX re-read off by ${Math.max(shownTex.error, rawTex.error)}: ${result.tex}`);
          }
          if (!(simple.error <= 1e-9)) failures.push(`${where}, k=${k}: simplified ID tree off by ${simple.error} at ${JSON.stringify(simple.worst)}`);
          if (!(raw.error <= 1e-9)) failures.push(`${where}, k=${k}: raw formula off by ${raw.error} at ${JSON.stringify(raw.worst)}`);
          if (!(shown.error <= 1e-9)) {
            failures.push(`${where}, k=${k}: presented formula (${result.strategy.kind}) off by ${shown.error} at ${JSON.stringify(shown.worst)}: ${result.tex}`);
          }
        }
      }
      expect(failures).toEqual([]);
    });
  }
  it('covers both verdicts, conditional queries and latent nodes', () => {
    expect(tally.identifiable).toBeGreaterThan(150);
    expect(tally.hedges).toBeGreaterThan(50);
    expect(tally.conditional).toBeGreaterThan(100);
    expect(tally.latent).toBeGreaterThan(50);
    expect(tally.adjustment).toBeGreaterThan(50);
    expect(tally.frontdoor).toBeGreaterThan(0);
    expect(tally.id).toBeGreaterThan(50);
    expect(tally.belowLine7).toBeGreaterThan(50);
  });
});
