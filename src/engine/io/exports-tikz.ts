/**
 * engine/io/exports-tikz — the graph as a TikZ picture for LaTeX papers.
 *
 * Contract: nodes are named `n0`, `n1`, … (ids never reach TikZ syntax) and their text is the
 * label or id with every LaTeX special character escaped, so a label such as `\input{/etc/passwd}`
 * prints literally instead of running. Positions are model units (y flipped: TikZ's y axis points
 * up); a node without a position is placed on a row. Roles: exposure bold, outcome double border,
 * adjusted boxed, latent dashed, selected thick; bidirected edges dashed with arrows at both ends
 * and bent, undirected without arrows, circle marks as `o` ends.
 * Complexity: O(n + m). Reference: the TikZ & PGF manual (arrows, node shapes, `bend left`).
 */
import type { CausalEdge, CausalGraph, CausalNode, EdgeKind } from '../graph/types';
import { assertNever } from '../graph/types';
import { latexText } from './latex-text';

function nodeStyle(node: CausalNode): string {
  const styles = ['var'];
  for (const role of node.roles) styles.push(role);
  return styles.join(',');
}

function arrow(kind: EdgeKind): string {
  switch (kind) {
    case '->':
      return '->';
    case '<->':
      return '<->, dashed, bend left=20';
    case '--':
      return '-';
    case '@-@':
      return 'o-o';
    case '@->':
      return 'o->';
    case '@--':
      return 'o-';
    default:
      return assertNever(kind, 'edge kind');
  }
}

const coordinate = (v: number) => String(Math.round(v * 1000) / 1000 + 0);

/** Serialises the graph as a standalone `tikzpicture` (needs `\usetikzlibrary{arrows.meta}`). */
export function exportTikz(graph: CausalGraph, options: { unit?: number } = {}): string {
  const unit = options.unit ?? 3;
  const index = new Map(graph.nodes.map((n, i) => [n.id as string, i]));
  const lines = [
    '% Causeway causal diagram. Needs \\usepackage{tikz} and \\usetikzlibrary{arrows.meta}.',
    '\\begin{tikzpicture}[',
    '  >={Stealth[length=2.5mm]},',
    '  var/.style={draw, rounded corners, inner sep=3pt},',
    '  exposure/.style={font=\\bfseries},',
    '  outcome/.style={double},',
    '  adjusted/.style={rectangle, rounded corners=0pt},',
    '  latent/.style={dashed},',
    '  selected/.style={line width=1.2pt},',
    ']',
    ...graph.nodes.map((node, i) => {
      const x = (node.pos?.x ?? i) * unit;
      const y = -(node.pos?.y ?? 0) * unit;
      return `  \\node[${nodeStyle(node)}] (n${i}) at (${coordinate(x)}, ${coordinate(y)}) {${latexText(node.label ?? node.id)}};`;
    }),
    ...graph.edges.map((edge: CausalEdge) => {
      const label = edge.label ? ` node[midway, above, font=\\small] {${latexText(edge.label)}}` : '';
      return `  \\draw[${arrow(edge.kind)}] (n${index.get(edge.from)}) to${label} (n${index.get(edge.to)});`;
    }),
    '\\end{tikzpicture}',
  ];
  return lines.join('\n') + '\n';
}
