/**
 * app/model-code/sync — what the model code pane does with text: parse it, and if it reads, build
 * the graph the canvas should show (keeping positions the drawing already has).
 */
import { type CausalGraph, type Diagnostic, parseModelCode, serializeModelCode } from '../../engine';
import { placeMissing, spreadIfCramped } from '../layout/dagre';

export type TextReading =
  | { readonly ok: true; readonly graph: CausalGraph; readonly notes: readonly Diagnostic[] }
  | { readonly ok: false; readonly errors: readonly Diagnostic[] };

/** Reads model code; on success the graph has a position for every node. */
export function readModelText(text: string, current: CausalGraph): TextReading {
  const result = parseModelCode(text);
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, graph: placeMissing(spreadIfCramped(result.graph), current), notes: result.diagnostics };
}

/** True when two graphs would be written as the same model code. */
export function sameModel(a: CausalGraph, b: CausalGraph): boolean {
  return a === b || serializeModelCode(a) === serializeModelCode(b);
}

export function describeDiagnostic(d: Diagnostic): string {
  return `Line ${d.line}, column ${d.column}: ${d.message}`;
}
