/**
 * engine/io/dagitty-parse — the entry point for reading DAGitty model code.
 *
 * Contract: `parseModelCode(text)` never throws. It strips a byte-order mark, then decides what it
 * is reading: a `strict`? `<type>` name? `{` header → model code; otherwise the legacy two-block
 * format or an adjacency matrix when the text has that shape; otherwise the text is read as the
 * body of `dag { }` (Causeway's deviations from DAGitty's detection are documented in
 * docs/model-code.md). Syntax errors, reserved ids, self-loops and malformed `pos`/`bb` values
 * give `{ ok: false, errors }`; type violations and cycles are error-severity diagnostics that
 * keep the graph; readings worth knowing about are warnings or info notes.
 * Complexity: O(length of text + edges created).
 */
import {
  type Diagnostic,
  LIMITS,
  ModelCodeSyntaxError,
  type ParseResult,
  START_OF_TEXT,
  diagnostic,
  fail,
  showToken,
} from './diagnostics';
import { readModelCodeTokens } from './dagitty-grammar';
import { readLegacy } from './dagitty-legacy-read';
import { type Token, tokenize } from './dagitty-lexer';
import { GRAPH_TYPES } from '../graph/types';
import { typeDiagnostics } from './dagitty-typecheck';
import { GraphBuilder } from './graph-builder';

const SPACE = /[\s;]/;
const WORD = /[A-Za-z0-9_.]/;

/**
 * Whether the text starts with `strict`? type name? `{` (semicolons count as whitespace), the
 * name being a bare word or a quoted string read with the lexer's escape rules. A hand-written
 * scan rather than a regular expression, so hostile input cannot make it backtrack.
 */
export function hasModelCodeHeader(text: string): boolean {
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && SPACE.test(text[i])) i++;
  };
  const word = () => {
    const start = i;
    if (text[i] === '-' && WORD.test(text[i + 1] ?? '')) i++;
    while (i < text.length && WORD.test(text[i])) i++;
    return text.slice(start, i).toLowerCase();
  };
  skipSpace();
  let keyword = word();
  if (keyword === 'strict' && SPACE.test(text[i] ?? '')) {
    skipSpace();
    keyword = word();
  }
  if (!(GRAPH_TYPES as readonly string[]).includes(keyword)) return false;
  const afterType = i;
  skipSpace();
  if (text[i] === '"') {
    for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\' && text[i + 1] === '"') i++;
    if (i >= text.length) return false;
    i++;
  } else if (i > afterType && word() === '') {
    i = afterType;
  }
  skipSpace();
  return text[i] === '{';
}

export function parseModelCode(text: string): ParseResult {
  try {
    return parse(text);
  } catch (e) {
    if (e instanceof ModelCodeSyntaxError) return { ok: false, errors: [e.diagnostic], diagnostics: [] };
    const reason = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: [diagnostic('error', `engine/io/dagitty: could not read the text (${reason})`, START_OF_TEXT)],
      diagnostics: [],
    };
  }
}

function parse(input: string): ParseResult {
  if (typeof input !== 'string') {
    return { ok: false, errors: [diagnostic('error', 'model code must be text', START_OF_TEXT)], diagnostics: [] };
  }
  if (input.length > LIMITS.maxTextLength) {
    const mb = LIMITS.maxTextLength / (1024 * 1024);
    return { ok: false, errors: [diagnostic('error', `the text is longer than ${mb} MB`, START_OF_TEXT)], diagnostics: [] };
  }
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const withHeader = hasModelCodeHeader(text);
  if (!withHeader) {
    const legacy = readLegacy(text);
    if (legacy) return legacy;
  }
  const { tokens, warnings } = tokenize(text);
  if (!withHeader) refuseBrokenHeader(tokens);
  const builder = new GraphBuilder();
  const report = { errors: [] as Diagnostic[], notes: [] as Diagnostic[] };
  try {
    readModelCodeTokens(tokens, builder, report, withHeader);
  } catch (e) {
    if (!(e instanceof ModelCodeSyntaxError)) throw e;
    return { ok: false, errors: byPosition([...report.errors, e.diagnostic]), diagnostics: byPosition([...warnings, ...report.notes]) };
  }
  if (report.errors.length > 0) {
    return { ok: false, errors: byPosition(report.errors), diagnostics: byPosition([...warnings, ...report.notes]) };
  }
  const graph = builder.build();
  const typed = typeDiagnostics(graph, builder.edgeLocations(), !withHeader);
  return { ok: true, graph, diagnostics: byPosition([...warnings, ...report.notes, ...typed]) };
}

/**
 * `dag x y { … }` is a header gone wrong, not three nodes and a group: a type keyword followed
 * by two or more names and then `{` is refused at the second name.
 */
function refuseBrokenHeader(tokens: readonly Token[]): void {
  let i = tokens[0].kind === 'word' && tokens[0].value.toLowerCase() === 'strict' ? 1 : 0;
  if (tokens[i].kind !== 'word' || !(GRAPH_TYPES as readonly string[]).includes(tokens[i].value.toLowerCase())) return;
  const first = ++i;
  while (tokens[i].kind === 'word' || tokens[i].kind === 'string') i++;
  if (i - first >= 2 && tokens[i].kind === '{') {
    const extra = tokens[first + 1];
    fail(`expected "{" after the graph name, found ${showToken(extra.token)}`, extra);
  }
}

function byPosition(list: Diagnostic[]): Diagnostic[] {
  return list.sort((a, b) => a.line - b.line || a.column - b.column);
}
