import { describe, expect, it } from 'vitest';
import { latentStrength, reconcileScm, setCoefficient, setEquationChoice, setLatentStrength } from '../../../../src/app/simulator/scm-edit';
import { defaultScm, expandForScm, getSimPreset, graphFromLists, validateScm } from '../../../../src/engine';

describe('SCM edits', () => {
  it('a stored SCM that fits the graph is returned as is; none stored gives the engine defaults', () => {
    for (const name of ['seed-article', 'backdoor-mediator', 'frontdoor-binary', 'iv', 'm-bias']) {
      const preset = getSimPreset(name);
      expect(reconcileScm(preset.spec, preset.graph)).toBe(preset.spec);
    }
    const graph = graphFromLists({ directed: [['A', 'B']], bidirected: [['A', 'B']], roles: { exposure: ['A'], outcome: ['B'] } });
    expect(reconcileScm(null, graph)).toEqual(defaultScm(graph));
  });

  it('follows graph edits: a new edge gets a default term, a removed node loses its equation and terms, and the result validates', () => {
    const preset = getSimPreset('backdoor-mediator');
    const edited = setCoefficient(preset.spec, 'Y', 'M', 0.9);
    const grown = graphFromLists({
      directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'M'], ['M', 'Y'], ['X', 'Y'], ['W', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'] },
    });
    const a = reconcileScm(edited, grown);
    const y = a.nodes.find((n) => n.id === 'Y')!;
    expect(y.eq.type === 'linear' && y.eq.coef).toEqual({ Z: 0.7, M: 0.9, X: 0.3, W: 0.5 });
    expect(a.nodes.map((n) => n.id)).toContain('W');
    expect(validateScm(a, grown).ok).toBe(true);
    const shrunk = graphFromLists({ directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const b = reconcileScm(a, shrunk);
    expect(b.nodes.map((n) => n.id).sort()).toEqual(['X', 'Y', 'Z']);
    expect(validateScm(b, shrunk).ok).toBe(true);
  });

  it('a latent strength b sets loadings √|b| (one negated when b < 0), and switching equations keeps coefficients', () => {
    const graph = graphFromLists({ directed: [['A', 'B']], bidirected: [['A', 'B']], roles: { exposure: ['A'], outcome: ['B'] } });
    const spec = defaultScm(graph);
    const expansion = expandForScm(graph);
    if (!expansion.ok) throw new Error(expansion.message);
    const [[latent, ends]] = [...expansion.graph.bidirectedLatents];
    const strong = setLatentStrength(spec, latent, ends, -0.64);
    expect(latentStrength(strong, latent, ends)).toBeCloseTo(-0.64, 12);
    const a = strong.nodes.find((n) => n.id === ends[0])!;
    expect(a.eq.type === 'logistic' || a.eq.type === 'linear' ? a.eq.coef[latent] : null).toBeCloseTo(0.8, 12);
    const asExpr = setEquationChoice(strong, 'B', 'expr', expansion.graph.parents.get('B')!);
    const b = asExpr.nodes.find((n) => n.id === 'B')!;
    expect(b.eq.type).toBe('expr');
    expect(validateScm(asExpr, graph).ok).toBe(true);
    const back = setEquationChoice(asExpr, 'B', 'linear', expansion.graph.parents.get('B')!);
    expect(validateScm(back, graph).ok).toBe(true);
  });
});
