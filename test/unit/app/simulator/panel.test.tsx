// @vitest-environment jsdom
import '@testing-library/jest-dom/vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CheckResults, Diagnostics } from '../../../../src/app/simulator/CheckResults';
import { num } from '../../../../src/app/simulator/format';
import { SimulationRunner } from '../../../../src/app/simulator/runner';
import { ScmEditor } from '../../../../src/app/simulator/ScmEditor';
import { latentStrength, setNoiseSd } from '../../../../src/app/simulator/scm-edit';
import { type SimRequest, type SimResponse, runSimulation } from '../../../../src/app/simulator/simulate';
import { SimulatorPanel } from '../../../../src/app/simulator/SimulatorPanel';
import { clearHistory, useDocumentStore } from '../../../../src/app/store/document';
import { type ScmSpec, defaultScm, getSimPreset, graphFromLists, isFailedRow, runCheck, validateScm } from '../../../../src/engine';

afterEach(cleanup);

describe('results table', () => {
  it('shows each estimator with the engine\u2019s estimate, SE, CI, truth, bias and validity with the reason', () => {
    const preset = getSimPreset('collider');
    const result = runCheck(preset.spec, { graph: preset.graph, n: 1000, seed: 4, estimators: preset.estimators });
    render(<CheckResults result={result} />);
    const table = screen.getByRole('table', { name: /Estimates against the truth \(n = 1000, seed 4\)/ });
    const rows = within(table).getAllByRole('row').filter((r) => within(r).queryByRole('rowheader'));
    expect(rows).toHaveLength(result.rows.length);
    result.rows.forEach((row, i) => {
      if (isFailedRow(row)) throw new Error(row.error);
      const cells = within(rows[i]).getAllByRole('cell').map((c) => c.textContent);
      expect(within(rows[i]).getByRole('rowheader').textContent).toBe(`${row.name} (${row.estimand})`);
      expect(cells.slice(0, 5)).toEqual([num(row.estimate), num(row.se), `[${num(row.ci[0])}, ${num(row.ci[1])}]`, num(row.truth), num(row.bias)]);
      expect(cells[5]).toBe(row.covers ? 'yes' : 'no');
      expect(cells[6]).toContain(row.valid ? 'yes' : 'no');
    });
    // Adjusting for the collider is invalid; the reason is printed under the row.
    const adjusted = result.rows.find((r) => r.name === 'OLS Y ~ X + C')!;
    expect(adjusted.valid).toBe(false);
    expect(table.textContent).toContain(adjusted.validity.reasons[0]);
    expect(screen.getByText(`truth (ATE) = ${num(0.5)}`)).toBeInTheDocument();
    expect(screen.getByRole('img', { name: /true ATE 0\.5000/ })).toBeInTheDocument();
  });
});

describe('diagnostics', () => {
  it('gives the effective sample size of each arm out of that arm\u2019s size', () => {
    const preset = getSimPreset('seed-article');
    const result = runCheck(preset.spec, { graph: preset.graph, n: 2000, seed: 3, estimators: preset.estimators });
    render(<Diagnostics result={result} />);
    const text = screen.getByText('Effective sample size (IPW)').parentElement!.textContent!;
    const [, essT, nT, essC, nC] = /(\d+) of (\d+) treated, (\d+) of (\d+) control/.exec(text)!.map(Number);
    expect(nT + nC).toBe(2000);
    expect(essT).toBeLessThanOrEqual(nT);
    expect(essC).toBeLessThanOrEqual(nC);
    expect(essT).toBe(Math.round(result.diagnostics.essTreated as number));
  });
});

describe('SCM editor', () => {
  it('shows the engine\u2019s validation error under the field it concerns', () => {
    const preset = getSimPreset('backdoor-mediator');
    const spec = setNoiseSd(preset.spec, 'M', -1);
    const validation = validateScm(spec, preset.graph);
    const message = validation.issues.find((i) => i.node === 'M' && i.severity === 'error')!.message;
    render(<ScmEditor spec={spec} nameOf={(id) => id} expanded={validation.graph} issues={validation.issues} onChange={() => {}} />);
    const field = within(screen.getByRole('group', { name: 'M' })).getByRole('textbox', { name: 'Noise SD' });
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(message);
  });

  it('names each node as the diagram does, with the id the equations use', () => {
    const preset = getSimPreset('backdoor-mediator');
    const validation = validateScm(preset.spec, preset.graph);
    render(<ScmEditor spec={preset.spec} nameOf={(id) => (id === 'M' ? 'Mediator' : id)} expanded={validation.graph} issues={validation.issues} onChange={() => {}} />);
    const group = screen.getByRole('group', { name: 'Mediator M' });
    expect(within(group).getByText('M', { selector: 'code' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Z' })).toBeInTheDocument();
  });

  it('gives every drawn bidirected edge one strength field, and a commit sets both loadings', () => {
    const graph = graphFromLists({ directed: [['A', 'B']], bidirected: [['A', 'B']], roles: { exposure: ['A'], outcome: ['B'] } });
    const spec = defaultScm(graph);
    const validation = validateScm(spec, graph);
    const changes: ScmSpec[] = [];
    render(<ScmEditor spec={spec} nameOf={(id) => id} expanded={validation.graph} issues={validation.issues} onChange={(s) => changes.push(s)} />);
    const strength = within(screen.getByRole('group', { name: 'Hidden common cause of A ↔ B' })).getByRole('textbox', { name: /Strength/ });
    expect(Number((strength as HTMLInputElement).value)).toBeCloseTo(0.5, 12);
    fireEvent.change(strength, { target: { value: '0.36' } });
    fireEvent.keyDown(strength, { key: 'Enter' });
    const [latent, ends] = [...validation.graph!.bidirectedLatents][0];
    expect(latentStrength(changes[0], latent, ends)).toBeCloseTo(0.36, 12);
  });

  it('refuses text that is not a number without changing the model, and commits a number on Enter', () => {
    const preset = getSimPreset('backdoor-mediator');
    const validation = validateScm(preset.spec, preset.graph);
    const changes: unknown[] = [];
    render(<ScmEditor spec={preset.spec} nameOf={(id) => id} expanded={validation.graph} issues={validation.issues} onChange={(s) => changes.push(s)} />);
    const coef = within(screen.getByRole('group', { name: /^Y\b.*outcome/ })).getByRole('textbox', { name: /Coefficient of M/ });
    fireEvent.change(coef, { target: { value: 'abc' } });
    fireEvent.keyDown(coef, { key: 'Enter' });
    expect(changes).toHaveLength(0);
    expect(coef).toHaveAccessibleDescription('Enter a number.');
    fireEvent.change(coef, { target: { value: '0.9' } });
    fireEvent.keyDown(coef, { key: 'Enter' });
    expect(changes).toHaveLength(1);
  });
});

function inProcess(log: SimRequest[] = []) {
  return () => ({
    run: async (request: SimRequest): Promise<SimResponse> => {
      log.push(request);
      return runSimulation(request);
    },
    terminate: () => {},
  });
}

describe('simulator panel', () => {
  beforeEach(() => {
    useDocumentStore.setState({ graph: getSimPreset('collider').graph, scm: null });
    clearHistory();
  });

  it('loads a preset as one undo step, runs it with the preset\u2019s estimators and shows the table', async () => {
    const log: SimRequest[] = [];
    render(<SimulatorPanel spawn={inProcess(log)} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Preset' }), { target: { value: 'iv' } });
    fireEvent.click(screen.getByRole('button', { name: 'Load preset' }));
    expect(useDocumentStore.getState().scm).toBe(getSimPreset('iv').spec);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Run simulation' }));
    const table = await screen.findByRole('table', { name: /Estimates against the truth/ });
    expect(log[0]).toMatchObject({ kind: 'check', n: 5000, seed: 20240607 });
    expect(log[0].kind === 'check' && log[0].model.estimators).toBe(getSimPreset('iv').estimators);
    expect(table.textContent).toContain('2SLS');
    expect(screen.getByText(/First-stage F/)).toBeInTheDocument();
    useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().scm).toBeNull();
  });

  it('saves an edit of the model in the document as one undo step, and blocks running an invalid model', async () => {
    render(<SimulatorPanel spawn={inProcess()} />);
    const sd = within(screen.getByRole('group', { name: 'C' })).getByRole('textbox', { name: 'Noise SD' });
    fireEvent.change(sd, { target: { value: '-2' } });
    fireEvent.blur(sd);
    await waitFor(() => expect(useDocumentStore.getState().scm).not.toBeNull());
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Run simulation' })).toBeDisabled();
    expect(screen.getByText('C: a normal noise SD must be a finite number ≥ 0')).toBeInTheDocument();
  });

  it('asks for an exposure and an outcome before it can simulate', () => {
    useDocumentStore.setState({ graph: { ...getSimPreset('collider').graph, nodes: getSimPreset('collider').graph.nodes.map((n) => ({ ...n, roles: [] })) } });
    render(<SimulatorPanel spawn={inProcess()} />);
    expect(screen.getByRole('note').textContent).toMatch(/mark an exposure and an outcome/);
  });
});

describe('runner', () => {
  it('a newer run answers the running one stale and stops its worker', async () => {
    const terminated: number[] = [];
    let spawned = 0;
    const runner = new SimulationRunner(() => {
      const id = ++spawned;
      return {
        run: (request) => (id === 1 ? new Promise<SimResponse>(() => {}) : Promise.resolve(runSimulation(request))),
        terminate: () => terminated.push(id),
      };
    });
    const preset = getSimPreset('collider');
    const request: SimRequest = { kind: 'check', model: { spec: preset.spec, graph: preset.graph }, n: 200, seed: 1 };
    const first = runner.run(request);
    const second = runner.run(request);
    await expect(first).resolves.toEqual({ status: 'stale' });
    expect(terminated).toEqual([1]);
    const outcome = await second;
    expect(outcome.status).toBe('done');
    expect(spawned).toBe(2);
  });
});
