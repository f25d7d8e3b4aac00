import { describe, expect, it } from 'vitest';
import { type CausewayDocument, documentFromGraph, graphFromLists, markdownText, reviewReport } from '../../../src/engine';

const confounded = graphFromLists({
  directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']],
  roles: { exposure: ['X'], outcome: ['Y'] },
});

describe('review report', () => {
  it('recomputes the verdicts from the graph', () => {
    const unadjusted = reviewReport(documentFromGraph(confounded));
    expect(unadjusted).toContain('does **not** identify the total effect');
    expect(unadjusted).toContain('Minimal adjustment sets: {Z}.');
    expect(unadjusted).toContain('\\sum_{Z} P(Y \\mid X, Z) P(Z)');
    const adjusted = graphFromLists({
      directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['Z'] },
    });
    expect(reviewReport(documentFromGraph(adjusted))).toContain('The adjusted set {Z} is a valid adjustment set');
  });
  it('explains non-identifiability with the hedge', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const text = reviewReport(documentFromGraph(bow));
    expect(text).toContain('**not identifiable**');
    expect(text).toMatch(/A hedge proves it: F = \{.*\}, F′ = \{.*\}\./);
  });
  it('keeps hostile labels and notes as text', () => {
    const doc: CausewayDocument = {
      ...documentFromGraph(graphFromLists({ nodes: ['<img src=x onerror=alert(1)>'], directed: [['a', 'b']], roles: { adjusted: ['<img src=x onerror=alert(1)>'] } })),
      notes: {
        assumptions: { question: '[click](javascript:alert(1)) <script>alert(1)</script>' },
        nodes: [{ id: 'a' as never, text: '``` break out of the fence' }],
      },
    };
    const text = reviewReport(doc);
    // Inside the model-code fence text is literal; everywhere else nothing may form HTML or a link.
    const outsideFences = text.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, '');
    expect(outsideFences).toContain('&lt;script&gt;');
    expect(outsideFences).not.toMatch(/<img|<script|\]\(javascript/);
    expect(text).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(markdownText('a*b_c')).toBe('a\\*b\\_c');
  });
  it('fences model code with more backticks than it contains', () => {
    const g = graphFromLists({ nodes: ['a```b'] });
    const text = reviewReport(documentFromGraph(g));
    expect(text).toContain('````\ndag {');
  });
  it('includes simulator rows when given', () => {
    const text = reviewReport(documentFromGraph(confounded), {
      simulation: { n: 1000, seed: 1, rows: [{ name: 'Naive', estimate: 1.5, se: 0.1, ci: [1.3, 1.7], truth: 1, bias: 0.5, valid: false }] },
    });
    expect(text).toContain('| Naive | 1.500 | 0.100 | [1.300, 1.700] | 1.000 | 0.500 | no |');
  });
});
