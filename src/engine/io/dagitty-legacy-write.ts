/**
 * engine/io/dagitty-legacy-write — writes DAGitty's pre-2.0 two-block format.
 *
 * Contract: `serializeLegacy(graph)` returns the text (vertex lines `id flags [@x,y]` sorted,
 * flags in the order E O A U or `1`, positions with 3 decimals, a blank line, then adjacency lines
 * `source child [@x,y] …` sorted with their children sorted; ids URI-encoded; `<->` written in both
 * directions) and one warning per kind of content the format cannot carry: `--` edges (written in
 * both directions, so they read back as `<->`), circle-mark edges (left out), selected nodes,
 * labels, other attributes, the graph type, name and `bb`, empty ids, and pairs whose directed
 * edges would read back as `<->`.
 * Complexity: O((n + m) log(n + m)).
 * Reference: the DAGitty manual's description of the old format; R's `toString(x, "dagitty.old")`.
 */
import type { CausalGraph, Position } from '../graph/types';
import { formatCoordinate } from './dagitty-attributes';
import { encodeLabel } from './dagitty-serialize';

export interface LegacyOutput {
  readonly text: string;
  readonly warnings: readonly string[];
}

const FLAG_ORDER = [
  ['exposure', 'E'],
  ['outcome', 'O'],
  ['adjusted', 'A'],
  ['latent', 'U'],
] as const;

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const at = (pos: Position | undefined) => (pos ? ` @${formatCoordinate(pos.x)},${formatCoordinate(pos.y)}` : '');

/** Ids are URI-encoded exactly like edge labels in model code. */
const encodeId = encodeLabel;

export function serializeLegacy(graph: CausalGraph): LegacyOutput {
  const warnings = new Set<string>();
  const warn = (w: string) => warnings.add(w);
  if (graph.type !== 'dag') warn(`the legacy format has no graph type; the ${graph.type} will read back as a dag`);
  if (graph.name !== undefined) warn('the legacy format cannot carry the graph name; it is left out');
  if (graph.bb) warn('the legacy format cannot carry the bounding box (bb); it is left out');
  if (graph.attrs?.length) warn('the legacy format cannot carry graph attributes; they are left out');

  const skipped = new Set(graph.nodes.filter((n) => n.id === '').map((n) => n.id as string));
  if (skipped.size > 0) warn('a node with an empty id cannot be written in the legacy format; it and its edges are left out');
  const vertexLines: string[] = [];
  for (const node of graph.nodes) {
    if (skipped.has(node.id)) continue;
    if (node.roles.includes('selected')) warn(`the legacy format has no selected role; "${node.id}" loses it`);
    if (node.label) warn('the legacy format cannot carry labels; they are left out');
    if (node.attrs?.length) warn('the legacy format cannot carry node attributes; they are left out');
    const flags = FLAG_ORDER.filter(([role]) => node.roles.includes(role)).map(([, f]) => f).join('') || '1';
    vertexLines.push(`${encodeId(node.id)} ${flags}${at(node.pos)}`);
  }

  const children = new Map<string, Map<string, Position | undefined>>();
  const list = (from: string, to: string, pos: Position | undefined) => {
    if (!children.has(from)) children.set(from, new Map());
    const kids = children.get(from)!;
    if (!kids.has(to) || (pos && !kids.get(to))) kids.set(to, pos);
  };
  for (const e of graph.edges) {
    if (skipped.has(e.from) || skipped.has(e.to)) continue;
    if (e.label) warn('the legacy format cannot carry edge labels; they are left out');
    if (e.attrs?.length) warn('the legacy format cannot carry edge attributes; they are left out');
    if (e.kind === '->') list(e.from, e.to, e.pos);
    else if (e.kind === '<->' || e.kind === '--') {
      if (e.kind === '--') warn(`the legacy format has no undirected edges; ${e.from} -- ${e.to} will read back as <->`);
      list(e.from, e.to, e.pos);
      list(e.to, e.from, e.pos);
    } else warn(`the legacy format has no circle-mark edges; ${e.from} ${e.kind} ${e.to} is left out`);
  }
  for (const e of graph.edges) {
    if (e.kind === '->' && children.get(e.to)?.has(e.from)) {
      warn(`${e.from} -> ${e.to} cannot be told apart from a <-> edge in the legacy format`);
    }
  }

  const adjacencyLines: string[] = [];
  for (const [from, kids] of children) {
    const entries = [...kids].map(([to, pos]) => `${encodeId(to)}${at(pos)}`).sort(byCodeUnits);
    adjacencyLines.push(`${encodeId(from)} ${entries.join(' ')}`);
  }
  const tokens = adjacencyLines.flatMap((line) => line.split(' '));
  if (tokens.length > 0 && tokens.every((t) => t === '0' || t === '1')) {
    warn('every id in the adjacency block is 0 or 1, so it will read back as an adjacency matrix');
  }
  vertexLines.sort(byCodeUnits);
  adjacencyLines.sort(byCodeUnits);
  const body = adjacencyLines.length > 0 ? `${adjacencyLines.join('\n')}\n` : '';
  const text = vertexLines.length > 0 ? `${vertexLines.join('\n')}\n\n${body}` : '';
  return { text, warnings: [...warnings] };
}
