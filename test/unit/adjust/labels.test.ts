/**
 * Role labels: golden textbook graphs (confounding triangle, front-door, IV, M-bias, butterfly,
 * mediator, collider) and a check against path-enumeration definitions on random ADMGs — every
 * simple path is enumerated, so no reachability code of the engine is involved in the oracle.
 */
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  graphFromLists,
  instrumentsReport,
  labelsReport,
  roleLabels,
  roleWarnings,
} from '../../../src/engine';
import { mulberry32, randomAdmg, randomInt, type Rng } from '../../support/random';

const roles = { exposure: ['X'], outcome: ['Y'] };

describe('role labels: golden cases', () => {
  it('confounder with its back-door path', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles });
    expect(roleLabels(g)).toEqual({
      Z: [{ label: 'confounder', reason: 'Z is a confounder: it opens the back-door path X ← Z → Y.', path: ['X', 'Z', 'Y'] }],
    });
  });

  it('M-bias: the pre-exposure collider, its parents an instrument and a precision variable', () => {
    const g = graphFromLists({
      directed: [['U1', 'M'], ['U2', 'M'], ['U1', 'X'], ['U2', 'Y'], ['X', 'Y']],
      roles: { ...roles, adjusted: ['M'] },
    });
    expect(labelsReport(g)).toEqual({ M: ['collider', 'm-bias', 'instrument'], U1: ['instrument'], U2: ['precision'] });
    expect(roleLabels(g)!.M[1].reason).toBe(
      'M is a pre-exposure collider (M-bias): adjusting for it opens the back-door path X ← U1 → M ← U2 → Y.',
    );
    expect(roleWarnings(g)).toHaveLength(1);
    expect(roleWarnings(g)[0].message).toMatch(/^M is adjusted but it is a collider/);
  });

  it('napkin: W2 below the collider W1 is said to be a collider or its descendant, not a collider outright', () => {
    const g = graphFromLists({
      directed: [['W1', 'W2'], ['W2', 'X'], ['X', 'Y']],
      bidirected: [['W1', 'X'], ['W1', 'Y']],
      roles,
    });
    const labels = roleLabels(g)!;
    expect(labels.W1[0].reason).toBe('W1 is a collider: conditioning on it opens the path X ↔ W1 ↔ Y.');
    expect(labels.W2.map((e) => e.reason).slice(0, 2)).toEqual([
      'W2 is a collider or descends from one: it is reached through an arrowhead from X (X ↔ W1 → W2) and from Y (Y ↔ W1 → W2), so conditioning on it can connect them.',
      'W2 is a pre-exposure collider or descends from one (M-bias): adjusting for it can connect the back-door path X ↔ W1 → W2 with Y ↔ W1 → W2.',
    ]);
  });

  it('butterfly: M is both a confounder and an M-bias collider', () => {
    const g = graphFromLists({
      directed: [['U1', 'M'], ['U2', 'M'], ['U1', 'X'], ['U2', 'Y'], ['X', 'Y'], ['M', 'X'], ['M', 'Y']],
      roles,
    });
    expect(labelsReport(g)).toEqual({ M: ['confounder', 'collider', 'm-bias'], U1: ['confounder', 'instrument'], U2: ['confounder'] });
  });

  it('front-door and IV graphs', () => {
    const fd = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']], roles });
    expect(labelsReport(fd)).toEqual({ M: ['mediator', 'exposure-descendant'] });
    expect(roleLabels(fd)!.M[0].reason).toBe('M is a mediator: it lies on the causal path X → M → Y.');
    const iv = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y']], bidirected: [['X', 'Y']], roles });
    expect(labelsReport(iv)).toEqual({ Z: ['instrument'] });
  });

  it('collider and a warning for an adjusted mediator', () => {
    const g = graphFromLists({ directed: [['X', 'C'], ['Y', 'C'], ['X', 'M'], ['M', 'Y']], roles: { ...roles, adjusted: ['M', 'C'] } });
    expect(labelsReport(g)).toEqual({ C: ['collider', 'exposure-descendant'], M: ['mediator', 'exposure-descendant'] });
    expect(roleLabels(g)!.C[0].reason).toBe('C is a collider: conditioning on it opens the path X → C ← Y.');
    expect(roleWarnings(g).map((w) => w.node)).toEqual(['C', 'M']);
    expect(roleWarnings(g)[1].message).toMatch(/^M is adjusted but it is a mediator/);
  });

  it('is null without exposure and outcome; warns about latent adjusted nodes and reversed time', () => {
    expect(labelsReport(graphFromLists({ directed: [['A', 'B']] }))).toBeNull();
    const g = graphFromLists({ directed: [['Y', 'X'], ['U', 'X']], roles: { ...roles, latent: ['U'], adjusted: ['U'] } });
    expect(roleWarnings(g).map((w) => w.message)).toEqual([
      'U is adjusted but latent: it cannot be measured.',
      'X is an exposure but a descendant of the outcome.',
    ]);
  });
});

type Step = { to: number; headAtFrom: boolean; headAtTo: boolean };

function steps(graph: CausalGraph): { ids: string[]; adj: Step[][] } {
  const ids = graph.nodes.map((n) => n.id as string);
  const adj: Step[][] = ids.map(() => []);
  for (const e of graph.edges) {
    const [a, b] = [ids.indexOf(e.from), ids.indexOf(e.to)];
    const bi = e.kind === '<->';
    adj[a].push({ to: b, headAtFrom: bi, headAtTo: true });
    adj[b].push({ to: a, headAtFrom: true, headAtTo: bi });
  }
  return { ids, adj };
}

/** Every simple path from `start`, as (nodes, first step, last step, collider-free). */
function* simplePaths(adj: Step[][], start: number) {
  const nodes = [start];
  const taken: Step[] = [];
  function* extend(): Generator<{ nodes: number[]; steps: Step[] }> {
    for (const s of adj[nodes[nodes.length - 1]]) {
      if (nodes.includes(s.to)) continue;
      nodes.push(s.to);
      taken.push(s);
      yield { nodes: [...nodes], steps: [...taken] };
      yield* extend();
      nodes.pop();
      taken.pop();
    }
  }
  yield* extend();
}

const colliderFree = (p: { steps: Step[] }) => p.steps.every((s, i) => i === 0 || !(p.steps[i - 1].headAtTo && s.headAtFrom));
const directed = (p: { steps: Step[] }) => p.steps.every((s) => !s.headAtFrom && s.headAtTo);
const interiorAvoids = (p: { nodes: number[] }, avoid: Set<number>) => p.nodes.slice(1, -1).every((v) => !avoid.has(v));

function oracleLabels(graph: CausalGraph, x: number[], y: number[]): Record<string, string[]> {
  const { ids, adj } = steps(graph);
  const stop = new Set([...x, ...y]);
  const latent = new Set(graph.nodes.filter((n) => n.roles.includes('latent')).map((n) => ids.indexOf(n.id)));
  const paths = ids.map((_, s) => [...simplePaths(adj, s)]);
  const ends = (from: number[], v: number, ok: (p: { nodes: number[]; steps: Step[] }) => boolean) =>
    from.some((s) => paths[s].some((p) => p.nodes[p.nodes.length - 1] === v && interiorAvoids(p, stop) && ok(p)));
  const descendantOfX = (v: number) => x.some((s) => paths[s].some((p) => p.nodes[p.nodes.length - 1] === v && directed(p)));
  const out: Record<string, string[]> = {};
  const instruments = new Set((instrumentsReport(graph) ?? []).map((i) => ids.indexOf(i.instrument)));
  for (let v = 0; v < ids.length; v++) {
    if (stop.has(v)) continue;
    const labels: string[] = [];
    const reverseDirectedTo = (targets: number[]) =>
      paths[v].some((p) => targets.includes(p.nodes[p.nodes.length - 1]) && directed(p) && interiorAvoids(p, stop));
    if (reverseDirectedTo(x) && reverseDirectedTo(y)) labels.push('confounder');
    if (ends(x, v, directed) && reverseDirectedTo(y)) labels.push('mediator');
    const intoV = (p: { steps: Step[] }) => colliderFree(p) && p.steps[p.steps.length - 1].headAtTo;
    if (ends(x, v, intoV) && ends(y, v, intoV)) {
      labels.push('collider');
      const backdoor = (p: { steps: Step[] }) => intoV(p) && p.steps[0].headAtFrom;
      if (ends(x, v, backdoor) && !descendantOfX(v) && !latent.has(v)) labels.push('m-bias');
    }
    if (descendantOfX(v)) labels.push('exposure-descendant');
    if (instruments.has(v)) labels.push('instrument');
    const connectedToX = x.some((s) => paths[s].some((p) => p.nodes[p.nodes.length - 1] === v && colliderFree(p)));
    if (!latent.has(v) && reverseDirectedTo(y) && !connectedToX) labels.push('precision');
    if (labels.length > 0) out[ids[v]] = labels;
  }
  return out;
}

function randomCase(rng: Rng) {
  const n = randomInt(rng, 3, 7);
  const base = randomAdmg(rng, { n, pDirected: 0.2 + 0.3 * rng(), pBidirected: 0.25 * rng() });
  const ids = base.nodes.map((v) => v.id as string);
  const shuffled = [...ids].sort(() => rng() - 0.5);
  const xs = shuffled.slice(0, rng() < 0.2 ? 2 : 1);
  const ys = shuffled.slice(xs.length, xs.length + (rng() < 0.2 ? 2 : 1));
  const latent = shuffled.slice(xs.length + ys.length).filter(() => rng() < 0.15);
  const adjusted = shuffled.slice(xs.length + ys.length).filter((v) => !latent.includes(v) && rng() < 0.3);
  return graphFromLists({
    nodes: ids,
    directed: base.edges.filter((e) => e.kind === '->').map((e) => [e.from, e.to] as [string, string]),
    bidirected: base.edges.filter((e) => e.kind === '<->').map((e) => [e.from, e.to] as [string, string]),
    roles: { exposure: xs, outcome: ys, latent, adjusted },
  });
}

describe('role labels against path enumeration', () => {
  it('on 500 random ADMGs of 3–7 nodes (seed 8086)', () => {
    const rng = mulberry32(8086);
    const seen = new Map<string, number>();
    for (let trial = 0; trial < 500; trial++) {
      const graph = randomCase(rng);
      const ids = graph.nodes.map((n) => n.id as string);
      const role = (r: string) => graph.nodes.filter((n) => (n.roles as string[]).includes(r)).map((n) => ids.indexOf(n.id));
      const expected = oracleLabels(graph, role('exposure'), role('outcome'));
      const context = `trial ${trial}: ${graph.edges.map((e) => `${e.from}${e.kind}${e.to}`).join(' ')} ${JSON.stringify(graph.nodes.map((n) => [n.id, n.roles]))}`;
      expect(labelsReport(graph), context).toEqual(expected);
      // Every adjusted mediator, collider or exposure descendant gets a warning and no other adjusted
      // node does (latent nodes are never adjusted here; exposures below an outcome are set aside).
      const risky = new Set(['mediator', 'collider', 'm-bias', 'exposure-descendant']);
      const adjusted = graph.nodes.filter((n) => n.roles.includes('adjusted')).map((n) => n.id as string);
      const expectedWarned = adjusted.filter((v) => (expected[v] ?? []).some((l) => risky.has(l)));
      const warned = roleWarnings(graph)
        .filter((w) => !w.message.includes('descendant of the outcome'))
        .map((w) => w.node as string);
      expect(warned, context).toEqual(expectedWarned.sort());
      for (const [id, entries] of Object.entries(roleLabels(graph)!)) {
        for (const entry of entries) {
          seen.set(entry.label, (seen.get(entry.label) ?? 0) + 1);
          expect(entry.reason.startsWith(`${id} is `), context).toBe(true);
          if (entry.path) for (const v of entry.path) expect(ids, context).toContain(v);
        }
      }
    }
    for (const label of ['confounder', 'mediator', 'collider', 'm-bias', 'exposure-descendant', 'instrument', 'precision']) {
      expect(seen.get(label) ?? 0, label).toBeGreaterThan(15);
    }
  });
});
