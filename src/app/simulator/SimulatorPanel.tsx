/**
 * app/simulator/SimulatorPanel — the simulator: pick a preset or use the drawn graph, edit its
 * structural causal model, run a check (one sample) or a repeated simulation (coverage) in a
 * worker, and compare every estimator with the truth; export the simulated data as CSV. The SCM is
 * saved with the document (`scm` in the document store; every edit is one undo step).
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import {
  displayNameLookup,
  type CausalGraph,
  type EstimatorRequest,
  SIM_PRESETS,
  type ScmSpec,
  nodesWithRole,
  type SimPreset,
  validateScm,
} from '../../engine';
import { useDocumentStore } from '../store/document';
import { CheckResults } from './CheckResults';
import { CoverageResults } from './CoverageResults';
import { downloadText } from '../files/download';
import { NumberField, SelectField } from './fields';
import { useLastSimulation } from './last-result';
import { loadPreset } from './load-preset';
import { type RunOutcome, type SimulationHandle, SimulationRunner } from './runner';
import { ScmEditor } from './ScmEditor';
import { reconcileScm, setRunSize } from './scm-edit';
import { SeedArticleResults } from './SeedArticleResults';
import type { SimRequest, SimResponse } from './simulate';
import { spawnSimulationWorker } from './spawn-worker';
import './simulator.css';

/** The estimators a preset chose, while the graph still has every variable they name. */
export function presetEstimators(preset: SimPreset | null, graph: CausalGraph): readonly EstimatorRequest[] | undefined {
  if (!preset) return undefined;
  const ids = new Set<string>(graph.nodes.map((n) => n.id));
  const named = preset.estimators.flatMap((e) => [...(e.set ?? []), ...(e.mediators ?? []), ...(e.instruments ?? [])]);
  return named.every((id) => ids.has(id)) && ids.has(preset.spec.treatment) && ids.has(preset.spec.outcome) ? preset.estimators : undefined;
}

type Shown = { readonly response: SimResponse; readonly spec: ScmSpec; readonly run: number };

export function SimulatorPanel({ spawn = spawnSimulationWorker }: { spawn?: () => SimulationHandle }) {
  const graph = useDocumentStore((s) => s.graph);
  const stored = useDocumentStore((s) => s.scm);
  const setScm = useDocumentStore((s) => s.setScm);
  const [presetName, setPresetName] = useState<string>(SIM_PRESETS[0].name);
  const [loaded, setLoaded] = useState<SimPreset | null>(null);
  const [mode, setMode] = useState<'single' | 'coverage'>('single');
  const [replicates, setReplicates] = useState(200);
  const [latents, setLatents] = useState(false);
  const [busy, setBusy] = useState<null | { label: string; done?: number; total?: number }>(null);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const runner = useRef<SimulationRunner | null>(null);
  useEffect(() => {
    const r = new SimulationRunner(spawn);
    runner.current = r;
    return () => r.dispose();
  }, [spawn]);

  const derived = useMemo(() => {
    if (nodesWithRole(graph, 'exposure').length === 0 || nodesWithRole(graph, 'outcome').length === 0) {
      return { spec: null, problem: 'mark an exposure and an outcome (or load a preset)' };
    }
    try {
      return { spec: reconcileScm(stored, graph), problem: null };
    } catch (e) {
      return { spec: null, problem: (e instanceof Error ? e.message : String(e)).replace(/^engine\/sim: /, '') };
    }
  }, [stored, graph]);
  const spec = derived.spec;
  const validation = useMemo(() => (spec ? validateScm(spec, graph) : null), [spec, graph]);
  const nameOf = useMemo(() => displayNameLookup(graph), [graph]);
  const preset = loaded && spec && spec.nodes === loaded.spec.nodes ? loaded : null;
  const estimators = presetEstimators(loaded, graph);
  const seedArticle = preset?.name === 'seed-article';
  const runnable = spec !== null && validation !== null && validation.ok;

  const edit = (next: ScmSpec) => {
    if (next !== spec) setScm(next);
  };

  const start = (request: SimRequest, label: string, onDone: (outcome: RunOutcome) => void) => {
    setBusy({ label });
    setError(null);
    runner.current!.run(request, (done, total) => setBusy({ label, done, total })).then((outcome) => {
      if (outcome.status === 'stale') return;
      setBusy(null);
      if (outcome.status === 'error') setError(outcome.error.replace(/^engine\/sim: /, ''));
      else onDone(outcome);
    });
  };

  const run = () => {
    if (!spec || !runnable) return;
    const model = { spec, graph, estimators };
    const request: SimRequest =
      mode === 'coverage'
        ? { kind: 'coverage', model, n: spec.n, seed: spec.seed, replicates }
        : seedArticle
          ? { kind: 'seed-article', n: spec.n, seed: spec.seed }
          : { kind: 'check', model, n: spec.n, seed: spec.seed };
    const used = spec;
    start(request, mode === 'coverage' ? `Simulating ${replicates} samples…` : 'Computing…', (outcome) => {
      if (outcome.status !== 'done') return;
      setShown((old) => ({ response: outcome.response, spec: used, run: (old?.run ?? 0) + 1 }));
      if (outcome.response.kind === 'check') useLastSimulation.getState().record(graph, outcome.response.result);
    });
  };

  const exportCsv = () => {
    if (!spec || !runnable) return;
    start({ kind: 'csv', model: { spec, graph }, n: spec.n, seed: spec.seed, latents }, 'Preparing the CSV…', (outcome) => {
      if (outcome.status === 'done' && outcome.response.kind === 'csv') {
        downloadText(`causeway-simulation-n${spec.n}-seed${spec.seed}.csv`, outcome.response.text, 'text/csv');
      }
    });
  };

  const chosen = SIM_PRESETS.find((p) => p.name === presetName) ?? SIM_PRESETS[0];
  const response = shown?.response;
  return (
    <div className="sim-panel" aria-busy={busy !== null}>
      <div className="sim-presets">
        <SelectField label="Preset" value={presetName} options={SIM_PRESETS.map((p) => [p.name, p.title] as const)} onChange={setPresetName} />
        <button
          type="button"
          className="sim-button"
          onClick={() => {
            loadPreset(chosen);
            setLoaded(chosen);
            setShown(null);
          }}
        >
          Load preset
        </button>
        <p className="sim-hint">
          {chosen.description}. Loading replaces the diagram and its model (undo brings them back). On the command line:{' '}
          <code>simulate --preset {chosen.name}</code>.
        </p>
      </div>

      {derived.problem !== null && (
        <p className="sim-blocked" role="note">
          The simulator needs a diagram it can simulate: {derived.problem}.
        </p>
      )}

      {spec && (
        <>
          <details className="sim-model" open>
            <summary>Structural causal model{preset ? ` (preset: ${preset.title})` : ''}</summary>
            <ScmEditor spec={spec} nameOf={nameOf} expanded={validation?.graph ?? null} issues={validation?.issues ?? []} onChange={edit} />
          </details>

          <div className="sim-run">
            <h4>Run</h4>
            <div className="sim-grid-fields">
              <NumberField label="Sample size n" integer value={spec.n} onCommit={(n) => edit(setRunSize(spec, n, spec.seed))} errors={validation?.issues.filter((i) => i.node === undefined && /sample size/.test(i.message)).map((i) => i.message)} />
              <NumberField label="Seed" integer value={spec.seed} onCommit={(seed) => edit(setRunSize(spec, spec.n, seed))} errors={validation?.issues.filter((i) => i.node === undefined && /seed/.test(i.message)).map((i) => i.message)} />
              <SelectField
                label="Mode"
                value={mode}
                options={[
                  ['single', 'One sample'],
                  ['coverage', 'Repeated samples (coverage)'],
                ]}
                onChange={setMode}
              />
              {mode === 'coverage' && <NumberField label="Replicates" integer value={replicates} onCommit={(r) => setReplicates(Math.max(2, Math.min(2000, r)))} />}
            </div>
            {seedArticle && mode === 'single' && (
              <p className="sim-hint">The seed-article preset runs the randomized and the observational design on the same units.</p>
            )}
            <div className="sim-actions">
              <button type="button" className="sim-button sim-primary" onClick={run} disabled={!runnable}>
                {busy ? 'Run again' : 'Run simulation'}
              </button>
              {busy && (
                <button type="button" className="sim-button" onClick={() => { runner.current?.cancel(); setBusy(null); }}>
                  Stop
                </button>
              )}
            </div>
            {!runnable && validation && <p className="sim-error">Fix the errors in the model to run it.</p>}
            <p role="status" className="sim-status">
              {busy ? `${busy.label}${busy.total ? ` ${busy.done} of ${busy.total}` : ''}` : ''}
            </p>
            {error && (
              <p className="sim-error" role="alert">
                The simulation failed: {error}
              </p>
            )}
          </div>

          {response && shown && (
            <div className="sim-output">
              <h4>Results</h4>
              {shown.spec !== spec && <p className="sim-note">These results are for an earlier version of the model; run again to update them.</p>}
              {response.kind === 'check' && <CheckResults result={response.result} />}
              {response.kind === 'coverage' && <CoverageResults result={response.result} validity={response.validity} />}
              {response.kind === 'seed-article' && <SeedArticleResults report={response.result} />}
              <p className="sim-muted sim-timing">
                Computed in {Math.round(response.ms)} ms in a worker (run {shown.run}).
              </p>
            </div>
          )}

          <div className="sim-export">
            <h4>Simulated data</h4>
            <label className="sim-check">
              <input type="checkbox" checked={latents} onChange={(e) => setLatents(e.target.checked)} /> Include latent columns (labelled
              latent:…)
            </label>
            <button type="button" className="sim-button" onClick={exportCsv} disabled={!runnable}>
              Download CSV (n = {spec.n}, seed {spec.seed})
            </button>
          </div>
        </>
      )}
    </div>
  );
}

export default SimulatorPanel;
