import { describe, expect, it } from 'vitest';
import { getSimPreset, graphFromLists, reviewReport, documentFromGraph, runCheck } from '../../../../src/engine';
import { graphStructure, simulationFor, useLastSimulation } from '../../../../src/app/simulator/last-result';

describe('latest simulation for the review report', () => {
  const preset = getSimPreset('backdoor-mediator');
  const result = runCheck(preset.spec, { graph: preset.graph, estimators: preset.estimators, n: 500, seed: 3 });

  it('ignores positions but not arrows or roles', () => {
    const g = graphFromLists({ directed: [['a', 'b']], roles: { exposure: ['a'] } });
    const moved = { ...g, nodes: g.nodes.map((n) => ({ ...n, pos: { x: 5, y: 5 } })) };
    expect(graphStructure(moved)).toBe(graphStructure(g));
    expect(graphStructure(graphFromLists({ directed: [['b', 'a']], roles: { exposure: ['a'] } }))).not.toBe(graphStructure(g));
    expect(graphStructure(graphFromLists({ directed: [['a', 'b']] }))).not.toBe(graphStructure(g));
  });

  it('puts the rows of the latest check into the report, and only for the graph they came from', () => {
    useLastSimulation.getState().record(preset.graph, result);
    const last = simulationFor(preset.graph)!;
    expect(last.n).toBe(result.n);
    expect(last.rows.map((r) => r.name)).toEqual(result.rows.map((r) => r.name));
    const text = reviewReport(documentFromGraph(preset.graph), { simulation: last });
    expect(text).toContain(`n = ${result.n}, seed = ${result.seed}.`);
    const changed = { ...preset.graph, edges: preset.graph.edges.slice(1) };
    expect(simulationFor(changed)).toBeNull();
  });
});
