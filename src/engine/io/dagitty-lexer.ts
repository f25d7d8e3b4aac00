/**
 * engine/io/dagitty-lexer — splits DAGitty model code into tokens.
 *
 * Contract: `tokenize(text)` returns every token with its 1-based line and column, ending with an
 * `eof` token, or throws `ModelCodeSyntaxError` (caught by the reader) at the first character
 * that cannot start a token. Spaces, tabs, line breaks and semicolons are whitespace. Bare words
 * are `[A-Za-z0-9_.]+` with an optional leading `-`; quoted strings follow the DAGitty escape rules
 * (`\"` is a quote, backslash + line break continues the line, any other backslash is literal,
 * raw control characters are errors). Warns when `a-b` is read as `a` and `-b`.
 * Complexity: O(length of text), one pass.
 * Reference: the DAGitty manual (model code syntax), written from its behaviour description.
 */
import { isControlCode } from './dagitty-attributes';
import { type Diagnostic, type SourceLocation, diagnostic, fail, showToken } from './diagnostics';

export type TokenKind = 'word' | 'string' | 'op' | '{' | '}' | '[' | ']' | '=' | ',' | '+' | 'eof';

export interface Token extends SourceLocation {
  readonly kind: TokenKind;
  /** Decoded value for words and strings; the operator text for `op`; the character otherwise. */
  readonly value: string;
  /** The token as written in the source. */
  readonly token: string;
  /** Whether whitespace (or the start of text) precedes the token. */
  readonly spaced: boolean;
}

export interface LexResult {
  readonly tokens: readonly Token[];
  readonly warnings: readonly Diagnostic[];
}

/** `[A-Za-z0-9_.]`, by character code: this test runs once per character of the text. */
function isWordChar(c: string | undefined): boolean {
  if (c === undefined) return false;
  const k = c.charCodeAt(0);
  return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57) || k === 95 || k === 46;
}

/** Enough `a-b` warnings to notice the pattern without drowning the panel. */
const MAX_HYPHEN_WARNINGS = 20;

/** Operators in greedy order: longer spellings are tried first. */
const OPERATORS = ['<->', '<-@', '--@', '@-@', '@->', '@--', '->', '<-', '--'] as const;

export function tokenize(text: string): LexResult {
  const tokens: Token[] = [];
  const warnings: Diagnostic[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  let spaced = true;
  const here = (offset: number, token: string): SourceLocation => ({ line, column: offset - lineStart + 1, token });
  const push = (kind: TokenKind, value: string, start: number, end: number, at: SourceLocation) => {
    tokens.push({ kind, value, token: text.slice(start, end), line: at.line, column: at.column, spaced });
    spaced = false;
  };

  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      i++;
      line++;
      lineStart = i;
      spaced = true;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r' || c === ';') {
      i++;
      spaced = true;
      continue;
    }
    const start = i;
    const at = here(start, c);
    if (c === '"') {
      i = readString(start, at);
      continue;
    }
    if (c === '-' && isWordChar(text[i + 1])) {
      i++;
      while (isWordChar(text[i])) i++;
      const prev = tokens[tokens.length - 1];
      if (!spaced && prev && (prev.kind === 'word' || prev.kind === 'string') && warnings.length < MAX_HYPHEN_WARNINGS) {
        const joined = prev.token + text.slice(start, i);
        warnings.push(
          diagnostic(
            'warning',
            `${showToken(joined)} is read as two names, ${showToken(prev.value)} and ${showToken(text.slice(start, i))}; put it in quotes if it is one name`,
            { line: prev.line, column: prev.column, token: joined },
          ),
        );
      }
      push('word', text.slice(start, i), start, i, at);
      continue;
    }
    if (isWordChar(c)) {
      while (isWordChar(text[i])) i++;
      push('word', text.slice(start, i), start, i, at);
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      i += op.length;
      push('op', op, start, i, { ...at, token: op });
      continue;
    }
    if (c === '{' || c === '}' || c === '[' || c === ']' || c === '=' || c === ',' || c === '+') {
      i++;
      push(c, c, start, i, at);
      continue;
    }
    unexpectedCharacter(start, at);
  }
  tokens.push({ kind: 'eof', value: '', token: '', line, column: i - lineStart + 1, spaced: true });
  return { tokens, warnings };

  function readString(start: number, at: SourceLocation): number {
    let j = start + 1;
    let value = '';
    let chunk = j;
    // Where the last `\"` ended: a line break right after one means the string was meant to end
    // with a backslash, which escaped its closing quote.
    let afterEscapedQuote = -1;
    for (;;) {
      if (j >= text.length) {
        fail('unterminated string (a string cannot end with a backslash)', at);
      }
      const ch = text[j];
      const code = ch.charCodeAt(0);
      if (ch === '"') break;
      if (ch === '\\') {
        const next = text[j + 1];
        if (next === '"') {
          value += text.slice(chunk, j) + '"';
          j += 2;
          chunk = j;
          afterEscapedQuote = j;
          continue;
        }
        if (next === '\n' || next === '\r') {
          value += text.slice(chunk, j);
          const crlf = next === '\r' && text[j + 2] === '\n';
          j += crlf ? 3 : 2;
          // Lines are counted at "\n" only, as everywhere else; a lone "\r" continues but stays on the line.
          if (next === '\n' || crlf) {
            line++;
            lineStart = j;
          }
          chunk = j;
          continue;
        }
        j++;
        continue;
      }
      if (isControlCode(code)) {
        const where = { line, column: j - lineStart + 1, token: ch };
        if ((ch === '\n' || ch === '\r') && afterEscapedQuote >= 0 && text.slice(afterEscapedQuote, j).trim() === '') {
          fail('unterminated string (a string cannot end with a backslash)', at);
        }
        if (ch === '\t' || ch === '\n' || ch === '\r') {
          fail('tab or line break inside quotes; use \\ at the end of a line to continue it', where);
        }
        fail(`control character ${showToken(ch)} inside quotes`, where);
      }
      j++;
    }
    value += text.slice(chunk, j);
    j++;
    tokens.push({ kind: 'string', value, token: text.slice(start, j), line: at.line, column: at.column, spaced });
    spaced = false;
    return j;
  }

  function unexpectedCharacter(start: number, at: SourceLocation): never {
    const c = text[start];
    const code = c.charCodeAt(0);
    if (c === '/' && (text[start + 1] === '/' || text[start + 1] === '*')) {
      fail('unexpected "/" — comments are not supported in DAGitty model code', { ...at, token: text.slice(start, start + 2) });
    }
    if (c === '#') fail('unexpected "#" — comments are not supported in DAGitty model code', at);
    if (isControlCode(code)) fail(`unexpected control character ${showToken(c)}`, at);
    const point = text.codePointAt(start)!;
    const glyph = String.fromCodePoint(point);
    if (point > 0x7f) {
      fail(`unexpected ${showToken(glyph)} — names with characters outside A–Z, 0–9, _ and . need quotes`, { ...at, token: glyph });
    }
    if (c === '-' || c === '<' || c === '@') {
      fail(`unexpected ${showToken(c)} — edges are written ->, <-, <->, --, @-@, @->, <-@, @-- or --@`, at);
    }
    fail(`unexpected ${showToken(glyph)}`, { ...at, token: glyph });
  }
}
