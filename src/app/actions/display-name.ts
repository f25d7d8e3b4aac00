/**
 * app/actions/display-name — the name an announcement uses for a node: what the canvas shows
 * (label, else id; with the id added when two nodes read alike — engine `displayNames`).
 */
import { type CausalGraph, displayNameLookup } from '../../engine';
import { useDocumentStore } from '../store/document';

// Graphs are immutable, so each one's names are worked out once.
const cache = new WeakMap<CausalGraph, (id: string) => string>();

/** The display name of node `id` in `graph` (the current document by default); the id itself for an unknown node. */
export function displayName(id: string, graph: CausalGraph = useDocumentStore.getState().graph): string {
  let nameOf = cache.get(graph);
  if (!nameOf) {
    nameOf = displayNameLookup(graph);
    cache.set(graph, nameOf);
  }
  return nameOf(id);
}
