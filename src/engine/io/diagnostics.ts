/**
 * engine/io/diagnostics — located messages produced while reading model code.
 *
 * Contract: every diagnostic carries a 1-based line and column (UTF-16 code units, as editors
 * count them) and, where there is one, the offending token as it appears in the source. A parse
 * either yields a graph (possibly with warnings, or with error-severity type diagnostics that keep
 * the graph) or yields errors and no graph at all — never a half-built graph.
 * Complexity: O(1) per diagnostic.
 */
import type { CausalGraph } from '../graph/types';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  readonly severity: Severity;
  /** A sentence a person understands, without the location prefix. */
  readonly message: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** The offending token as written in the source. */
  readonly token?: string;
}

export type ParseResult =
  | { readonly ok: true; readonly graph: CausalGraph; readonly diagnostics: readonly Diagnostic[] }
  | { readonly ok: false; readonly errors: readonly Diagnostic[]; readonly diagnostics: readonly Diagnostic[] };

/** A place in the source text. */
export interface SourceLocation {
  readonly line: number;
  readonly column: number;
  /** The source text of the token at this place, if any. */
  readonly token?: string;
}

export const START_OF_TEXT: SourceLocation = { line: 1, column: 1 };

export function diagnostic(severity: Severity, message: string, at: SourceLocation): Diagnostic {
  return at.token === undefined
    ? { severity, message, line: at.line, column: at.column }
    : { severity, message, line: at.line, column: at.column, token: at.token };
}

/** `3:14 message` — how the CLI and the model-code panel print a diagnostic. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.message}`;
}

/** Quotes a token for a message, keeping control characters visible. */
export function showToken(text: string): string {
  let visible = '';
  for (const c of text) {
    const code = c.charCodeAt(0);
    if (c === '\t') visible += '\\t';
    else if (c === '\n') visible += '\\n';
    else if (c === '\r') visible += '\\r';
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) visible += `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
    else visible += c;
    if (visible.length > 40) break;
  }
  return `"${visible.length > 40 ? `${visible.slice(0, 37)}…` : visible}"`;
}

/** Thrown inside the reader to stop at the first syntax error; always caught by the entry point. */
export class ModelCodeSyntaxError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(`engine/io/dagitty: ${diagnostic.line}:${diagnostic.column} ${diagnostic.message}`);
  }
}

export function fail(message: string, at: SourceLocation): never {
  throw new ModelCodeSyntaxError(diagnostic('error', message, at));
}

/** Limits shared by the model-code reader and the JSON document validator. */
export const LIMITS = {
  maxNodes: 20_000,
  maxEdges: 200_000,
  maxTextLength: 5 * 1024 * 1024,
  maxGroupDepth: 100,
} as const;
