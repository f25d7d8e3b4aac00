/**
 * engine/graph/names — the name an explanation uses for each node, so a sentence reads like the
 * diagram: the node's label where it has one, its id otherwise.
 *
 * Contract: entry i names `graph.nodes[i]`. Runs of whitespace in a label become one space. When
 * two nodes would read the same (equal labels, or a label equal to another node's id), each
 * labelled one of them is written `label (id)`, so no sentence can name two nodes alike.
 * Complexity: O(n) expected.
 */
import type { CausalGraph } from './types';

export function displayNames(graph: CausalGraph): string[] {
  const base = graph.nodes.map((node) => node.label?.replace(/\s+/g, ' ').trim() || (node.id as string));
  const count = new Map<string, number>();
  for (const name of base) count.set(name, (count.get(name) ?? 0) + 1);
  return base.map((name, i) => {
    const { id } = graph.nodes[i];
    return count.get(name)! > 1 && name !== id ? `${name} (${id})` : name;
  });
}

/** The same names looked up by node id (an unknown id names itself). O(n) to build, O(1) a lookup. */
export function displayNameLookup(graph: CausalGraph): (id: string) => string {
  const shown = displayNames(graph);
  const byId = new Map(graph.nodes.map((node, i) => [node.id as string, shown[i]]));
  return (id) => byId.get(id) ?? id;
}
