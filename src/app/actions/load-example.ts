/** app/actions/load-example — opening a whole graph (an example, an empty diagram) as one undo step. */
import type { CausalGraph } from '../../engine';
import { EXAMPLES } from '../examples/catalogue';
import { placeMissing } from '../layout/dagre';
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';

/** Replaces the diagram (one undo step), placing nodes without positions, and fits it into view. */
export function openGraph(graph: CausalGraph, message: string): void {
  useDocumentStore.getState().setGraph(placeMissing(graph));
  const ui = useUiStore.getState();
  ui.setSelection([], []);
  ui.setConnecting(null);
  ui.setHighlight(null);
  ui.announce(message);
  // React Flow defers a fit until nodes are measured, so fitting an empty diagram would jump the
  // view later, when the first variable appears.
  if (graph.nodes.length > 0) requestAnimationFrame(() => requestAnimationFrame(() => canvasControls().fitView()));
}

/** Opens an example from the gallery by id. */
export function loadExample(id: string): void {
  const example = EXAMPLES.find((e) => e.id === id);
  if (!example) return;
  openGraph(example.graph, `Opened the example “${example.title}”. ${example.teaches}`);
}
