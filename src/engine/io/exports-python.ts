/**
 * engine/io/exports-python — a Python snippet: a networkx DiGraph and a DoWhy graph string.
 *
 * Contract: every id and label is written as a JSON string literal, which is also a valid Python
 * string literal (JSON's escapes are a subset of Python's), so no label can break out of its
 * string. Directed edges go into the DiGraph; each bidirected edge becomes an explicit latent
 * common cause `U_a_b` marked `observed="no"`, because networkx and DoWhy graphs are DAGs. The
 * DoWhy string is the DOT form DoWhy's `CausalModel(graph=...)` accepts.
 * Complexity: O(n + m). Reference: networkx DiGraph API; DoWhy `CausalModel` graph argument.
 */
import type { CausalGraph } from '../graph/types';
import { dotString } from './exports-dot';

const py = (text: string) => JSON.stringify(text);

export function exportPython(graph: CausalGraph): string {
  const used = new Set(graph.nodes.map((n) => n.id as string));
  const latentName = (a: string, b: string) => {
    let name = `U_${a}_${b}`;
    while (used.has(name)) name += '_';
    used.add(name);
    return name;
  };
  const directed: [string, string][] = [];
  const latents: string[] = [];
  for (const edge of graph.edges) {
    if (edge.kind === '->') directed.push([edge.from, edge.to]);
    else if (edge.kind === '<->') {
      const u = latentName(edge.from, edge.to);
      latents.push(u);
      directed.push([u, edge.from], [u, edge.to]);
    }
  }
  const skipped = graph.edges.filter((e) => e.kind !== '->' && e.kind !== '<->').length;
  const role = (r: string) => graph.nodes.filter((n) => n.roles.includes(r as never)).map((n) => py(n.id));
  const unobserved = new Set([...latents, ...graph.nodes.filter((n) => n.roles.includes('latent')).map((n) => n.id as string)]);
  const dotLines = [
    'digraph {',
    ...[...graph.nodes.map((n) => n.id as string), ...latents].map(
      (id) => `${dotString(id)}${unobserved.has(id) ? ' [observed="no"]' : ''};`,
    ),
    ...directed.map(([a, b]) => `${dotString(a)} -> ${dotString(b)};`),
    '}',
  ];
  const lines = [
    '# Causeway causal diagram as a networkx DiGraph and a DoWhy graph.',
    ...(skipped > 0 ? [`# ${skipped} undirected or circle-mark edge(s) are not DAG edges and are left out.`] : []),
    'import networkx as nx',
    '',
    'G = nx.DiGraph()',
    `G.add_nodes_from([${graph.nodes.map((n) => py(n.id)).join(', ')}])`,
    ...(latents.length ? [`G.add_nodes_from([${latents.map(py).join(', ')}], latent=True)`] : []),
    `G.add_edges_from([${directed.map(([a, b]) => `(${py(a)}, ${py(b)})`).join(', ')}])`,
    ...graph.nodes
      .filter((n) => n.label)
      .map((n) => `G.nodes[${py(n.id)}]["label"] = ${py(n.label!)}`),
    `treatment = [${role('exposure').join(', ')}]`,
    `outcome = [${role('outcome').join(', ')}]`,
    `unobserved = [${[...unobserved].map(py).join(', ')}]`,
    '',
    '# DoWhy: CausalModel(data=df, treatment=treatment, outcome=outcome, graph=dowhy_graph)',
    `dowhy_graph = ${py(dotLines.join(' '))}`,
  ];
  return lines.join('\n') + '\n';
}
