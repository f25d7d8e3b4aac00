/**
 * engine/io/dagitty-legacy-read — DAGitty's pre-2.0 two-block format and the adjacency matrix.
 *
 * Contract: `readLegacy(text)` returns null unless the text has the legacy shape — a vertex block
 * of `id flags [@x,y]` lines, a blank line, then either a square-ish block of only `0`/`1`
 * (adjacency matrix) or adjacency lines `source child [@x,y] child …` naming declared ids. When
 * it has that shape it returns a parse result typed `dag`: ids are URI-decoded, flags E/O/A/U
 * set exposure/outcome/adjusted/latent (a number means no flags), an edge listed in both
 * directions becomes `<->`, and matrix entry (i, j) = 1 creates `vertex_i -> vertex_j`.
 * Complexity: O(length of text + edges).
 * Reference: the DAGitty manual's description of the old input format; R dagitty's documentation.
 */
import type { Role } from '../graph/types';
import { type Diagnostic, type ParseResult, diagnostic, showToken } from './diagnostics';
import { hasControlCharacter, parseNumberList, unwritableInQuotes } from './dagitty-attributes';
import { typeDiagnostics } from './dagitty-typecheck';
import { GraphBuilder } from './graph-builder';

interface Word {
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

const FLAG_ROLES: Readonly<Record<string, Role>> = { E: 'exposure', O: 'outcome', A: 'adjusted', U: 'latent' };
const FLAGS = /^([EOAU]+|-?\d+(\.\d+)?)$/;
/** Characters URI-encoded ids never contain; their presence means the text is not legacy. */
const MODEL_CODE_PUNCTUATION = /["{}[\]=;<>]/;
const notLegacy = (token: string) => MODEL_CODE_PUNCTUATION.test(token) || hasControlCharacter(token);

function words(line: string, lineNumber: number): Word[] {
  const out: Word[] = [];
  for (const m of line.matchAll(/\S+/g)) out.push({ text: m[0], line: lineNumber, column: m.index + 1 });
  return out;
}

const loc = (w: Word) => ({ line: w.line, column: w.column, token: w.text });

function decodeId(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

function position(word: Word | undefined): { x: number; y: number } | null {
  if (!word || !word.text.startsWith('@')) return null;
  const xy = parseNumberList(word.text.slice(1), 2);
  return xy ? { x: xy[0], y: xy[1] } : null;
}

export function readLegacy(text: string): ParseResult | null {
  const lines = text.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  let start = 0;
  while (start < lines.length && lines[start].trim() === '') start++;
  let blank = start;
  while (blank < lines.length && lines[blank].trim() !== '') blank++;
  if (start === blank || blank === lines.length) return null;

  const builder = new GraphBuilder();
  const errors: Diagnostic[] = [];
  const vertexOrder: string[] = [];
  for (let i = start; i < blank; i++) {
    const ws = words(lines[i], i + 1);
    if (ws.some((w) => notLegacy(w.text))) return null;
    let pos: { x: number; y: number } | null = null;
    if (ws.length >= 2 && ws[ws.length - 1].text.startsWith('@')) {
      pos = position(ws.pop());
      if (!pos) return null;
    }
    let flags = '';
    if (ws.length >= 2) {
      flags = ws.pop()!.text;
      if (!FLAGS.test(flags)) return null;
    }
    if (ws.length === 0 || ws[0].text.startsWith('@')) return null;
    const id = decodeId(ws.map((w) => w.text).join(' '));
    const problem = id === 'graph' || id === 'node' ? "variables cannot be named 'graph' or 'node'" : unwritableInQuotes(id);
    if (problem) errors.push(diagnostic('error', `the id ${showToken(id)} ${problem.startsWith('variables') ? 'is reserved: ' : ''}${problem}`, loc(ws[0])));
    builder.touchNode(id, loc(ws[0]));
    vertexOrder.push(id);
    for (const f of flags) if (FLAG_ROLES[f]) builder.addRole(id, FLAG_ROLES[f]);
    if (pos) builder.setNodePos(id, pos);
  }

  const rest: Word[][] = [];
  for (let i = blank + 1; i < lines.length; i++) {
    const ws = words(lines[i], i + 1);
    if (ws.some((w) => notLegacy(w.text))) return null;
    if (ws.length > 0) rest.push(ws);
  }
  const entries = rest.flat();
  const isMatrix = entries.length > 0 && entries.every((w) => w.text === '0' || w.text === '1');
  if (isMatrix) readMatrix(entries, vertexOrder, builder, errors);
  else if (!readAdjacency(rest, builder, errors)) return null;

  const note = diagnostic('info', "read in DAGitty's legacy two-block format (as a dag)", { line: start + 1, column: 1 });
  if (errors.length > 0) return { ok: false, errors, diagnostics: [note] };
  const graph = builder.build();
  return { ok: true, graph, diagnostics: [note, ...typeDiagnostics(graph, builder.edgeLocations(), false)] };
}

function readMatrix(entries: Word[], vertices: string[], builder: GraphBuilder, errors: Diagnostic[]): void {
  const n = vertices.length;
  if (entries.length !== n * n) {
    const k = Math.round(Math.sqrt(entries.length));
    const shape = k * k === entries.length ? `is ${k}×${k}` : `has ${entries.length} entries`;
    errors.push(diagnostic('error', `adjacency matrix ${shape} but ${n} vertices are declared`, loc(entries[0])));
    return;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const w = entries[i * n + j];
      if (w.text !== '1') continue;
      if (i === j) errors.push(diagnostic('error', `self-loop on ${showToken(vertices[i])}: the matrix diagonal must be 0`, loc(w)));
      else builder.addEdge('->', vertices[i], vertices[j], loc(w));
    }
  }
}

/** Reads adjacency lines; returns false when a line names an undeclared id (not legacy text). */
function readAdjacency(lines: Word[][], builder: GraphBuilder, errors: Diagnostic[]): boolean {
  const listed = new Map<string, { from: string; to: string; at: Word; pos: { x: number; y: number } | null }>();
  for (const ws of lines) {
    const source = decodeId(ws[0].text);
    if (!builder.hasNode(source)) return false;
    for (let k = 1; k < ws.length; k++) {
      const child = decodeId(ws[k].text);
      if (ws[k].text.startsWith('@') || !builder.hasNode(child)) return false;
      let pos: { x: number; y: number } | null = null;
      if (ws[k + 1]?.text.startsWith('@')) {
        pos = position(ws[++k]);
        if (!pos) return false;
      }
      if (child === source) {
        errors.push(diagnostic('error', `self-loop on ${showToken(source)}: an edge cannot join a node to itself`, loc(ws[k])));
        continue;
      }
      const key = `${source}\u0000${child}`;
      if (!listed.has(key)) listed.set(key, { from: source, to: child, at: ws[k], pos });
    }
  }
  const placed = new Set<number>();
  for (const e of listed.values()) {
    const both = listed.has(`${e.to}\u0000${e.from}`);
    const key = builder.addEdge(both ? '<->' : '->', e.from, e.to, loc(e.at));
    // A bidirected edge is listed twice; its first listing's control point wins.
    if (e.pos && !placed.has(key)) builder.setEdgePos(key, e.pos);
    if (e.pos) placed.add(key);
  }
  return true;
}
