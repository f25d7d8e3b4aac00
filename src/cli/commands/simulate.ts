/**
 * cli/commands/simulate — runs the simulator check on a document's SCM (or a default SCM generated
 * from its graph) or on a named preset, and prints the truth, one row per estimator and the
 * diagnostics; `--replicates R` runs the coverage mode instead; `--list-presets` names the presets.
 */
import {
  type CausalGraph,
  defaultScm,
  isFailedRow,
  runCheck,
  runCoverage,
  type ScmSpec,
  SIM_PRESETS,
  type EstimatorRequest,
  getSimPreset,
  validateScm,
} from '../../engine';
import { loadInput } from '../load';
import { flagOption, intOption, stringOption } from './options';
import { type Command, UserError } from './types';

const finite = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? null : x);

function specFromDocument(graph: CausalGraph, scm: unknown): ScmSpec {
  if (scm === undefined || scm === null) {
    try {
      return defaultScm(graph);
    } catch (e) {
      throw new UserError(`no SCM in the document and none can be generated: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const spec = scm as ScmSpec;
  if (typeof spec !== 'object' || !Array.isArray(spec.nodes)) throw new UserError('the document\'s "scm" is not an SCM spec');
  const check = validateScm(spec, graph);
  const errors = check.issues.filter((i) => i.severity === 'error');
  if (errors.length > 0) throw new UserError(`invalid SCM: ${errors.map((e) => e.message).join('; ')}`);
  return spec;
}

export const simulateCommand: Command = {
  name: 'simulate',
  summary: 'simulate data from an SCM, run the estimators and compare each with the truth',
  usage: 'FILE | --preset NAME [--n N] [--seed S] [--replicates R] | --list-presets',
  options: ['preset', 'n', 'seed', 'replicates', 'list-presets', 'model'],
  flags: ['list-presets'],
  async run(request) {
    if (flagOption(request, 'list-presets')) {
      return { kind: 'json', value: { presets: SIM_PRESETS.map((p) => ({ name: p.name, title: p.title, description: p.description })) } };
    }
    const presetName = stringOption(request, 'preset');
    let spec: ScmSpec;
    let graph: CausalGraph;
    let estimators: readonly EstimatorRequest[] | undefined;
    if (presetName !== undefined) {
      if (request.positional.length > 0) throw new UserError('give either FILE or --preset, not both');
      let preset;
      try {
        preset = getSimPreset(presetName);
      } catch (e) {
        throw new UserError(e instanceof Error ? e.message : String(e));
      }
      ({ spec, graph, estimators } = preset);
    } else {
      const input = await loadInput(request);
      graph = input.graph;
      spec = specFromDocument(graph, input.document.scm);
    }
    const n = intOption(request, 'n', spec.n, 2, 10_000_000);
    const seed = intOption(request, 'seed', spec.seed, 0, 0xffffffff);
    const replicates = intOption(request, 'replicates', 0, 0, 100_000);
    const options = { graph, n, seed, estimators };
    let truthSummary;
    try {
      if (replicates > 0) {
        const result = runCoverage(spec, { ...options, replicates });
        return {
          kind: 'json',
          value: {
            truth: { method: result.truth.method, ate: result.truth.ate.value, ate_mcse: result.truth.ate.mcse },
            replicates,
            n,
            seed,
            estimators: result.rows.map((r) => ({
              name: r.name, estimand: r.estimand, truth: finite(r.truth), mean: finite(r.mean), bias: finite(r.bias),
              empirical_sd: finite(r.empiricalSd), mean_se: finite(r.meanSe), se_ratio: finite(r.seRatio), rmse: finite(r.rmse),
              coverage: finite(r.coverage), coverage_mcse: finite(r.coverageMcse), runs: r.runs, failures: r.failures, valid: r.valid,
            })),
          },
        };
      }
      const result = runCheck(spec, options);
      const t = result.truth;
      truthSummary = {
        method: t.method,
        ate: t.ate.value,
        ate_mcse: t.ate.mcse,
        att: t.att?.value ?? null,
        atc: t.atc?.value ?? null,
        late: t.late?.value ?? null,
        sate: finite(result.sampleTruth.sate),
        satt: finite(result.sampleTruth.satt),
        satc: finite(result.sampleTruth.satc),
        heterogeneous: t.heterogeneous,
      };
      return {
        kind: 'json',
        value: {
          truth: truthSummary,
          n,
          seed,
          estimators: result.rows.map((row) =>
            isFailedRow(row)
              ? { name: row.name, error: row.error, valid: row.valid }
              : {
                  name: row.name, estimand: row.estimand, estimate: finite(row.estimate), se: finite(row.se),
                  ci: [finite(row.ci[0]), finite(row.ci[1])], truth: finite(row.truth), bias: finite(row.bias),
                  covers: row.covers, valid: row.valid, set: row.set, warnings: row.warnings,
                },
          ),
          diagnostics: result.diagnostics,
          warnings: result.warnings,
        },
      };
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(e instanceof Error ? e.message.replace(/^engine\/sim: /, '') : String(e));
    }
  },
};
