/**
 * engine/io/dagitty-grammar — recursive-descent reader for DAGitty model code.
 *
 * Contract: `readModelCodeTokens` consumes the tokens of a whole document (`strict`? type name?
 * `{ … }`) or, for header-less text, of a bare statement list, feeding a `GraphBuilder`. Syntax
 * errors throw `ModelCodeSyntaxError` at the first problem; errors that do not break the reading
 * (reserved ids, self-loops, bad `pos`/`bb`) and warnings are collected so several can be
 * reported at once. Chains connect each operand's node set to the next; a `{ }` group stands for
 * every node mentioned inside it at any depth, and its own statements take effect first. An
 * attribute list after an edge statement applies to every edge the statement creates.
 * Complexity: O(tokens + edges created); group nesting is limited to `LIMITS.maxGroupDepth`, so
 * recursion depth is bounded and collecting a group's nodes costs at most depth × tokens.
 * Reference: the DAGitty manual's model-code description; Graphviz DOT edge-statement semantics.
 */
import { type EdgeKind, GRAPH_TYPES, type GraphType } from '../graph/types';
import { type Diagnostic, LIMITS, type SourceLocation, diagnostic, fail, showToken } from './diagnostics';
import { parseNumberList, roleForKey } from './dagitty-attributes';
import type { Token } from './dagitty-lexer';
import type { GraphBuilder } from './graph-builder';

interface Attribute {
  readonly key: string;
  readonly value?: string;
  readonly keyAt: Token;
  readonly valueAt?: Token;
}

interface Operand {
  readonly ids: readonly string[];
  readonly group: boolean;
}

/** Operator spelling → stored kind, and whether the ends are written in reverse. */
const OPERATOR_MEANING: Readonly<Record<string, readonly [EdgeKind, boolean]>> = {
  '->': ['->', false],
  '<-': ['->', true],
  '<->': ['<->', false],
  '--': ['--', false],
  '@-@': ['@-@', false],
  '@->': ['@->', false],
  '<-@': ['@->', true],
  '@--': ['@--', false],
  '--@': ['@--', true],
};

export interface GrammarReport {
  readonly errors: Diagnostic[];
  readonly notes: Diagnostic[];
}

export function readModelCodeTokens(
  tokens: readonly Token[],
  builder: GraphBuilder,
  report: GrammarReport,
  withHeader: boolean,
): void {
  let p = 0;
  let depth = 0;
  const mentions: string[] = [];
  const peek = (k = 0): Token => tokens[Math.min(p + k, tokens.length - 1)];
  const next = (): Token => tokens[Math.min(p++, tokens.length - 1)];
  const error = (message: string, at: SourceLocation) => report.errors.push(diagnostic('error', message, at));
  const warn = (message: string, at: SourceLocation) => report.notes.push(diagnostic('warning', message, at));
  const isName = (t: Token) => t.kind === 'word' || t.kind === 'string';

  if (withHeader) header();
  statements(withHeader ? '}' : 'eof');
  if (withHeader) {
    const close = peek();
    if (close.kind !== '}') fail('missing "}" at the end — the graph\'s "{" is never closed', close);
    next();
    const rest = peek();
    if (rest.kind !== 'eof') {
      fail(`unexpected ${showToken(rest.token)} after the closing "}" — nothing may follow the graph`, rest);
    }
  }

  function header(): void {
    let t = next();
    if (t.value.toLowerCase() === 'strict') {
      report.notes.push(diagnostic('info', '"strict" is accepted and ignored; Causeway merges repeated edges anyway', t));
      t = next();
    }
    builder.type = t.value.toLowerCase() as GraphType;
    if (!(GRAPH_TYPES as readonly string[]).includes(builder.type)) fail(`unknown graph type ${showToken(t.token)}`, t);
    if (isName(peek())) builder.name = identifier().value;
    const open = next();
    if (open.kind !== '{') fail(`expected "{" after the graph header, found ${showToken(open.token)}`, open);
  }

  function statements(closer: '}' | 'eof'): void {
    while (peek().kind !== closer && peek().kind !== 'eof') statement();
  }

  function statement(): void {
    const t = peek();
    if (t.kind === 'word' && t.value === 'graph' && peek(1).kind === '[') {
      next();
      for (const a of attributeList()) graphAttribute(a);
      return;
    }
    if (t.kind === 'word' && t.value === 'subgraph' && (peek(1).kind === '{' || (isName(peek(1)) && peek(2).kind === '{'))) {
      fail('Graphviz subgraphs are not supported; use { } groups', t);
    }
    if (isName(t)) {
      const start = p;
      const key = identifier();
      if (peek().kind === '=') {
        next();
        const valueAt = peek();
        if (!isName(valueAt)) fail(`"=" needs a value after it, found ${showToken(valueAt.token)}`, valueAt);
        graphAttribute({ key: key.value, value: identifier().value, keyAt: key.at, valueAt });
        return;
      }
      p = start;
      chain();
      return;
    }
    if (t.kind === '{') {
      chain();
      return;
    }
    if (t.kind === 'op') fail(`an edge needs a name or { } group before ${showToken(t.token)}`, t);
    if (t.kind === '}') fail('unexpected "}" — no "{" is open here', t);
    if (t.kind === '[') fail('unexpected "[" — an attribute list must follow a name or an edge', t);
    if (t.kind === '+') fail('unexpected "+" — only quoted strings can be joined with +', t);
    fail(`unexpected ${showToken(t.token)}`, t);
  }

  function chain(): void {
    let left = operand();
    const created: number[] = [];
    let edges = 0;
    while (peek().kind === 'op') {
      const opAt = next();
      if (!isName(peek()) && peek().kind !== '{') {
        fail(`${showToken(opAt.token)} needs a name or { } group after it, found ${showToken(peek().token)}`, peek());
      }
      const right = operand();
      const [kind, reversed] = OPERATOR_MEANING[opAt.value];
      for (const a of left.ids) {
        for (const b of right.ids) {
          if (a === b) {
            error(`self-loop on ${showToken(a)}: an edge cannot join a node to itself`, opAt);
            continue;
          }
          created.push(reversed ? builder.addEdge(kind, b, a, opAt) : builder.addEdge(kind, a, b, opAt));
          if (builder.edgeCount > LIMITS.maxEdges) {
            fail(`too many edges: Causeway reads at most ${LIMITS.maxEdges} edges`, opAt);
          }
        }
      }
      edges++;
      left = right;
    }
    if (peek().kind !== '[') return;
    const attrs = attributeList();
    if (edges > 0) {
      for (const key of created) for (const a of attrs) edgeAttribute(key, a);
      return;
    }
    if (left.group) fail('an attribute list after a { } group has nothing to apply to', tokens[p - 1]);
    for (const a of attrs) nodeAttribute(left.ids[0], a);
  }

  function operand(): Operand {
    const t = peek();
    if (t.kind === '{') return group();
    const name = identifier();
    if (name.value === 'graph' || name.value === 'node') {
      error("variables cannot be named 'graph' or 'node'; use the label attribute", name.at);
    }
    builder.touchNode(name.value, name.at);
    if (builder.nodeCount > LIMITS.maxNodes) fail(`too many nodes: Causeway reads at most ${LIMITS.maxNodes} nodes`, name.at);
    mentions.push(name.value);
    return { ids: [name.value], group: false };
  }

  function group(): Operand {
    const open = next();
    if (++depth > LIMITS.maxGroupDepth) fail(`{ } groups are nested more than ${LIMITS.maxGroupDepth} deep`, open);
    const start = mentions.length;
    statements('}');
    const close = peek();
    if (close.kind !== '}') fail(`missing "}" for the "{" at line ${open.line}, column ${open.column}`, close);
    next();
    depth--;
    return { ids: [...new Set(mentions.slice(start))], group: true };
  }

  function identifier(): { value: string; at: Token } {
    const at = next();
    if (!isName(at)) fail(`expected a name, found ${showToken(at.token)}`, at);
    let value = at.value;
    if (at.kind === 'string') {
      while (peek().kind === '+') {
        next();
        const part = next();
        if (part.kind !== 'string') fail(`"+" must be followed by a quoted string, found ${showToken(part.token)}`, part);
        value += part.value;
      }
    }
    // `"a\\⏎"` reads as `a\`, which no quoted string can be written as: refuse it here so that
    // every graph Causeway reads can be written back.
    if (value.endsWith('\\')) fail('a name or value cannot end with a backslash: model code could not write it back', at);
    return { value, at };
  }

  function attributeList(): Attribute[] {
    const open = next();
    const items: Attribute[] = [];
    for (;;) {
      const t = peek();
      if (t.kind === ']') {
        next();
        return items;
      }
      if (t.kind === ',') {
        next();
        continue;
      }
      if (t.kind === 'eof') fail(`missing "]" for the "[" at line ${open.line}, column ${open.column}`, t);
      if (!isName(t)) fail(`unexpected ${showToken(t.token)} in an attribute list`, t);
      const key = identifier();
      if (peek().kind !== '=') {
        items.push({ key: key.value, keyAt: key.at });
        continue;
      }
      next();
      const valueAt = peek();
      if (!isName(valueAt)) fail(`"=" needs a value after it, found ${showToken(valueAt.token)}`, valueAt);
      items.push({ key: key.value, value: identifier().value, keyAt: key.at, valueAt });
    }
  }

  function nodeAttribute(id: string, a: Attribute): void {
    const role = roleForKey(a.key);
    if (role) {
      builder.addRole(id, role);
      if (a.value !== undefined && a.value !== '1' && a.value !== 'true') {
        warn(
          `"${a.key}=${a.value}" still gives ${showToken(id)} the role ${role}: roles ignore their value; remove "${a.key}" to drop the role`,
          a.valueAt ?? a.keyAt,
        );
      }
    } else if (a.key === 'pos') {
      const xy = a.value === undefined ? null : parseNumberList(a.value, 2);
      if (!xy) error('pos needs a quoted "x,y" value', a.valueAt ?? a.keyAt);
      else builder.setNodePos(id, { x: xy[0], y: xy[1] });
    } else if (a.key === 'label') builder.setNodeLabel(id, a.value ?? '1');
    else builder.setNodeAttr(id, a.key, a.value ?? '1');
  }

  function edgeAttribute(key: number, a: Attribute): void {
    if (a.key === 'pos') {
      const xy = a.value === undefined ? null : parseNumberList(a.value, 2);
      if (!xy) error('pos needs a quoted "x,y" value', a.valueAt ?? a.keyAt);
      else builder.setEdgePos(key, { x: xy[0], y: xy[1] });
    } else if (a.key === 'label') builder.setEdgeLabel(key, decodeLabel(a.value ?? '1'));
    else builder.setEdgeAttr(key, a.key, a.value ?? '1');
  }

  function graphAttribute(a: Attribute): void {
    if (a.key === 'bb') {
      const box = a.value === undefined ? null : parseNumberList(a.value, 4);
      if (!box) error('bb needs a quoted "x1,y1,x2,y2" value', a.valueAt ?? a.keyAt);
      else builder.bb = [box[0], box[1], box[2], box[3]];
      return;
    }
    builder.setGraphAttr(a.key, a.value ?? '1');
    warn(`graph attribute ${showToken(a.key)} is ignored by DAGitty; Causeway keeps it`, a.keyAt);
  }
}

/** Edge labels are written URI-encoded; decode `%XX` sequences, keeping text that is not valid encoding. */
export function decodeLabel(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
