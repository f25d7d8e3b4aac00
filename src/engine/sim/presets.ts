/**
 * engine/sim/presets — ready-made SCMs with known answers (every acceptance test starts here).
 *
 * Contract: `SIM_PRESETS` lists each preset's name, a one-line description, the drawn graph, the SCM
 * spec and the estimators its check runs (chosen to show the point of the preset: a valid and an
 * invalid set side by side). Binary nodes are 0/1. Numbers are those of SIMULATOR.md §7.
 * `getSimPreset(name)` throws a clear error for an unknown name.
 * Complexity: O(1). Reference: SIMULATOR.md §7 (seed article DGP, backdoor, front-door, collider, IV).
 */
import { graphFromLists } from '../graph/build';
import type { CausalGraph } from '../graph/types';
import type { EstimatorRequest } from './estimators/types';
import type { NodeSpec, ScmSpec } from './spec';

export interface SimPreset {
  /** The id the command line takes (`--preset NAME`). */
  readonly name: string;
  /** What a menu shows. */
  readonly title: string;
  readonly description: string;
  readonly graph: CausalGraph;
  readonly spec: ScmSpec;
  readonly estimators: readonly EstimatorRequest[];
}

const normal = (sd = 1) => ({ dist: 'normal' as const, sd });
const lin = (id: string, coef: Record<string, number> = {}, sd = 1, latent = false): NodeSpec => ({
  id, kind: 'continuous', ...(latent ? { latent: true } : {}), eq: { type: 'linear', intercept: 0, coef, noise: normal(sd) },
});
const logit = (id: string, intercept: number, coef: Record<string, number>, latent = false): NodeSpec => ({
  id, kind: 'binary', ...(latent ? { latent: true } : {}), eq: { type: 'logistic', intercept, coef },
});
const spec = (nodes: NodeSpec[], treatment: string, outcome: string): ScmSpec => ({ version: 1, seed: 20240607, n: 5000, nodes, treatment, outcome });

const SEED_Y = '0.30 + 0.08*pa + 0.04*de + T*(0.08 + 0.04*step(pa) + 0.03*step(de)) + eps';

function seedArticle(randomized: boolean): SimPreset {
  const t = randomized ? logit('T', 0, {}) : logit('T', -0.2, { pa: 1.2 });
  const y: NodeSpec = { id: 'Y', kind: 'continuous', eq: { type: 'expr', expr: SEED_Y, noise: normal(0.05), output: 'continuous' } };
  const both = ['pa', 'de'];
  return {
    name: randomized ? 'seed-article-randomized' : 'seed-article',
    title: randomized ? 'Seed article, randomized assignment' : 'Seed article, confounded assignment',
    description: randomized
      ? 'Seed article DGP with 50/50 randomized assignment: every estimator is unbiased for ATE = 0.115'
      : 'Seed article DGP, assignment confounded by prior activity: naive +0.083 biased, IPW/AIPW unbiased for ATE = 0.115',
    graph: graphFromLists({
      nodes: ['pa', 'de', 'T', 'Y'],
      directed: [...(randomized ? [] : [['pa', 'T'] as [string, string]]), ['pa', 'Y'], ['de', 'Y'], ['T', 'Y']],
      roles: { exposure: ['T'], outcome: ['Y'] },
    }),
    spec: spec([lin('pa'), lin('de'), t, y], 'T', 'Y'),
    estimators: [
      { kind: 'naive' },
      { kind: 'strata', set: ['pa'], bins: 5, label: 'stratification, 5 quantile bins of pa' },
      { kind: 'ols', set: both },
      { kind: 'gcomp', set: both },
      { kind: 'ipw', set: both },
      { kind: 'aipw', set: both },
    ],
  };
}

const backdoorMediator: SimPreset = {
  name: 'backdoor-mediator',
  title: 'Back-door with a mediator',
  description: 'Linear backdoor Z with a mediator M: total effect 0.6; adjusting for M as well over-controls (0.3)',
  graph: graphFromLists({
    directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'M'], ['M', 'Y'], ['X', 'Y']],
    roles: { exposure: ['X'], outcome: ['Y'] },
  }),
  spec: spec([lin('Z'), lin('X', { Z: 0.8 }), lin('M', { X: 0.5 }), lin('Y', { Z: 0.7, M: 0.6, X: 0.3 })], 'X', 'Y'),
  estimators: [{ kind: 'naive' }, { kind: 'ols', set: ['Z'] }, { kind: 'ols', set: ['M', 'Z'] }],
};

const frontdoorLinear: SimPreset = {
  name: 'frontdoor-linear',
  title: 'Front-door, linear',
  description: 'Front-door with a latent confounder U (linear): truth 0.35, naive 0.85, α·β recovers the truth',
  graph: graphFromLists({
    directed: [['U', 'X'], ['U', 'Y'], ['X', 'M'], ['M', 'Y']],
    roles: { exposure: ['X'], outcome: ['Y'], latent: ['U'] },
  }),
  spec: spec([lin('U', {}, 1, true), lin('X', { U: 1 }), lin('M', { X: 0.7 }), lin('Y', { U: 1, M: 0.5 })], 'X', 'Y'),
  estimators: [{ kind: 'naive' }, { kind: 'frontdoor', mediators: ['M'] }],
};

const frontdoorBinary: SimPreset = {
  name: 'frontdoor-binary',
  title: 'Front-door, binary',
  description: 'Front-door with a latent confounder U (binary): exact truth 0.242563, naive 0.368860',
  graph: frontdoorLinear.graph,
  spec: spec(
    [
      { id: 'U', kind: 'binary', latent: true, eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'bernoulli', p: 0.5 } } },
      logit('X', -1, { U: 2 }),
      logit('M', -1.5, { X: 3 }),
      logit('Y', -1, { M: 2, U: 1.5 }),
    ],
    'X',
    'Y',
  ),
  estimators: [{ kind: 'naive' }, { kind: 'frontdoor', mediators: ['M'] }, { kind: 'idplugin' }],
};

const collider: SimPreset = {
  name: 'collider',
  title: 'Collider',
  description: 'Collider C of X and Y: adjusting for C flips the estimate to −0.25 (bias −0.75) although X → Y is 0.5',
  graph: graphFromLists({ directed: [['X', 'Y'], ['X', 'C'], ['Y', 'C']], roles: { exposure: ['X'], outcome: ['Y'] } }),
  spec: spec([lin('X'), lin('Y', { X: 0.5 }), lin('C', { X: 1, Y: 1 })], 'X', 'Y'),
  estimators: [{ kind: 'naive' }, { kind: 'ols', set: ['C'] }],
};

function iv(strength: number, name: string, title: string, description: string): SimPreset {
  return {
    name,
    title,
    description,
    graph: graphFromLists({
      directed: [['Z', 'X'], ['U', 'X'], ['U', 'Y'], ['X', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'], latent: ['U'] },
    }),
    spec: spec([lin('Z'), lin('U', {}, 1, true), lin('X', { Z: strength, U: 1 }), lin('Y', { U: 1, X: 0.5 })], 'X', 'Y'),
    estimators: [{ kind: 'naive' }, { kind: 'iv', instruments: ['Z'] }],
  };
}

const mBias: SimPreset = {
  name: 'm-bias',
  title: 'M-bias',
  description: 'M-bias: M is a pre-treatment collider of two latent causes; adjusting for it opens X ← U1 → M ← U2 → Y',
  graph: graphFromLists({
    directed: [['U1', 'X'], ['U1', 'M'], ['U2', 'M'], ['U2', 'Y'], ['X', 'Y']],
    roles: { exposure: ['X'], outcome: ['Y'], latent: ['U1', 'U2'] },
  }),
  spec: spec([lin('U1', {}, 1, true), lin('U2', {}, 1, true), lin('M', { U1: 1, U2: 1 }), lin('X', { U1: 1 }), lin('Y', { U2: 1, X: 0.5 })], 'X', 'Y'),
  estimators: [{ kind: 'naive' }, { kind: 'ols', set: ['M'] }],
};

export const SIM_PRESETS: readonly SimPreset[] = [
  seedArticle(false),
  seedArticle(true),
  backdoorMediator,
  frontdoorLinear,
  frontdoorBinary,
  collider,
  iv(0.8, 'iv', 'Instrumental variable', 'Instrument Z for X with a latent confounder U: truth 0.5, OLS 0.879, 2SLS unbiased (first-stage F ≈ 1600)'),
  iv(0.02, 'iv-weak', 'Weak instrument', 'The IV preset with Z → X = 0.02: first-stage F ≈ 1, the weak-instrument warning fires'),
  mBias,
];

export function getSimPreset(name: string): SimPreset {
  const preset = SIM_PRESETS.find((p) => p.name === name);
  if (!preset) throw new Error(`unknown preset "${name}"; presets: ${SIM_PRESETS.map((p) => p.name).join(', ')}`);
  return preset;
}
