/**
 * Fuzzing the model-code reader: 10 000 random and mutated texts (seeded) never throw; each gives
 * either a graph that writes and reads back to itself (the same bytes when written again, and
 * the same canonical graph, deep-compared for every tenth), or errors located inside the text.
 * Large pathological inputs check that reading stays roughly linear (a quadratic reader would
 * run into the test timeout; speed itself is measured by the benchmarks).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Diagnostic, canonicalGraph, parseModelCode, readGraphInput, serializeModelCode } from '../../src/engine';
import { mulberry32, randomInt, type Rng } from '../support/random';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/model-code/${name}`, import.meta.url), 'utf8');

const CORPUS = [
  fixture('smoking.dagitty'),
  fixture('legacy-smoking.txt'),
  'smoking -> cancer; age -> {smoking cancer}',
  'pag P { a @-@ b b @-> c c @-- d d --@ e e <-@ f f <-> g g -- h }',
  'pdag { diet -> weight <- genes -- age }',
  'dag { w -> {x -> {y -> z}} [beta=1, label="via%20w"] }',
  'dag { "Dr. \\"Who\\"" [label="a" + "b", pos=" 1.5 , .25 "] "long \\\nname" -> -0.3 }',
  'x E\ny O\nz 1\n\n0 1 1\n0 0 0\n0 1 0\n',
  'strict digraph "my name" { graph [bb="0,0,1,1"] rankdir=LR a [exposure=0] a -> b }',
  'mag { a -> b <-> c -- d  x [selected] }',
];

const ALPHABET = [
  '"', '\\', '{', '}', '[', ']', '=', ',', ';', '+', '-', '>', '<', '@', '\n', '\r', '\t', ' ', '\u0000', '\u0007',
  '\u007f', '\u0085', 'é', '😀', '\uD800', '\uDC00', '/', '#', 'a', 'Z', '0', '1', '.', '_', '\uFEFF', '%', 'E', 'O',
  'dag', 'graph', 'node', 'strict', 'subgraph', '->', '<->', '--', '@-@', '<-@', '@0.5,0.5', 'pos=', 'pos="1,2"', '\n\n',
];

function pick(rng: Rng): string {
  return ALPHABET[randomInt(rng, 0, ALPHABET.length - 1)];
}

function mutate(rng: Rng, text: string): string {
  let s = text;
  const steps = randomInt(rng, 1, 6);
  for (let k = 0; k < steps; k++) {
    const at = randomInt(rng, 0, s.length);
    const op = randomInt(rng, 0, 2);
    if (op === 0) s = s.slice(0, at) + pick(rng) + s.slice(at);
    else if (op === 1) s = s.slice(0, at) + s.slice(at + randomInt(rng, 1, 3));
    else s = s.slice(0, at) + pick(rng) + s.slice(at + 1);
  }
  return s;
}

function randomText(rng: Rng): string {
  let s = '';
  const n = randomInt(rng, 0, 40);
  for (let k = 0; k < n; k++) s += pick(rng);
  return s;
}

/** Plain checks rather than `expect` calls: this runs for every diagnostic of 10 000 parses. */
function expectInside(text: string, list: readonly Diagnostic[]): void {
  const lines = text.split('\n');
  for (const d of list) {
    const inside =
      d.line >= 1 && d.column >= 1 && d.line <= lines.length && d.column <= lines[d.line - 1].length + 1 && d.message.length > 0;
    if (!inside) throw new Error(`diagnostic outside the text: ${JSON.stringify(d)} for ${JSON.stringify(text)}`);
  }
}

describe('model-code reader fuzz (seed 424242)', () => {
  it('10 000 random and mutated texts: never throws; a graph round-trips, errors are located', () => {
    const rng = mulberry32(424242);
    let accepted = 0;
    for (let k = 0; k < 10_000; k++) {
      const text = k % 4 === 0 ? randomText(rng) : mutate(rng, CORPUS[k % CORPUS.length]);
      const r = parseModelCode(text);
      expectInside(text, r.diagnostics);
      if (r.ok) {
        accepted++;
        const written = serializeModelCode(r.graph);
        const back = parseModelCode(written);
        if (!back.ok) throw new Error(`cannot read back ${JSON.stringify(written)} from ${JSON.stringify(text)}`);
        if (serializeModelCode(back.graph) !== written) throw new Error(`not stable: ${JSON.stringify(text)}`);
        if (k % 10 === 0) expect(canonicalGraph(back.graph)).toEqual(canonicalGraph(r.graph));
      } else {
        if (r.errors.length === 0) throw new Error(`no errors for ${JSON.stringify(text)}`);
        expectInside(text, r.errors);
      }
      if (k % 5 === 0) readGraphInput(text);
    }
    // Both outcomes must be well represented, or the fuzzer is not exploring.
    expect(accepted).toBeGreaterThan(1000);
    expect(accepted).toBeLessThan(9000);
  });

  it('large pathological inputs are read without blowing up', () => {
    const big = 100_000;
    const cases = [
      `dag { ${Array.from({ length: big / 8 }, (_, i) => `v${i} ->`).join(' ')} end }`,
      `dag { x [${Array.from({ length: big / 10 }, (_, i) => `k${i}=${i}`).join(',')}] }`,
      `dag { "${'\\"'.repeat(big / 2)}" }`,
      `dag { ${'{ a '.repeat(99)}${'}'.repeat(99)} }`,
      `dag { ${'{'.repeat(big)} }`,
      `dag "${'\\"'.repeat(big / 2)}`,
      `${'a 1\n'.repeat(big / 4)}\n${'a a\n'.repeat(10)}`,
      `dag { {${Array.from({ length: 300 }, (_, i) => `a${i}`).join(' ')}} -> {${Array.from({ length: 300 }, (_, i) => `b${i}`).join(' ')}} }`,
      `dag { ${'-'.repeat(big)} }`,
      `${'a-'.repeat(big / 2)}b`,
      `dag { ${'"x" + '.repeat(big / 6)}"y" }`,
    ];
    for (const text of cases) {
      const r = parseModelCode(text);
      expectInside(text, r.ok ? r.diagnostics : r.errors);
    }
    const chain = parseModelCode(cases[0]);
    expect(chain.ok && chain.graph.edges.length).toBe(big / 8);
    const wide = parseModelCode(cases[7]);
    expect(wide.ok && wide.graph.edges.length).toBe(90_000);
  });
});
