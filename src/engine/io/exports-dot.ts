/**
 * engine/io/exports-dot — the graph as Graphviz DOT, readable back by `importDot`.
 *
 * Contract: every id and string is written quoted with `\` and `"` escaped and line breaks as
 * `\n`, so no label can end a string or inject a statement. Edge kinds map to Graphviz arrows:
 * `->` plain; `<->` `dir=both, style=dashed`; `--` `dir=none`; circle marks as `odot` arrow
 * ends. Roles travel in a `causeway_roles` attribute (Graphviz ignores unknown attributes) and are
 * drawn with standard ones: exposure `shape=box`, outcome `shape=doublecircle`, adjusted
 * `peripheries=2`, latent `style=dashed`, selected `penwidth=3`. Positions become `pos="x,y!"`
 * in points (72 per model unit, y flipped because Graphviz's y axis points up).
 * Complexity: O(n + m). Reference: the Graphviz DOT language and attribute documentation.
 */
import type { CausalEdge, CausalGraph, CausalNode, EdgeKind, Role } from '../graph/types';
import { assertNever } from '../graph/types';

export const DOT_POINTS_PER_UNIT = 72;

/** A DOT double-quoted string. */
export function dotString(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|\r|\n/g, '\\n')}"`;
}

const ROLE_STYLE: Record<Role, string> = {
  exposure: 'shape=box',
  outcome: 'shape=doublecircle',
  adjusted: 'peripheries=2',
  latent: 'style=dashed',
  selected: 'penwidth=3',
};

export function edgeStyle(kind: EdgeKind): string[] {
  switch (kind) {
    case '->':
      return [];
    case '<->':
      return ['dir=both', 'style=dashed'];
    case '--':
      return ['dir=none'];
    case '@-@':
      return ['dir=both', 'arrowhead=odot', 'arrowtail=odot'];
    case '@->':
      return ['dir=both', 'arrowhead=normal', 'arrowtail=odot'];
    case '@--':
      return ['dir=both', 'arrowhead=none', 'arrowtail=odot'];
    default:
      return assertNever(kind, 'edge kind');
  }
}

function nodeLine(node: CausalNode): string {
  const attrs: string[] = [];
  if (node.label) attrs.push(`label=${dotString(node.label)}`);
  if (node.roles.length > 0) {
    attrs.push(`causeway_roles=${dotString(node.roles.join(','))}`);
    attrs.push(...node.roles.map((r) => ROLE_STYLE[r]));
  }
  if (node.pos) {
    const x = node.pos.x * DOT_POINTS_PER_UNIT;
    const y = -node.pos.y * DOT_POINTS_PER_UNIT;
    attrs.push(`pos=${dotString(`${round(x)},${round(y)}!`)}`);
  }
  return `  ${dotString(node.id)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`;
}

const round = (v: number) => Math.round(v * 1000) / 1000 + 0;

function edgeLine(edge: CausalEdge): string {
  const attrs = edgeStyle(edge.kind);
  if (edge.label) attrs.push(`label=${dotString(edge.label)}`);
  return `  ${dotString(edge.from)} -> ${dotString(edge.to)}${attrs.length ? ` [${attrs.join(', ')}]` : ''};`;
}

/** Serialises the graph as a DOT `digraph`. */
export function exportDot(graph: CausalGraph): string {
  const lines = [
    graph.name === undefined ? 'digraph {' : `digraph ${dotString(graph.name)} {`,
    '  rankdir=LR;',
    '  node [shape=ellipse];',
    ...graph.nodes.map(nodeLine),
    ...graph.edges.map(edgeLine),
    '}',
  ];
  return lines.join('\n') + '\n';
}
