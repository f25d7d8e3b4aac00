/**
 * engine/io/document-validate-graph — checks the `graph` part of a Causeway document.
 *
 * Contract: `checkGraph(value, path, checker)` returns a fresh `CausalGraph` holding only known
 * fields, or undefined after recording located errors. It rejects: wrong types, unknown graph
 * types, roles and edge kinds, duplicate node ids, edges to unknown nodes, self-loops, duplicate
 * edges, non-finite numbers, more than the node/edge limits, strings model code cannot write
 * (control characters, a final backslash), the reserved ids `graph`/`node`, and attribute keys
 * that model code interprets (`pos`, `label`, role keywords, `bb`) or repeats.
 * Complexity: O(n + m) plus the total length of the strings.
 */
import { normalizeRoles } from '../graph/build';
import {
  type Attributes,
  type CausalEdge,
  type CausalGraph,
  type CausalNode,
  EDGE_KINDS,
  GRAPH_TYPES,
  type NodeId,
  ROLES,
  type Role,
} from '../graph/types';
import { isReservedEdgeKey, isReservedGraphKey, isReservedNodeKey, unwritableInQuotes } from './dagitty-attributes';
import { type Checker, child, item, type Json } from './document-check';
import { DOCUMENT_LIMITS } from './document-types';
import { edgeKey, storedEnds } from './graph-builder';

const NODE_FIELDS = ['id', 'label', 'pos', 'roles', 'attrs'];
const EDGE_FIELDS = ['from', 'to', 'kind', 'label', 'pos', 'attrs'];
const GRAPH_FIELDS = ['type', 'name', 'bb', 'nodes', 'edges', 'attrs'];

function writable(c: Checker, value: string | undefined, path: string): string | undefined {
  if (value === undefined) return undefined;
  const problem = unwritableInQuotes(value);
  return problem ? c.fail(path, problem) : value;
}

function attributes(c: Checker, value: Json, path: string, reserved: (key: string) => boolean): Attributes | undefined {
  const list = c.array(value, path, DOCUMENT_LIMITS.maxAttributes);
  if (!list) return undefined;
  const out: (readonly [string, string])[] = [];
  const keys = new Set<string>();
  list.forEach((entry, i) => {
    const p = item(path, i);
    const pair = c.array(entry, p, 2);
    if (!pair) return;
    if (pair.length !== 2) return c.fail(p, 'expected a [key, value] pair');
    const key = writable(c, c.string(pair[0], item(p, 0), DOCUMENT_LIMITS.maxIdLength), item(p, 0));
    const val = writable(c, c.string(pair[1], item(p, 1)), item(p, 1));
    if (key === undefined || val === undefined) return;
    if (reserved(key)) return c.fail(item(p, 0), `"${key}" has a meaning of its own in model code and cannot be a plain attribute`);
    if (keys.has(key)) return c.fail(item(p, 0), `duplicate attribute "${key}"`);
    keys.add(key);
    out.push([key, val]);
  });
  return out;
}

function node(c: Checker, value: Json, path: string): CausalNode | undefined {
  const o = c.object(value, path, NODE_FIELDS);
  if (!o) return undefined;
  const id = writable(c, c.string(o.id, child(path, 'id'), DOCUMENT_LIMITS.maxIdLength), child(path, 'id'));
  if (id === 'graph' || id === 'node') c.fail(child(path, 'id'), "variables cannot be named 'graph' or 'node'; use the label attribute");
  const label = o.label === undefined ? undefined : writable(c, c.string(o.label, child(path, 'label')), child(path, 'label'));
  const pos = o.pos === undefined ? undefined : c.position(o.pos, child(path, 'pos'));
  const roleList = c.array(o.roles ?? [], child(path, 'roles'), ROLES.length * 2);
  const roles: Role[] = [];
  roleList?.forEach((r, i) => {
    const role = c.oneOf(r, item(child(path, 'roles'), i), ROLES);
    if (role) roles.push(role);
  });
  const attrs = o.attrs === undefined ? undefined : attributes(c, o.attrs, child(path, 'attrs'), isReservedNodeKey);
  if (id === undefined) return undefined;
  return {
    id: id as NodeId,
    ...(label !== undefined ? { label } : {}),
    ...(pos ? { pos } : {}),
    roles: normalizeRoles(roles),
    ...(attrs && attrs.length > 0 ? { attrs } : {}),
  };
}

function edge(c: Checker, value: Json, path: string, ids: ReadonlySet<string>): CausalEdge | undefined {
  const o = c.object(value, path, EDGE_FIELDS);
  if (!o) return undefined;
  const from = c.string(o.from, child(path, 'from'), DOCUMENT_LIMITS.maxIdLength);
  const to = c.string(o.to, child(path, 'to'), DOCUMENT_LIMITS.maxIdLength);
  const kind = c.oneOf(o.kind, child(path, 'kind'), EDGE_KINDS);
  if (from !== undefined && !ids.has(from)) c.fail(child(path, 'from'), `no node "${from}" in graph.nodes`);
  if (to !== undefined && !ids.has(to)) c.fail(child(path, 'to'), `no node "${to}" in graph.nodes`);
  if (from !== undefined && from === to) c.fail(path, `self-loop on "${from}": an edge cannot join a node to itself`);
  // Edge labels are URI-encoded in model code, so any text is writable.
  const label = o.label === undefined ? undefined : c.string(o.label, child(path, 'label'));
  const pos = o.pos === undefined ? undefined : c.position(o.pos, child(path, 'pos'));
  const attrs = o.attrs === undefined ? undefined : attributes(c, o.attrs, child(path, 'attrs'), isReservedEdgeKey);
  if (from === undefined || to === undefined || kind === undefined) return undefined;
  return {
    from: from as NodeId,
    to: to as NodeId,
    kind,
    ...(label !== undefined ? { label } : {}),
    ...(pos ? { pos } : {}),
    ...(attrs && attrs.length > 0 ? { attrs } : {}),
  };
}

export function checkGraph(c: Checker, value: Json, path: string): CausalGraph | undefined {
  const o = c.object(value, path, GRAPH_FIELDS);
  if (!o) return undefined;
  const type = c.oneOf(o.type, child(path, 'type'), GRAPH_TYPES);
  const name = o.name === undefined ? undefined : writable(c, c.string(o.name, child(path, 'name'), DOCUMENT_LIMITS.maxIdLength), child(path, 'name'));
  let bb: [number, number, number, number] | undefined;
  if (o.bb !== undefined) {
    const list = c.array(o.bb, child(path, 'bb'), 4);
    const nums = list?.map((v, i) => c.number(v, item(child(path, 'bb'), i)));
    if (list && list.length !== 4) c.fail(child(path, 'bb'), 'expected four numbers [x1, y1, x2, y2]');
    else if (nums && nums.every((v) => v !== undefined)) bb = nums.map((v) => (v === 0 ? 0 : v)) as [number, number, number, number];
  }
  const nodeList = c.array(o.nodes, child(path, 'nodes'), DOCUMENT_LIMITS.maxNodes) ?? [];
  const nodes: CausalNode[] = [];
  const ids = new Set<string>();
  nodeList.forEach((v, i) => {
    if (c.full) return;
    const n = node(c, v, item(child(path, 'nodes'), i));
    if (!n) return;
    if (ids.has(n.id)) return c.fail(item(child(path, 'nodes'), i), `duplicate node id "${n.id}"`);
    ids.add(n.id);
    nodes.push(n);
  });
  const edgeList = c.array(o.edges, child(path, 'edges'), DOCUMENT_LIMITS.maxEdges) ?? [];
  const edges: CausalEdge[] = [];
  const seen = new Set<string>();
  edgeList.forEach((v, i) => {
    if (c.full) return;
    const e = edge(c, v, item(child(path, 'edges'), i), ids);
    if (!e) return;
    const key = edgeKey(e.kind, ...storedEnds(e.kind, e.from, e.to));
    if (seen.has(key)) return c.fail(item(child(path, 'edges'), i), `duplicate edge ${e.from} ${e.kind} ${e.to}`);
    seen.add(key);
    edges.push(e);
  });
  const attrs = o.attrs === undefined ? undefined : attributes(c, o.attrs, child(path, 'attrs'), isReservedGraphKey);
  if (type === undefined || c.errors.length > 0) return undefined;
  return {
    type,
    ...(name !== undefined ? { name } : {}),
    ...(bb ? { bb } : {}),
    nodes,
    edges,
    ...(attrs && attrs.length > 0 ? { attrs } : {}),
  };
}
