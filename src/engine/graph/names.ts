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
