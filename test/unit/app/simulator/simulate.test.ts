import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../../src/app/simulator/simulate';
import { reconcileScm } from '../../../../src/app/simulator/scm-edit';
import { presetEstimators } from '../../../../src/app/simulator/SimulatorPanel';
import { runCli } from '../../../../src/cli/main';
import { documentFromGraph, getSimPreset, graphFromLists, isFailedRow, runCheck, runCoverage, serializeDocument } from '../../../../src/engine';

async function cli(argv: string[], files: Record<string, string> = {}) {
  const out = await runCli(argv, { readText: async (path: string) => files[path] });
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
}

describe('the simulator panel logic gives the engine\u2019s and the CLI\u2019s numbers', () => {
  it('a preset check (same seed, same n) matches runCheck and `simulate --preset`', async () => {
    const preset = getSimPreset('seed-article');
    const response = runSimulation({ kind: 'check', model: { spec: preset.spec, graph: preset.graph, estimators: presetEstimators(preset, preset.graph) }, n: 3000, seed: 11 });
    if (response.kind !== 'check') throw new Error('expected a check');
    const direct = runCheck(preset.spec, { graph: preset.graph, n: 3000, seed: 11, estimators: preset.estimators });
    expect(response.result).toEqual(direct);
    const json = await cli(['simulate', '--preset', 'seed-article', '--n', '3000', '--seed', '11']);
    expect(json.truth.ate).toBe(response.result.truth.ate.value);
    expect(json.estimators.map((r: { name: string }) => r.name)).toEqual(response.result.rows.map((r) => r.name));
    response.result.rows.forEach((row, i) => {
      if (isFailedRow(row)) throw new Error(row.error);
      expect(json.estimators[i].estimate).toBe(row.estimate);
      expect(json.estimators[i].se).toBe(row.se);
      expect(json.estimators[i].ci).toEqual([...row.ci]);
      expect(json.estimators[i].bias).toBe(row.bias);
    });
    // The seed DGP is confounded: naive is biased upward, AIPW is not.
    const naive = response.result.rows[0];
    expect(isFailedRow(naive) ? null : naive.bias).toBeGreaterThan(0.05);
  });

  it('a drawn graph without a stored SCM uses the engine defaults, as the CLI does for a model file', async () => {
    const graph = graphFromLists({ directed: [['Z', 'X'], ['X', 'Y'], ['Z', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const spec = reconcileScm(null, graph);
    const response = runSimulation({ kind: 'check', model: { spec, graph }, n: 1500, seed: 5 });
    if (response.kind !== 'check') throw new Error('expected a check');
    const json = await cli(['simulate', 'd.json', '--n', '1500', '--seed', '5'], { 'd.json': serializeDocument(documentFromGraph(graph)) });
    expect(json.estimators.map((r: { estimate: number }) => r.estimate)).toEqual(response.result.rows.map((r) => (isFailedRow(r) ? undefined : r.estimate)));
    expect(json.truth.ate).toBe(response.result.truth.ate.value);
  });

  it('coverage mode matches runCoverage and reports progress up to R', () => {
    const preset = getSimPreset('backdoor-mediator');
    const progress: number[] = [];
    const response = runSimulation(
      { kind: 'coverage', model: { spec: preset.spec, graph: preset.graph, estimators: preset.estimators }, n: 300, seed: 3, replicates: 12 },
      (done, total) => {
        expect(total).toBe(12);
        progress.push(done);
      },
    );
    if (response.kind !== 'coverage') throw new Error('expected coverage');
    const direct = runCoverage(preset.spec, { graph: preset.graph, n: 300, seed: 3, replicates: 12, estimators: preset.estimators });
    expect(response.result.rows.map((r) => [r.mean, r.coverage, r.coverageMcse])).toEqual(direct.rows.map((r) => [r.mean, r.coverage, r.coverageMcse]));
    expect(progress.at(-1)).toBe(12);
    // The validity reasons come from the same engine test as the rows' valid flags.
    expect(response.validity.map((v) => v.valid)).toEqual(direct.rows.map((r) => r.valid));
    expect(response.validity[2].reasons.length).toBeGreaterThan(0);
  });

  it('the CSV has the observed columns, and latent columns labelled only when asked', () => {
    const preset = getSimPreset('frontdoor-linear');
    const plain = runSimulation({ kind: 'csv', model: { spec: preset.spec, graph: preset.graph }, n: 20, seed: 1, latents: false });
    const withLatents = runSimulation({ kind: 'csv', model: { spec: preset.spec, graph: preset.graph }, n: 20, seed: 1, latents: true });
    if (plain.kind !== 'csv' || withLatents.kind !== 'csv') throw new Error('expected csv');
    const lines = plain.text.trimEnd().split('\r\n');
    expect(lines).toHaveLength(21);
    expect(lines[0].split(',').sort()).toEqual(['M', 'X', 'Y']);
    expect(withLatents.text.split('\r\n')[0].split(',')).toContain('latent:U');
  });

  it('the seed-article report is the engine\u2019s, with a memo', () => {
    const response = runSimulation({ kind: 'seed-article', n: 2000, seed: 9 });
    if (response.kind !== 'seed-article') throw new Error('expected the report');
    expect(response.result.memo).toMatch(/^# Randomized versus observational/);
    expect(response.result.balance.map((b) => b.covariate)).toEqual(['pa', 'de']);
    expect(response.result.srm.counts[0] + response.result.srm.counts[1]).toBe(2000);
  });

  it('preset estimators are used only while the graph still names their variables', () => {
    const preset = getSimPreset('backdoor-mediator');
    expect(presetEstimators(preset, preset.graph)).toBe(preset.estimators);
    const without = graphFromLists({ directed: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(presetEstimators(preset, without)).toBeUndefined();
    expect(presetEstimators(null, preset.graph)).toBeUndefined();
  });
});

describe('truth reuse between runs', () => {
  it('gives the same numbers as a fresh check when only n changes', () => {
    const preset = getSimPreset('backdoor-mediator');
    const model = { spec: preset.spec, graph: preset.graph, estimators: preset.estimators };
    runSimulation({ kind: 'check', model, n: 400, seed: 2 });
    const second = runSimulation({ kind: 'check', model, n: 600, seed: 2 });
    const fresh = runCheck(preset.spec, { graph: preset.graph, estimators: preset.estimators, n: 600, seed: 2 });
    expect(second.kind === 'check' && second.result.truth).toEqual(fresh.truth);
    expect(second.kind === 'check' && second.result.rows).toEqual(fresh.rows);
  });
});
