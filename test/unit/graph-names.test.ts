/**
 * Display names in explanations: a node's label where it has one, else its id. Checked directly,
 * and on random ADMGs by an invariance: the sentences for a labelled graph equal those for the same
 * graph whose ids are the labels (and which has no labels).
 */
import { describe, expect, it } from 'vitest';
import {
  analysisReadiness,
  type CausalGraph,
  checkAdjustmentSet,
  indexGraph,
  displayNames,
  graphFromLists,
  type NodeId,
  type Role,
  roleLabels,
  roleWarnings,
} from '../../src/engine';
import { recommendationExample } from '../../src/app/examples/recommendation';
import { mulberry32, randomAdmg, randomInt, randomSubset } from '../support/random';

const labelled = (graph: CausalGraph, labels: Record<string, string>): CausalGraph => ({
  ...graph,
  nodes: graph.nodes.map((node) => (labels[node.id] === undefined ? node : { ...node, label: labels[node.id] })),
});

describe('displayNames', () => {
  it('uses the label, squeezing whitespace, and the id where the label is missing or blank', () => {
    const g = labelled(graphFromLists({ directed: [['a', 'b'], ['b', 'c']] }), { a: '  Prior\n  activity ', c: '   ' });
    expect(displayNames(g)).toEqual(['Prior activity', 'b', 'c']);
  });

  it('adds the id where two nodes would read alike, so no sentence names two nodes the same way', () => {
    const g = labelled(graphFromLists({ nodes: ['a', 'b', 'c', 'd'] }), { a: 'Age', b: 'Age', c: 'd' });
    expect(displayNames(g)).toEqual(['Age (a)', 'Age (b)', 'd (c)', 'd']);
    const own = labelled(graphFromLists({ nodes: ['A', 'B'] }), { A: 'A', B: 'A' });
    expect(displayNames(own)).toEqual(['A', 'A (B)']);
  });

  it('writes a cycle in the words on the canvas, and keeps its ids for the program', () => {
    const cyclic = labelled(graphFromLists({ directed: [['a', 'b'], ['b', 'a']] }), { a: 'Activity', b: 'Blood pressure' });
    const readiness = analysisReadiness(indexGraph(cyclic));
    expect(readiness).toEqual({
      ok: false,
      reason: 'cycle',
      cycle: ['a', 'b', 'a'],
      message: 'the graph has a cycle: Activity → Blood pressure → Activity',
    });
  });

  it('makes the opening example explain itself in the words on the canvas', () => {
    const labels = roleLabels(recommendationExample)!;
    expect(labels.prior_activity[0].reason).toBe(
      'Prior activity is a confounder: it opens the back-door path Recommendation exposure ← Prior activity → Engagement.',
    );
    expect(labels.prior_activity[0].path).toEqual(['recommendation', 'prior_activity', 'engagement']);
    expect(checkAdjustmentSet(recommendationExample, { set: [] }).reasons).toEqual([
      'The non-causal path Recommendation exposure ← Prior activity → Engagement is open without adjustment.',
    ]);
  });
});

/** The same graph with every id replaced by `Q` + id and no labels (a prefix keeps every id order). */
function renamed(graph: CausalGraph): CausalGraph {
  const q = (id: NodeId) => `Q${id}` as NodeId;
  return {
    ...graph,
    nodes: graph.nodes.map(({ label: _label, ...node }) => ({ ...node, id: q(node.id) })),
    edges: graph.edges.map((e) => ({ ...e, from: q(e.from), to: q(e.to) })),
  };
}

describe('explanations by display name: invariance on random ADMGs', () => {
  it('role reasons, warnings and adjustment reasons read the same as with the labels for ids (seeds 1–300)', () => {
    let checkedReasons = 0;
    for (let seed = 1; seed <= 300; seed++) {
      const rng = mulberry32(seed);
      const base = randomAdmg(rng, { n: randomInt(rng, 3, 9), pDirected: 0.35, pBidirected: seed % 3 === 0 ? 0.15 : 0 });
      const ids = base.nodes.map((n) => n.id);
      const [x, y] = [ids[0], ids[1]];
      const rest = ids.slice(2);
      const adjusted = randomSubset(rng, rest, 0.3);
      const latent = randomSubset(rng, rest, 0.15).filter((v) => !adjusted.includes(v) || rng() < 0.3);
      const roleOf = (id: NodeId): Role[] => [
        ...(id === x ? (['exposure'] as const) : []),
        ...(id === y ? (['outcome'] as const) : []),
        ...(adjusted.includes(id) ? (['adjusted'] as const) : []),
        ...(latent.includes(id) ? (['latent'] as const) : []),
      ];
      const withRoles: CausalGraph = { ...base, nodes: base.nodes.map((n) => ({ ...n, roles: roleOf(n.id) })) };
      const graph = labelled(withRoles, Object.fromEntries(ids.map((id) => [id, `Q${id}`])));
      const plain = renamed(graph);
      const context = `seed ${seed}`;

      const labels = roleLabels(graph);
      const plainLabels = roleLabels(plain);
      expect(labels === null, context).toBe(plainLabels === null);
      for (const [id, entries] of Object.entries(labels ?? {})) {
        expect(entries.map((e) => e.reason), context).toEqual(plainLabels![`Q${id}`].map((e) => e.reason));
        checkedReasons += entries.length;
      }
      expect(roleWarnings(graph).map((w) => w.message), context).toEqual(roleWarnings(plain).map((w) => w.message));
      const set = adjusted.filter((v) => !latent.includes(v));
      const check = checkAdjustmentSet(graph, { set });
      const plainCheck = checkAdjustmentSet(plain, { set: set.map((v) => `Q${v}`) });
      expect(check.reasons, context).toEqual(plainCheck.reasons);
      for (const reason of [...check.reasons, ...Object.values(labels ?? {}).flat().map((e) => e.reason)]) {
        // Every node a sentence names is written by its label: no bare id such as "v3" remains.
        expect(reason, context).not.toMatch(/(^|[^Q\w])v\d+/);
      }
    }
    expect(checkedReasons).toBeGreaterThan(300);
  });
});
