import { describe, expect, it } from 'vitest';
import { MAX_PATHS, runAnalysis } from '../../../../src/app/analysis/run-analysis';
import type { DsepView, ReportView } from '../../../../src/app/analysis/types';
import {
  type CausalGraph,
  adjustmentFormula,
  canonicalAdjustmentSet,
  checkAdjustmentSet,
  dSeparation,
  explainPath,
  exprToTex,
  frontdoorSets,
  graphFromLists,
  identify,
  instrumentsReport,
  listImplications,
  listPaths,
  minimalAdjustmentSets,
  roleLabels,
  roleWarnings,
} from '../../../../src/engine';
import { mulberry32, randomAdmg, randomSubset } from '../../../support/random';

const report = (graph: CausalGraph) => runAnalysis(graph, { kind: 'report' }) as ReportView;
const dsep = (graph: CausalGraph, x: string[], y: string[], given: string[]) =>
  (runAnalysis(graph, { kind: 'dsep', x, y, given }) as DsepView).result;

// Confounding triangle: Z → X → Y, Z → Y.
const triangle = (roles: Record<string, string[]>) =>
  graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles });

describe('runAnalysis: report', () => {
  it('lists the causal and the biasing path of the confounding triangle, open until Z is adjusted', () => {
    const open = report(triangle({ exposure: ['X'], outcome: ['Y'] }));
    expect(open.blocked).toBeNull();
    expect(open.paths).toEqual({
      ok: true,
      value: {
        truncated: false,
        paths: [
          { nodes: ['X', 'Y'], edges: ['->'], causal: true, open: true, why: { blockedAt: [], opened: [] } },
          { nodes: ['X', 'Z', 'Y'], edges: ['<-', '->'], causal: false, open: true, why: { blockedAt: [], opened: [] } },
        ],
      },
    });
    const adjusted = report(triangle({ exposure: ['X'], outcome: ['Y'], adjusted: ['Z'] }));
    expect(adjusted.adjusted).toEqual(['Z']);
    expect(adjusted.paths?.ok && adjusted.paths.value.paths.map((p) => p.open)).toEqual([true, false]);
    expect(adjusted.paths?.ok && adjusted.paths.value.paths[1].why).toEqual({ blockedAt: [{ id: 'Z', collider: false }], opened: [] });
  });

  it('reports a cycle instead of any result', () => {
    const cyclic = graphFromLists({ directed: [['A', 'B'], ['B', 'C'], ['C', 'A']], roles: { exposure: ['A'], outcome: ['C'] } });
    const r = report(cyclic);
    expect(r.blocked).toEqual({ message: 'the graph has a cycle: A → B → C → A', cycle: ['A', 'B', 'C', 'A'] });
    for (const key of ['roles', 'adjustment', 'frontdoor', 'instruments', 'implications', 'paths', 'identification']) {
      expect(r).not.toHaveProperty(key);
    }
  });

  it('refuses a graph with undirected edges with the engine message', () => {
    const r = report(graphFromLists({ undirected: [['A', 'B']], roles: { exposure: ['A'], outcome: ['B'] } }));
    expect(r.blocked?.cycle).toBeNull();
    expect(r.blocked?.message).toMatch(/DAG or ADMG/);
  });

  it('asks for an exposure and an outcome when they are missing', () => {
    const r = report(triangle({ exposure: ['X'] }));
    expect(r.paths).toEqual({ ok: false, message: 'mark at least one exposure and one outcome' });
  });

  it('turns an engine refusal into its message (a latent node cannot be adjusted)', () => {
    const r = report(triangle({ exposure: ['X'], outcome: ['Y'], adjusted: ['Z'], latent: ['Z'] }));
    expect(r.paths?.ok).toBe(false);
    expect(!r.paths?.ok && r.paths?.message).toMatch(/latent/);
  });

  it('passes the engine path listing through unchanged on random ADMGs (seed 7)', () => {
    const rng = mulberry32(7);
    for (let i = 0; i < 40; i++) {
      const g0 = randomAdmg(rng, { n: 6, pDirected: 0.35, pBidirected: 0.15 });
      const ids = g0.nodes.map((n) => n.id as string);
      const [x, y, ...rest] = ids;
      const given = randomSubset(rng, rest, 0.3);
      const g = { ...g0, nodes: g0.nodes.map((n) => ({ ...n, roles: n.id === x ? ['exposure' as const] : n.id === y ? ['outcome' as const] : given.includes(n.id) ? ['adjusted' as const] : [] })) };
      const expected = listPaths(g, x, y, given, { max: MAX_PATHS });
      const r = report(g);
      if (!r.paths?.ok) throw new Error('test: expected paths');
      expect(r.paths.value.truncated).toBe(expected.truncated);
      expect(r.paths.value.paths.map(({ why: _why, ...path }) => path)).toEqual(expected.paths);
      for (const path of r.paths.value.paths) {
        const explanation = explainPath(g, path, given);
        expect(path.why?.blockedAt.map((b) => b.id)).toEqual(explanation.blockedAt);
        expect(path.why?.opened.map((o) => o.id)).toEqual(explanation.interior.filter((n) => n.kind === 'collider' && n.open).map((n) => n.id));
        expect(path.why?.blockedAt.length === 0).toBe(path.open);
      }
    }
  });
});

describe('runAnalysis: adjustment, front-door, implications, identification', () => {
  const ok = <T,>(section: { ok: true; value: T } | { ok: false; message: string } | undefined): T => {
    if (!section?.ok) throw new Error(`test: expected a result, got ${JSON.stringify(section)}`);
    return section.value;
  };

  it('labels a confounder and a mediator with reasons, and warns about an adjusted mediator', () => {
    const g = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'M'], ['M', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['M'] } });
    const r = ok(report(g).roles);
    const labels = roleLabels(g)!;
    expect(r.labels).toEqual(
      Object.entries(labels).flatMap(([node, entries]) => entries.map((e) => ({ node, label: e.label, reason: e.reason, path: e.path ?? null }))),
    );
    expect(r.labels?.filter((l) => l.node === 'Z').map((l) => l.label)).toContain('confounder');
    expect(r.labels?.filter((l) => l.node === 'M').map((l) => l.label)).toContain('mediator');
    expect(r.warnings).toEqual(roleWarnings(g));
    expect(r.warnings.map((w) => w.node)).toEqual(['M']);
    const unasked = ok(report(graphFromLists({ directed: [['A', 'B']] })).roles);
    expect(unasked.labels).toBeNull();
  });

  it('finds {Z} for the confounding triangle and checks the adjusted set', () => {
    const r = report(triangle({ exposure: ['X'], outcome: ['Y'] }));
    const adjustment = ok(r.adjustment);
    expect(ok(adjustment.minimal)).toEqual({ sets: [['Z']], truncated: false });
    expect(ok(adjustment.canonical)).toEqual(['Z']);
    expect(ok(adjustment.optimal).set).toEqual(['Z']);
    const current = ok(adjustment.current);
    expect(current.valid).toBe(false);
    expect(current.openPaths).toEqual([['X', 'Z', 'Y']]);
    expect(current.formulaTex).toBeNull();
    const adjustedGraph = triangle({ exposure: ['X'], outcome: ['Y'], adjusted: ['Z'] });
    const fixed = ok(ok(report(adjustedGraph).adjustment).current);
    const formulaTex = `${identify(adjustedGraph, { y: ['Y'], x: ['X'] }).queryTex} = ${exprToTex(adjustmentFormula(adjustedGraph, ['Z']))}`;
    expect(fixed).toEqual({ set: ['Z'], valid: true, reasons: [], openPaths: [], forbidden: [], formulaTex });
    expect(formulaTex).toBe('P(Y \\mid \\mathrm{do}(X)) = \\sum_{Z} P(Y \\mid X, Z) P(Z)');
  });

  it('keeps "no set exists" ([]) apart from "the empty set works" ([[]])', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(ok(ok(report(bow).adjustment).minimal).sets).toEqual([]);
    expect(ok(ok(report(bow).adjustment).canonical)).toBeNull();
    const plain = graphFromLists({ directed: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(ok(ok(report(plain).adjustment).minimal).sets).toEqual([[]]);
  });

  it('names a mediator as forbidden', () => {
    const g = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['M'] } });
    const current = ok(ok(report(g).adjustment).current);
    expect(current.valid).toBe(false);
    expect(current.forbidden).toEqual(['M']);
  });

  it('finds the front-door set and the front-door formula for the front-door graph', () => {
    const g = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const r = report(g);
    expect(ok(r.frontdoor)).toEqual({ sets: [['M']], truncated: false });
    const id = ok(r.identification);
    expect(id.identifiable).toBe(true);
    expect(id.strategy).toEqual({ kind: 'frontdoor', set: ['M'] });
    expect(id.tex).toBe(identify(g, { y: ['Y'], x: ['X'] }).tex);
    expect(id.hedge).toBeNull();
  });

  it('shows the engine\u2019s refusal as a message: no front-door sets with a selected node', () => {
    const g = graphFromLists({ directed: [['X', 'M'], ['M', 'Y'], ['Y', 'S']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } });
    expect(report(g).frontdoor).toEqual({ ok: false, message: 'front-door sets are not defined for graphs with selected nodes' });
  });

  it('reports the hedge of the bow graph', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const id = ok(report(bow).identification);
    expect(id.identifiable).toBe(false);
    expect(id.hedge).toEqual({ F: ['X', 'Y'], Fprime: ['Y'] });
    expect(id.strategy).toEqual({ kind: 'none' });
  });

  it('finds the instrument of the IV graph, conditional on W when W confounds it', () => {
    const iv = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(ok(report(iv).instruments)).toEqual({ instruments: [{ instrument: 'Z', given: [] }], truncated: false });
    const conditional = graphFromLists({
      directed: [['W', 'Z'], ['W', 'Y'], ['Z', 'X'], ['X', 'Y']],
      bidirected: [['X', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'] },
    });
    expect(ok(report(conditional).instruments).instruments).toContainEqual({ instrument: 'Z', given: ['W'] });
    const two = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y'], ['X', 'V']], roles: { exposure: ['X'], outcome: ['Y', 'V'] } });
    expect(report(two).instruments).toEqual({ ok: false, message: expect.stringMatching(/exactly one exposure and one outcome/) });
  });

  it('lists the implication of a chain', () => {
    const chain = graphFromLists({ directed: [['A', 'B'], ['B', 'C']] });
    expect(ok(report(chain).implications)).toEqual({ implications: [{ x: 'A', y: 'C', given: ['B'] }], truncated: false });
  });

  it('passes the engine answers through unchanged on random ADMGs (seed 23)', () => {
    const rng = mulberry32(23);
    for (let i = 0; i < 40; i++) {
      const g0 = randomAdmg(rng, { n: 6, pDirected: 0.35, pBidirected: 0.15 });
      const [x, y, ...rest] = g0.nodes.map((n) => n.id as string);
      const adjusted = randomSubset(rng, rest, 0.3);
      const roleOf = (id: string) => (id === x ? ['exposure' as const] : id === y ? ['outcome' as const] : adjusted.includes(id) ? ['adjusted' as const] : []);
      const g = { ...g0, nodes: g0.nodes.map((n) => ({ ...n, roles: roleOf(n.id) })) };
      const r = report(g);
      const adjustment = ok(r.adjustment);
      expect(ok(adjustment.minimal)).toEqual(minimalAdjustmentSets(g, { effect: 'total', max: 50 }));
      expect(ok(adjustment.canonical)).toEqual(canonicalAdjustmentSet(g, 'total'));
      const check = checkAdjustmentSet(g, { set: adjusted, effect: 'total' });
      expect(ok(adjustment.current).valid).toBe(check.valid);
      expect(ok(adjustment.current).openPaths).toEqual(check.openPaths);
      expect(ok(r.frontdoor)).toEqual(frontdoorSets(g, { max: 50 }));
      expect(ok(r.implications)).toEqual(listImplications(g, { max: 100 }));
      expect(ok(r.instruments).instruments).toEqual(instrumentsReport(g));
      const id = identify(g, { y: [y], x: [x] });
      expect(ok(r.identification).identifiable).toBe(id.identifiable);
      expect(ok(r.identification).tex).toBe(id.tex);
    }
  });
});

describe('runAnalysis: d-separation', () => {
  it('answers the collider and chain cases', () => {
    const collider = graphFromLists({ directed: [['A', 'C'], ['B', 'C']] });
    expect(dsep(collider, ['A'], ['B'], [])).toEqual({ ok: true, value: { separated: true, openPath: null, given: [] } });
    expect(dsep(collider, ['A'], ['B'], ['C'])).toEqual({
      ok: true,
      value: {
        separated: false,
        openPath: { nodes: ['A', 'C', 'B'], edges: ['->', '<-'], causal: false, open: true, why: { blockedAt: [], opened: [{ id: 'C', by: 'C' }] } },
        given: ['C'],
      },
    });
    const chain = graphFromLists({ directed: [['A', 'B'], ['B', 'C']] });
    const r = dsep(chain, ['A'], ['C'], []);
    expect(r.ok && r.value.openPath).toEqual({ nodes: ['A', 'B', 'C'], edges: ['->', '->'], causal: true, open: true, why: { blockedAt: [], opened: [] } });
    // An open collider is explained by the conditioned descendant that opens it.
    const below = graphFromLists({ directed: [['A', 'C'], ['B', 'C'], ['C', 'D']] });
    const opened = dsep(below, ['A'], ['B'], ['D']);
    expect(opened.ok && opened.value.openPath?.why).toEqual({ blockedAt: [], opened: [{ id: 'C', by: 'D' }] });
  });

  it('adds selected nodes to the conditioning set and reports refusals as messages', () => {
    const g = graphFromLists({ directed: [['A', 'C'], ['B', 'C']], roles: { selected: ['C'] } });
    const r = dsep(g, ['A'], ['B'], []);
    expect(r.ok && r.value.given).toEqual(['C']);
    expect(r.ok && r.value.separated).toBe(false);
    const overlap = dsep(g, ['A'], ['A'], []);
    expect(overlap.ok).toBe(false);
  });

  it('agrees with dSeparation on random ADMGs (seed 11)', () => {
    const rng = mulberry32(11);
    for (let i = 0; i < 60; i++) {
      const g = randomAdmg(rng, { n: 7, pDirected: 0.3, pBidirected: 0.15 });
      const ids = g.nodes.map((n) => n.id as string);
      const [x, y, ...rest] = ids;
      const given = randomSubset(rng, rest, 0.3);
      const expected = dSeparation(g, [x], [y], given);
      const r = dsep(g, [x], [y], given);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.value.separated).toBe(expected.separated);
      expect(r.value.openPath?.nodes ?? null).toEqual(expected.openPath);
      expect(r.value.openPath?.edges ?? null).toEqual(expected.openPathEdges);
    }
  });
});
