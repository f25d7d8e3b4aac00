// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { type CausalGraph, nodeId } from '../../../src/engine';
import { exportSvg, xmlText } from '../../../src/engine/io/exports-svg';

const hostile: CausalGraph = {
  type: 'dag',
  nodes: [
    { id: nodeId('X'), roles: ['exposure'], label: '<img src=x onerror=alert(1)>', pos: { x: 0, y: 0 } },
    { id: nodeId('Y'), roles: ['outcome', 'selected'], label: '"]]></svg><script>alert(1)</script>', pos: { x: 2, y: 0 } },
    { id: nodeId('U & V'), roles: ['latent', 'adjusted'], pos: { x: 1, y: -1 } },
    { id: nodeId("it's\u0001"), roles: [] },
  ],
  edges: [
    { from: nodeId('X'), to: nodeId('Y'), kind: '->' },
    { from: nodeId('X'), to: nodeId('Y'), kind: '<->' },
    { from: nodeId('U & V'), to: nodeId('Y'), kind: '@->' },
  ],
};

describe('SVG export', () => {
  it('is well-formed XML that keeps hostile labels as text', () => {
    const svg = exportSvg(hostile);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toEqual(['▶ <img src=x onerror=alert(1)>', '"]]></svg><script>alert(1)</script>', 'U & V', "it's\ufffd"]);
    expect(doc.getElementsByTagName('path').length).toBeGreaterThanOrEqual(3);
  });
  it('draws roles with line style as well as colour', () => {
    const svg = exportSvg(hostile);
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('marker-start="url(#arrow-start)"');
  });
  it('escapes the five XML specials', () => {
    expect(xmlText(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
