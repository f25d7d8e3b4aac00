import { recommendationExample } from '../../../src/app/examples/recommendation';
import { describe, expect, it } from 'vitest';
import {
  type CausalGraph,
  type CausewayDocument,
  documentFromGraph,
  graphFromLists,
  identify,
  markdownLine,
  markdownText,
  reviewReport,
  roleLabels,
} from '../../../src/engine';
import { mulberry32, randomInt } from '../../support/random';

const confounded = graphFromLists({
  directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']],
  roles: { exposure: ['X'], outcome: ['Y'] },
});

const withRoles = (graph: CausalGraph, roles: Record<string, string[]>): CausalGraph => ({
  ...graph,
  nodes: graph.nodes.map((n) => ({ ...n, roles: Object.entries(roles).filter(([, ids]) => ids.includes(n.id)).map(([role]) => role as never) })),
});

/** Characters that change Markdown meaning inside a line when left raw. */
const INLINE_SPECIAL = '\\`*_[]|~<>&';
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Reads escaped inline text the way CommonMark does, restricted to what must appear: backslash
 * escapes of ASCII punctuation and the three entities. Throws on a raw special character, so a
 * successful read means the text renders as exactly the returned string.
 */
function readInline(md: string): string {
  let out = '';
  for (let i = 0; i < md.length; i++) {
    const c = md[i];
    if (c === '\\') {
      const next = md[i + 1];
      if (next === undefined || !/[!-/:-@[-`{-~]/.test(next)) throw new Error(`lone backslash at ${i} in ${md}`);
      out += next;
      i++;
    } else if (c === '&') {
      const entity = Object.keys(ENTITY).find((e) => md.startsWith(e, i));
      if (!entity) throw new Error(`raw & at ${i} in ${md}`);
      out += ENTITY[entity];
      i += entity.length - 1;
    } else if (INLINE_SPECIAL.includes(c) || c === '\n' || c === '\r') {
      throw new Error(`raw ${JSON.stringify(c)} at ${i} in ${md}`);
    } else out += c;
  }
  return out;
}

const BLOCK_START = /^(?:#{1,6}(?:\s|$)|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|>|[-=_*](?:\s*[-=_*]){2}|\s{4}|`{3}|~{3})/;
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1))',
  '**bold**',
  '# heading',
  '`code` and ``` fence',
  'a | b | c',
  '~~strike~~ _em_ \\ back',
  '&lt; already an entity &amp;',
  '1. ordered',
  '- item',
  '+ item',
  '---',
  '===',
  '> quote',
  'line one\nline two\r\nthree',
];

function randomText(seed: number): string {
  const rng = mulberry32(seed);
  const alphabet = `${INLINE_SPECIAL}#-+=.)(!{} \t\n\r1aZ é→`;
  return Array.from({ length: randomInt(rng, 0, 12) }, () => alphabet[randomInt(rng, 0, alphabet.length - 1)]).join('');
}

describe('Markdown escaping', () => {
  it('renders hostile and random text literally (inline: newlines folded to spaces)', () => {
    const inputs = [...HOSTILE, ...Array.from({ length: 2000 }, (_, i) => randomText(i + 1))];
    for (const text of inputs) expect(readInline(markdownText(text))).toBe(text.replace(/\r\n|\r|\n/g, ' '));
  });
  it('escapes block markers where text starts a line, and nothing a line start does not need', () => {
    const inputs = [...HOSTILE, ...Array.from({ length: 2000 }, (_, i) => randomText(i + 5000))];
    for (const text of inputs) {
      const line = markdownLine(text);
      expect(readInline(line)).toBe(text.replace(/\r\n|\r|\n/g, ' ').trimStart());
      expect(line).not.toMatch(BLOCK_START);
    }
    expect(markdownLine('Mid-sentence hyphen, a full stop. (Parentheses) #tag')).toBe('Mid-sentence hyphen, a full stop. (Parentheses) #tag');
    expect(markdownLine('-x')).toBe('-x');
  });
  it('leaves ordinary punctuation alone so the raw text reads as plain text', () => {
    expect(markdownText('the back-door path (via Z) is open. Done! {A}')).toBe('the back-door path (via Z) is open. Done! {A}');
    expect(markdownText('a*b_c')).toBe('a\\*b\\_c');
    expect(markdownText('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('review report', () => {
  it('recomputes the verdicts from the graph', () => {
    const unadjusted = reviewReport(documentFromGraph(confounded));
    expect(unadjusted).toContain('Adjusting for nothing does **not** identify the total effect:');
    expect(unadjusted).toContain('Minimal adjustment sets: {Z}.');
    expect(unadjusted).toContain('\\sum_{Z} P(Y \\mid X, Z) P(Z)');
    const adjusted = withRoles(confounded, { exposure: ['X'], outcome: ['Y'], adjusted: ['Z'] });
    expect(reviewReport(documentFromGraph(adjusted))).toContain('The adjusted set {Z} is a valid adjustment set for the total effect.');
    const mediated = graphFromLists({ directed: [['X', 'M'], ['M', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['M'] } });
    expect(reviewReport(documentFromGraph(mediated))).toContain('The adjusted set {M} does **not** identify the total effect:');
    const direct = graphFromLists({ directed: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    expect(reviewReport(documentFromGraph(direct))).toContain('Adjusting for nothing identifies the total effect: the empty set is a valid adjustment set.');
    for (const g of [confounded, adjusted, mediated, direct]) expect(reviewReport(documentFromGraph(g))).not.toMatch(/set the empty set|set \{\} /);
  });
  it('prints the formula with the query as its left-hand side', () => {
    const text = reviewReport(documentFromGraph(confounded));
    const answer = identify(confounded, { y: ['Y'], x: ['X'] });
    expect(`${answer.queryTex} = ${answer.tex}`).toBe('P(Y \\mid \\mathrm{do}(X)) = \\sum_{Z} P(Y \\mid X, Z) P(Z)');
    expect(text).toContain(`The effect of {X} on {Y} is identifiable by adjusting for {Z}:\n\n\`\`\`math\n${answer.queryTex} = ${answer.tex}\n\`\`\``);
    expect(text).not.toContain('selected group');
  });
  it('gives each labelled node one entry: its name (and id where a label stands for it), then every reason once', () => {
    const g = graphFromLists({
      directed: [['X', 'S'], ['Y', 'S'], ['X', 'Y'], ['U', 'X'], ['U', 'Y']],
      roles: { exposure: ['X'], outcome: ['Y'] },
    });
    const labelled = { ...g, nodes: g.nodes.map((n) => (n.id === 'U' ? { ...n, label: 'Prior_activity' } : n)) };
    const text = reviewReport(documentFromGraph(labelled));
    const labels = roleLabels(labelled)!;
    expect(Object.keys(labels).sort()).toEqual(['S', 'U']);
    expect(labels.S.length).toBeGreaterThan(1);
    const shownAs: Record<string, string> = { S: 'S', U: 'Prior\\_activity (U)' };
    for (const [id, entries] of Object.entries(labels)) {
      const lines = text.split('\n').filter((line) => line.startsWith(`- **${shownAs[id]}**`));
      expect(lines).toEqual([`- **${shownAs[id]}**: ${entries.map((e) => markdownText(e.reason)).join(' ')}`]);
    }
    expect(text).toContain('Prior\\_activity is a confounder');
    expect(text).not.toMatch(/ — (confounder|collider|mediator|instrument)/);
  });
  it('names nodes as the diagram does, with the id once where a label stands for it', () => {
    const text = reviewReport(documentFromGraph(recommendationExample));
    expect(text).toContain('- Exposure: Recommendation exposure (recommendation)');
    expect(text).toContain('- Outcome: Engagement (engagement)');
    expect(text).toContain('Minimal adjustment sets: {Prior activity}.');
    expect(text).toContain('The effect of {Recommendation exposure} on {Engagement} is identifiable by adjusting for {Prior activity}:');
    expect(text).toContain('- **Prior activity (prior\\_activity)**: Prior activity is a confounder');
  });
  it('says that a formula with selected nodes is the effect within the selected group', () => {
    const selection = graphFromLists({ directed: [['X', 'Y'], ['X', 'S'], ['Y', 'S']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } });
    const answer = identify(selection, { y: ['Y'], x: ['X'] });
    expect(answer.identifiable).toBe(true);
    expect(answer.given).toEqual(['S']);
    const text = reviewReport(documentFromGraph(selection));
    expect(text).toContain('Within the selected group (given {S}), the effect of {X} on {Y} is identifiable by the ID algorithm (do-calculus):');
    expect(text).toContain(`${answer.queryTex} = ${answer.tex}`);
    expect(answer.queryTex).toBe('P(Y \\mid \\mathrm{do}(X), S)');
    expect(text).toContain('This formula is for the selected group');
    expect(text).toContain('The set {S} (the selected node, which is always conditioned on) does **not** identify the total effect:');
    const bow = graphFromLists({ directed: [['X', 'Y'], ['Y', 'S']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } });
    expect(reviewReport(documentFromGraph(bow))).toContain('Within the selected group (given {S}), the effect of {X} on {Y} is **not identifiable**');
  });
  it('explains non-identifiability with the hedge', () => {
    const bow = graphFromLists({ directed: [['X', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } });
    const text = reviewReport(documentFromGraph(bow));
    expect(text).toContain('The effect of {X} on {Y} is **not identifiable**');
    expect(text).toMatch(/A hedge proves it: F = \{.*\}, F′ = \{.*\}\./);
  });
  it('keeps hostile ids, labels and notes as text', () => {
    const [img, link, bold, heading, code, pipe] = HOSTILE;
    const base = graphFromLists({
      nodes: [img, link, bold, heading, code, pipe],
      directed: [[bold, img], [bold, link], [img, link], [heading, img], [code, pipe]],
      roles: { exposure: [img], outcome: [link], adjusted: [heading] },
    });
    const graph = { ...base, name: `${heading} ##`, nodes: base.nodes.map((n) => (n.id === bold ? { ...n, label: `${img} ${link}` } : n)) };
    const doc: CausewayDocument = {
      ...documentFromGraph(graph),
      notes: {
        assumptions: { question: `${link} <script>alert(1)</script>\n# not a heading`, design: pipe },
        nodes: [{ id: code as never, text: '``` break out of the fence' }, { id: pipe as never, text: HOSTILE.join(' ') }],
        edges: [{ from: bold as never, to: img as never, kind: '->', text: img }],
      },
    };
    const text = reviewReport(doc, {
      simulation: { n: 10, seed: 1, rows: [{ name: pipe, estimate: 1, se: null, ci: null, truth: null, bias: null, valid: true }] },
    });
    // Fenced blocks (model code, the formula) are literal; outside them nothing may form HTML, a link or code.
    const outsideFences = text.replace(/^(`{3,})[a-z]*\n[\s\S]*?\n\1$/gm, '');
    expect(text).toContain('```math\n');
    expect(outsideFences).not.toMatch(/<img|<script|(?<!\\)\]\(javascript|(?<!\\)`|\n# [^#]|\n#{1,6} (?!Assumption|Graph|Role|Adjustment|Identification|Notes|Simulation)/);
    expect(outsideFences).not.toMatch(/[^\\]\*\*bold/);
    expect(text).toContain('&lt;script&gt;');
    expect(text.split('\n')[0]).toBe('# # heading \\#\\#');
    expect(text).toContain(`**Causal question:** ${markdownText(doc.notes!.assumptions!.question!)}`);
    expect(text).toContain(`- **${markdownText(pipe)}**: ${markdownText(HOSTILE.join(' '))}`);
    expect(text).toContain(`| ${markdownText(pipe)} | 1.000 |`);
    // The edge note names its ends as the diagram does: the first end by its (hostile) label.
    expect(text).toContain(`- **${markdownText(`${img} ${link} → ${img}`)}**: ${markdownText(img)}`);
    // Every line outside the fences that is not the report's own markup reads back as plain text.
    for (const line of outsideFences.split('\n')) {
      const body = line
        .replace(/^(#{1,6} |- |\| )/, '')
        .replace(/\*\*(?:\\.|[^*\\])*\*\*:?/g, '')
        .replace(/ \|(?= |$)/g, '')
        .replace(/^_(.*)_$/, '$1');
      if (/^[-|]+$/.test(body)) continue;
      expect(() => readInline(body), line).not.toThrow();
    }
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
