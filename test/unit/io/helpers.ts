/** Small helpers shared by the model-code tests. */
import { expect } from 'vitest';
import { type CausalGraph, type Diagnostic, parseModelCode } from '../../../src/engine';

/** Parses text that must be accepted; returns the graph and its diagnostics. */
export function accept(text: string): { graph: CausalGraph; diagnostics: readonly Diagnostic[] } {
  const r = parseModelCode(text);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got ${JSON.stringify(r.errors)}`);
  return { graph: r.graph, diagnostics: r.diagnostics };
}

export const graphOf = (text: string): CausalGraph => accept(text).graph;

/** Parses text that must be refused; returns the errors. */
export function refuse(text: string): readonly Diagnostic[] {
  const r = parseModelCode(text);
  if (r.ok) throw new Error(`expected ${JSON.stringify(text)} to fail, got ${JSON.stringify(r.graph)}`);
  expect(r.errors.length).toBeGreaterThan(0);
  return r.errors;
}

export const ids = (g: CausalGraph): string[] => g.nodes.map((n) => n.id);

/** Edges as `from kind to` strings, in graph order. */
export const edges = (g: CausalGraph): string[] => g.edges.map((e) => `${e.from} ${e.kind} ${e.to}`);

export const node = (g: CausalGraph, id: string) => {
  const n = g.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

export const edge = (g: CausalGraph, text: string) => {
  const e = g.edges.find((x) => `${x.from} ${x.kind} ${x.to}` === text);
  if (!e) throw new Error(`no edge ${text} in ${edges(g).join('; ')}`);
  return e;
};
