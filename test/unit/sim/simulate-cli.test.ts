import { describe, expect, it } from 'vitest';
import { runCli } from '../../../src/cli/main';
import { documentFromGraph, serializeDocument } from '../../../src/engine/io/document';
import { getSimPreset } from '../../../src/engine/sim/presets';

function io(files: Record<string, string> = {}) {
  return {
    readText: async (path: string) => {
      if (!(path in files)) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return files[path];
    },
  };
}

async function run(argv: string[], files?: Record<string, string>) {
  const out = await runCli(argv, io(files));
  return { code: out.code, json: JSON.parse(out.stdout) };
}

describe('cli simulate', () => {
  it('--list-presets names every preset', async () => {
    const { code, json } = await run(['simulate', '--list-presets']);
    expect(code).toBe(0);
    expect(json.presets.map((p: { name: string }) => p.name)).toEqual([
      'seed-article', 'seed-article-randomized', 'backdoor-mediator', 'frontdoor-linear', 'frontdoor-binary', 'collider', 'iv', 'iv-weak', 'm-bias',
    ]);
    // Every preset has a title of its own for menus, and a description.
    const titles = json.presets.map((p: { title: string }) => p.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const p of json.presets) expect(p.title.length * p.description.length, p.name).toBeGreaterThan(0);
  });

  it('--preset prints truth, one row per estimator with the documented keys, and diagnostics', async () => {
    const { code, json } = await run(['simulate', '--preset', 'collider', '--n', '3000', '--seed', '12']);
    expect(code).toBe(0);
    expect(json.truth).toMatchObject({ method: 'closed-form', ate: 0.5 });
    expect(json.n).toBe(3000);
    expect(json.seed).toBe(12);
    for (const row of json.estimators) {
      for (const key of ['name', 'estimand', 'estimate', 'se', 'ci', 'truth', 'bias', 'covers', 'valid']) expect(row).toHaveProperty(key);
      expect(row.ci).toHaveLength(2);
    }
    const adjusted = json.estimators.find((r: { name: string }) => r.name === 'OLS Y ~ X + C');
    expect(adjusted.valid).toBe(false);
    expect(adjusted.bias).toBeLessThan(-0.6);
    expect(json.diagnostics).toHaveProperty('eventRates');
  });

  it('is reproducible for a seed and changes with it', async () => {
    const a = await run(['simulate', '--preset', 'iv', '--n', '500', '--seed', '1']);
    const b = await run(['simulate', '--preset', 'iv', '--n', '500', '--seed', '1']);
    const c = await run(['simulate', '--preset', 'iv', '--n', '500', '--seed', '2']);
    expect(b.json).toEqual(a.json);
    expect(c.json.estimators[1].estimate).not.toBe(a.json.estimators[1].estimate);
  });

  it('--replicates runs the coverage mode', async () => {
    const { code, json } = await run(['simulate', '--preset', 'backdoor-mediator', '--n', '400', '--replicates', '20']);
    expect(code).toBe(0);
    expect(json.replicates).toBe(20);
    const row = json.estimators.find((r: { name: string }) => r.name === 'OLS Y ~ X + Z');
    expect(row.runs).toBe(20);
    expect(row.coverage).toBeGreaterThanOrEqual(0);
    expect(row.coverage).toBeLessThanOrEqual(1);
  });

  it('simulates a model file with a default SCM, and a document with its own SCM', async () => {
    const model = 'dag { X [exposure] Y [outcome] Z -> X -> Y Z -> Y }';
    const plain = await run(['simulate', 'g.txt', '--n', '800'], { 'g.txt': model });
    expect(plain.code).toBe(0);
    expect(plain.json.truth.ate).toBeCloseTo(0.5, 12);
    expect(plain.json.estimators.map((r: { name: string }) => r.name)).toContain('AIPW on {Z}');

    const preset = getSimPreset('frontdoor-linear');
    const doc = { ...documentFromGraph(preset.graph), scm: preset.spec };
    const withScm = await run(['simulate', 'd.json', '--n', '2000'], { 'd.json': serializeDocument(doc) });
    expect(withScm.code).toBe(0);
    expect(withScm.json.truth.ate).toBeCloseTo(0.35, 12);
    expect(withScm.json.estimators.some((r: { name: string }) => r.name === 'front-door via {M}')).toBe(true);
  });

  it('reports user errors as JSON with exit code 1', async () => {
    expect(await run(['simulate', '--preset', 'nope'])).toMatchObject({ code: 1, json: { error: { message: expect.stringMatching(/unknown preset "nope"/) } } });
    const preset = getSimPreset('iv');
    const bad = { ...preset.spec, nodes: preset.spec.nodes.map((n) => (n.id === 'Z' ? { ...n, eq: { type: 'linear', intercept: 0, coef: { Y: 1 }, noise: { dist: 'normal', sd: 1 } } } : n)) };
    const doc = { ...documentFromGraph(preset.graph), scm: bad };
    const result = await run(['simulate', 'd.json'], { 'd.json': serializeDocument(doc) });
    expect(result.code).toBe(1);
    expect(result.json.error.message).toMatch(/invalid SCM: the equation of "Z" uses "Y", but the graph has no edge Y → Z/);
    expect((await run(['simulate', '--preset', 'iv', '--n', '1'])).code).toBe(1);
  });
});
