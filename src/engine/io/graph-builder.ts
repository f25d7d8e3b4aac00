/**
 * engine/io/graph-builder — accumulates nodes and edges while a text is read, merging repeats.
 *
 * Contract: nodes keep the order of their first mention, edges the order of their first creation.
 * Repeating a node or an edge merges: roles accumulate; later `pos`, `label` and attribute values
 * overwrite earlier ones, while attributes keep the position of their first appearance. Symmetric
 * edges (`<->`, `--`, `@-@`) are stored with the smaller id (code-unit order) first, so `a <-> b`
 * and `b <-> a` are one edge. Every node and edge remembers where it first appeared, so later
 * checks (types, cycles) can point at the source.
 * Complexity: O(1) expected per operation (hash maps); `build` is O(n + m).
 */
import { normalizeRoles } from '../graph/build';
import {
  type Attributes,
  type CausalEdge,
  type CausalGraph,
  type CausalNode,
  type EdgeKind,
  type GraphType,
  type NodeId,
  type Position,
  type Role,
  SYMMETRIC_EDGE_KINDS,
} from '../graph/types';
import type { SourceLocation } from './diagnostics';

interface NodeDraft {
  readonly id: string;
  readonly index: number;
  readonly at: SourceLocation;
  roles?: Set<Role>;
  label?: string;
  pos?: Position;
  attrs?: Map<string, string>;
}

interface EdgeDraft {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly at: SourceLocation;
  label?: string;
  pos?: Position;
  attrs?: Map<string, string>;
}

export interface EdgeLocation {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly at: SourceLocation;
}

export const edgeKey = (kind: EdgeKind, from: string, to: string): string => `${kind}\u0000${from}\u0000${to}`;

/** The stored orientation of an edge: symmetric kinds put the smaller id first. */
export function storedEnds(kind: EdgeKind, from: string, to: string): [string, string] {
  return SYMMETRIC_EDGE_KINDS.has(kind) && to < from ? [to, from] : [from, to];
}

const KIND_INDEX: Readonly<Record<EdgeKind, number>> = { '->': 0, '<->': 1, '--': 2, '@-@': 3, '@->': 4, '@--': 5 };
/** More than the node limit, so (kind, from, to) packs into one safe integer. */
const NODE_SPAN = 2 ** 20;

export class GraphBuilder {
  private readonly nodes = new Map<string, NodeDraft>();
  // Numeric keys (kind, from index, to index): string keys made parsing 150 000 edges GC-bound.
  private readonly edges = new Map<number, EdgeDraft>();
  private readonly graphAttrs = new Map<string, string>();
  type: GraphType = 'dag';
  name?: string;
  bb?: readonly [number, number, number, number];

  get nodeCount(): number {
    return this.nodes.size;
  }

  get edgeCount(): number {
    return this.edges.size;
  }

  hasNode(id: string): boolean {
    return this.nodes.has(id);
  }

  /** Creates the node on its first mention; later mentions change nothing. */
  touchNode(id: string, at: SourceLocation): void {
    if (!this.nodes.has(id)) this.nodes.set(id, { id, index: this.nodes.size, at });
  }

  addRole(id: string, role: Role): void {
    const d = this.node(id);
    (d.roles ??= new Set()).add(role);
  }

  setNodePos(id: string, pos: Position): void {
    this.node(id).pos = pos;
  }

  setNodeLabel(id: string, label: string): void {
    this.node(id).label = label;
  }

  setNodeAttr(id: string, key: string, value: string): void {
    const d = this.node(id);
    (d.attrs ??= new Map()).set(key, value);
  }

  /** Adds (or finds) an edge and returns its key for attribute updates. Ends must exist. */
  addEdge(kind: EdgeKind, from: string, to: string, at: SourceLocation): number {
    const [a, b] = storedEnds(kind, from, to);
    const key = (KIND_INDEX[kind] * NODE_SPAN + this.node(a).index) * NODE_SPAN + this.node(b).index;
    if (!this.edges.has(key)) this.edges.set(key, { from: a, to: b, kind, at });
    return key;
  }

  setEdgePos(key: number, pos: Position): void {
    this.edge(key).pos = pos;
  }

  setEdgeLabel(key: number, label: string): void {
    this.edge(key).label = label;
  }

  setEdgeAttr(key: number, attr: string, value: string): void {
    const d = this.edge(key);
    (d.attrs ??= new Map()).set(attr, value);
  }

  setGraphAttr(key: string, value: string): void {
    this.graphAttrs.set(key, value);
  }

  edgeLocations(): EdgeLocation[] {
    return [...this.edges.values()].map(({ from, to, kind, at }) => ({ from, to, kind, at }));
  }

  nodeLocation(id: string): SourceLocation | undefined {
    return this.nodes.get(id)?.at;
  }

  build(): CausalGraph {
    const nodes: CausalNode[] = [];
    for (const d of this.nodes.values()) {
      nodes.push({
        id: d.id as NodeId,
        ...(d.label !== undefined ? { label: d.label } : {}),
        ...(d.pos ? { pos: d.pos } : {}),
        roles: d.roles ? normalizeRoles(d.roles) : [],
        ...(d.attrs ? { attrs: attributeList(d.attrs) } : {}),
      });
    }
    const edges: CausalEdge[] = [];
    for (const d of this.edges.values()) {
      edges.push({
        from: d.from as NodeId,
        to: d.to as NodeId,
        kind: d.kind,
        ...(d.label !== undefined ? { label: d.label } : {}),
        ...(d.pos ? { pos: d.pos } : {}),
        ...(d.attrs ? { attrs: attributeList(d.attrs) } : {}),
      });
    }
    return {
      type: this.type,
      ...(this.name !== undefined ? { name: this.name } : {}),
      ...(this.bb ? { bb: this.bb } : {}),
      nodes,
      edges,
      ...(this.graphAttrs.size > 0 ? { attrs: attributeList(this.graphAttrs) } : {}),
    };
  }

  private node(id: string): NodeDraft {
    const d = this.nodes.get(id);
    if (!d) throw new Error(`engine/io/graph-builder: unknown node "${id}"`);
    return d;
  }

  private edge(key: number): EdgeDraft {
    const d = this.edges.get(key);
    if (!d) throw new Error('engine/io/graph-builder: unknown edge');
    return d;
  }
}

function attributeList(map: ReadonlyMap<string, string>): Attributes {
  return [...map.entries()].map(([k, v]) => [k, v] as const);
}
