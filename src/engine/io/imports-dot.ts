/**
 * engine/io/imports-dot — reads the Graphviz DOT that `exportDot` writes (and plain DOT graphs of
 * the same shape) back into a causal graph.
 *
 * Contract: accepts `strict? (digraph|graph) name? { … }` with node statements, edge chains
 * (`->`, `--`), attribute lists, `graph`/`node`/`edge` default statements (ignored), `key=value`
 * graph attributes (ignored), `;` separators and `//`, `/* *\/`, `#` comments. Subgraphs and HTML
 * strings are refused with a located error. Edge kinds and roles are read back from the attributes
 * `exportDot` writes; positions from `pos="x,y!"`. Never throws: returns a located error instead.
 * Complexity: O(length of the text). Reference: the Graphviz DOT language grammar.
 */
import { normalizeRoles } from '../graph/build';
import type { CausalEdge, CausalGraph, CausalNode, EdgeKind, NodeId, Role } from '../graph/types';
import { ROLES } from '../graph/types';
import { DOT_POINTS_PER_UNIT } from './exports-dot';

export type DotImport =
  | { readonly ok: true; readonly graph: CausalGraph }
  | { readonly ok: false; readonly error: { message: string; line: number; column: number } };

interface Tok {
  readonly kind: 'id' | 'punct' | 'eof';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

class DotError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

function tokenize(text: string): Tok[] {
  const toks: Tok[] = [];
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const col = () => i - lineStart + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '\n') {
      line++;
      i++;
      lineStart = i;
    } else if (/\s/.test(c)) i++;
    else if (c === '/' && text[i + 1] === '/') while (i < text.length && text[i] !== '\n') i++;
    else if (c === '#' && col() === 1) while (i < text.length && text[i] !== '\n') i++;
    else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw new DotError('unterminated comment', line, col());
      for (; i < end + 2; i++) {
        if (text[i] === '\n') {
          line += 1;
          lineStart = i + 1;
        }
      }
    } else if (c === '"') {
      const startLine = line;
      const startCol = col();
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new DotError('unterminated string', startLine, startCol);
        const d = text[i];
        if (d === '"') break;
        if (d === '\\' && i + 1 < text.length) {
          const e = text[i + 1];
          value += e === 'n' ? '\n' : e === '\n' ? '' : e;
          if (e === '\n') {
            line += 1;
            lineStart = i + 2;
          }
          i += 2;
          continue;
        }
        if (d === '\n') {
          line += 1;
          lineStart = i + 1;
        }
        value += d;
        i++;
      }
      i++;
      toks.push({ kind: 'id', text: value, line: startLine, column: startCol });
    } else if (c === '<') throw new DotError('HTML strings are not supported', line, col());
    else if (text.startsWith('->', i) || text.startsWith('--', i)) {
      toks.push({ kind: 'punct', text: text.slice(i, i + 2), line, column: col() });
      i += 2;
    } else if ('{}[];,=:'.includes(c)) {
      toks.push({ kind: 'punct', text: c, line, column: col() });
      i++;
    } else {
      const m = /^(?:[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|-?(?:\.\d+|\d+(?:\.\d*)?))/.exec(text.slice(i, i + 4096));
      if (!m) throw new DotError(`unexpected "${c}"`, line, col());
      toks.push({ kind: 'id', text: m[0], line, column: col() });
      i += m[0].length;
    }
  }
  toks.push({ kind: 'eof', text: '', line, column: col() });
  return toks;
}

function edgeKind(attrs: Map<string, string>, op: string): EdgeKind {
  const dir = attrs.get('dir');
  const head = attrs.get('arrowhead');
  const tail = attrs.get('arrowtail');
  if (tail === 'odot') return head === 'odot' ? '@-@' : head === 'none' ? '@--' : '@->';
  if (dir === 'both') return '<->';
  if (dir === 'none' || op === '--') return '--';
  return '->';
}

function parsePos(value: string | undefined): { x: number; y: number } | undefined {
  const m = value && /^\s*(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+)\s*!?\s*$/.exec(value);
  if (!m) return undefined;
  const x = Number(m[1]) / DOT_POINTS_PER_UNIT;
  const y = -Number(m[2]) / DOT_POINTS_PER_UNIT + 0;
  return Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
}

function parse(toks: Tok[]): CausalGraph {
  let p = 0;
  const peek = () => toks[p];
  const next = () => toks[p++];
  const expect = (text: string) => {
    const t = next();
    if (t.text !== text || t.kind === 'eof') throw new DotError(`expected "${text}"`, t.line, t.column);
  };
  const keyword = (t: Tok, word: string) => t.kind === 'id' && t.text.toLowerCase() === word;
  if (keyword(peek(), 'strict')) next();
  const head = next();
  if (!keyword(head, 'digraph') && !keyword(head, 'graph')) throw new DotError('expected "digraph" or "graph"', head.line, head.column);
  let name: string | undefined;
  if (peek().kind === 'id') name = next().text;
  expect('{');
  const nodes = new Map<string, CausalNode>();
  const edges: CausalEdge[] = [];
  const touch = (id: string) => {
    if (!nodes.has(id)) nodes.set(id, { id: id as NodeId, roles: [] });
  };
  const attrList = (): Map<string, string> => {
    const attrs = new Map<string, string>();
    while (peek().text === '[' && peek().kind === 'punct') {
      next();
      while (!(peek().kind === 'punct' && peek().text === ']')) {
        const key = next();
        if (key.kind !== 'id') throw new DotError('expected an attribute name', key.line, key.column);
        let value = 'true';
        if (peek().text === '=' && peek().kind === 'punct') {
          next();
          const v = next();
          if (v.kind !== 'id') throw new DotError('expected an attribute value', v.line, v.column);
          value = v.text;
        }
        attrs.set(key.text, value);
        if (peek().kind === 'punct' && (peek().text === ',' || peek().text === ';')) next();
      }
      next();
    }
    return attrs;
  };
  for (;;) {
    const t = peek();
    if (t.kind === 'eof') throw new DotError('expected "}" before the end of the text', t.line, t.column);
    if (t.kind === 'punct' && t.text === '}') {
      next();
      break;
    }
    if (t.kind === 'punct' && t.text === ';') {
      next();
      continue;
    }
    if (t.kind !== 'id') throw new DotError(`unexpected "${t.text}"`, t.line, t.column);
    if (keyword(t, 'subgraph') || (t.kind === 'id' && toks[p + 1]?.text === '{')) {
      throw new DotError('subgraphs are not supported', t.line, t.column);
    }
    next();
    if (['graph', 'node', 'edge'].includes(t.text.toLowerCase()) && peek().text === '[') {
      attrList();
      continue;
    }
    if (peek().kind === 'punct' && peek().text === '=') {
      next();
      next();
      continue;
    }
    if (peek().kind === 'punct' && peek().text === ':') throw new DotError('ports are not supported', peek().line, peek().column);
    const chain = [t.text];
    const ops: string[] = [];
    while (peek().kind === 'punct' && (peek().text === '->' || peek().text === '--')) {
      ops.push(next().text);
      const target = next();
      if (target.kind !== 'id') throw new DotError('expected a node after the edge operator', target.line, target.column);
      chain.push(target.text);
    }
    const attrs = attrList();
    chain.forEach(touch);
    if (chain.length === 1) {
      const node = nodes.get(t.text)!;
      const roles = (attrs.get('causeway_roles') ?? '').split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
      const label = attrs.get('label');
      const pos = parsePos(attrs.get('pos'));
      nodes.set(t.text, {
        ...node,
        roles: normalizeRoles([...node.roles, ...roles]),
        ...(label !== undefined && label !== '' ? { label } : {}),
        ...(pos ? { pos } : {}),
      });
      continue;
    }
    for (let k = 0; k < ops.length; k++) {
      const from = chain[k];
      const to = chain[k + 1];
      if (from === to) throw new DotError(`self-loop on "${from}"`, t.line, t.column);
      const label = attrs.get('label');
      edges.push({
        from: from as NodeId,
        to: to as NodeId,
        kind: edgeKind(attrs, ops[k]),
        ...(label !== undefined && label !== '' ? { label } : {}),
      });
    }
  }
  const rest = peek();
  if (rest.kind !== 'eof') throw new DotError('unexpected text after the closing "}"', rest.line, rest.column);
  const type = edges.some((e) => e.kind.includes('@')) ? 'pag' : edges.some((e) => e.kind === '--') ? 'pdag' : 'dag';
  return { type, ...(name !== undefined ? { name } : {}), nodes: [...nodes.values()], edges };
}

/** Reads DOT text; never throws. */
export function importDot(text: string): DotImport {
  try {
    return { ok: true, graph: parse(tokenize(text)) };
  } catch (error) {
    if (error instanceof DotError) return { ok: false, error: { message: error.message, line: error.line, column: error.column } };
    throw error;
  }
}
