/**
 * engine/io/load — the one loader the command line and the UI use for a pasted or opened text.
 *
 * Contract: `readGraphInput(text)` reads a Causeway JSON document when the first non-space
 * character is `{` followed (after optional whitespace) by `"`, and model code otherwise. A text
 * that looks like JSON but is not valid JSON is tried as model code (`{"a" -> "b"}` is a valid
 * header-less group); if that fails too, the JSON error is reported. Returns the document and the
 * model-code diagnostics, or one located error (the first; the message says how many more; the
 * location is in `line`/`column`, not in the message).
 * Complexity: that of the reader used.
 */
import type { Diagnostic } from './diagnostics';
import { parseModelCode } from './dagitty-parse';
import { documentFromGraph, parseDocument } from './document';
import type { CausewayDocument, DocumentError } from './document-types';

export interface GraphInputError {
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

export type GraphInputResult =
  | { readonly ok: true; readonly document: CausewayDocument; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly error: GraphInputError };

export function looksLikeJsonDocument(text: string): boolean {
  return /^\uFEFF?\s*\{\s*"/.test(text);
}

const more = (n: number) => (n > 1 ? ` (and ${n - 1} more problem${n > 2 ? 's' : ''})` : '');

function documentError(errors: readonly DocumentError[]): GraphInputError {
  const first = errors[0];
  const message = `${first.message}${more(errors.length)}`;
  return first.line !== undefined ? { message, line: first.line, column: first.column } : { message };
}

export function readGraphInput(text: string): GraphInputResult {
  if (looksLikeJsonDocument(text)) {
    const doc = parseDocument(text);
    if (doc.ok) return { ok: true, document: doc.document, diagnostics: [] };
    const syntax = doc.errors.length === 1 && doc.errors[0].line !== undefined;
    if (syntax) {
      const code = parseModelCode(text);
      if (code.ok) return { ok: true, document: documentFromGraph(code.graph), diagnostics: code.diagnostics };
    }
    return { ok: false, error: documentError(doc.errors) };
  }
  const code = parseModelCode(text);
  if (code.ok) return { ok: true, document: documentFromGraph(code.graph), diagnostics: code.diagnostics };
  const first = code.errors[0];
  return {
    ok: false,
    error: { message: `${first.message}${more(code.errors.length)}`, line: first.line, column: first.column },
  };
}
