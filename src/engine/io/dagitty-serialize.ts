/**
 * engine/io/dagitty-serialize — writes a graph as DAGitty's canonical model code.
 *
 * Contract: the bytes DAGitty's own writer produces for every graph both can represent:
 * `<type> {` (or `<type> <name>{`), an optional `bb` line, one line per vertex and one per edge,
 * each block sorted by plain code-unit comparison of the whole line, then `\n}\n`. Ids are bare
 * when they match `[0-9A-Za-z_.]+`, otherwise quoted with `"` escaped. Attributes: roles (long
 * names, fixed order), `pos` with `toFixed(3)`, a non-empty `label`, then other attributes in
 * insertion order. Edge labels are URI-encoded. Causeway's documented deviations: an edge `pos`
 * with x = 0 is written (DAGitty drops it), an empty attribute value is written `key=""` (DAGitty
 * writes a bare key that reads back as "1"), unknown graph attributes are written as
 * `key="value"` lines after `bb`, and a name that is not a plain word is quoted.
 * Complexity: O((n + m) log(n + m)) for the sorts.
 * Reference: the DAGitty manual and the observable output of its `toString()`.
 */
import type { Attributes, CausalEdge, CausalGraph, CausalNode } from '../graph/types';
import { ROLES, SYMMETRIC_EDGE_KINDS } from '../graph/types';
import { formatCoordinate, formatShortNumber } from './dagitty-attributes';

const BARE = /^[0-9A-Za-z_.]+$/;
const PLAIN_NAME = /^[0-9A-Za-z_]+$/;

/** An id or key as model code writes it: bare when possible, else quoted with `"` escaped. */
export function quoteIdentifier(id: string): string {
  return BARE.test(id) ? id : quoteString(id);
}

export function quoteString(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

function attribute(key: string, value: string): string {
  return `${quoteIdentifier(key)}=${quoteString(value)}`;
}

function otherAttributes(attrs: Attributes | undefined): string[] {
  return (attrs ?? []).map(([k, v]) => attribute(k, v));
}

function withAttributes(head: string, attrs: readonly string[]): string {
  return attrs.length === 0 ? head : `${head} [${attrs.join(',')}]`;
}

/**
 * URI-encodes an edge label as DAGitty does. A lone surrogate has no UTF-8 encoding; it is kept
 * raw (decoding passes it through) while everything around it is still encoded.
 */
export function encodeLabel(label: string): string {
  try {
    return encodeURIComponent(label);
  } catch {
    let out = '';
    for (const ch of label) {
      const code = ch.charCodeAt(0);
      out += ch.length === 1 && code >= 0xd800 && code <= 0xdfff ? ch : encodeURIComponent(ch);
    }
    return out;
  }
}

export function vertexLine(node: CausalNode): string {
  const attrs: string[] = ROLES.filter((r) => node.roles.includes(r));
  if (node.pos) attrs.push(`pos="${formatCoordinate(node.pos.x)},${formatCoordinate(node.pos.y)}"`);
  if (node.label) attrs.push(attribute('label', node.label));
  attrs.push(...otherAttributes(node.attrs));
  return withAttributes(quoteIdentifier(node.id), attrs);
}

export function edgeLine(edge: CausalEdge): string {
  let from = quoteIdentifier(edge.from);
  let to = quoteIdentifier(edge.to);
  if (SYMMETRIC_EDGE_KINDS.has(edge.kind) && to < from) [from, to] = [to, from];
  const attrs: string[] = [];
  if (edge.pos) attrs.push(`pos="${formatCoordinate(edge.pos.x)},${formatCoordinate(edge.pos.y)}"`);
  if (edge.label) attrs.push(attribute('label', encodeLabel(edge.label)));
  attrs.push(...otherAttributes(edge.attrs));
  return withAttributes(`${from} ${edge.kind} ${to}`, attrs);
}

function headerLine(graph: CausalGraph): string {
  if (graph.name === undefined) return `${graph.type} {`;
  const name = PLAIN_NAME.test(graph.name) ? graph.name : quoteString(graph.name);
  return `${graph.type} ${name}{`;
}

const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function serializeModelCode(graph: CausalGraph): string {
  const head: string[] = [headerLine(graph)];
  if (graph.bb) head.push(`bb="${graph.bb.map(formatShortNumber).join(',')}"`);
  for (const [k, v] of graph.attrs ?? []) head.push(attribute(k, v));
  const vertices = graph.nodes.map(vertexLine).sort(byCodeUnits);
  const edges = graph.edges.map(edgeLine).sort(byCodeUnits);
  return `${[...head, ...vertices].join('\n')}\n${edges.join('\n')}\n}\n`;
}
