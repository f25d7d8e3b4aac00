/**
 * app/simulator/load-preset — loading a simulator preset replaces the graph and the SCM together
 * (one undo step), places the preset's nodes, and fits the diagram into view.
 */
import type { SimPreset } from '../../engine';
import { placeMissing } from '../layout/dagre';
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';

export function loadPreset(preset: SimPreset): void {
  useDocumentStore.getState().setGraphAndScm(placeMissing(preset.graph), preset.spec);
  const ui = useUiStore.getState();
  ui.setSelection([], []);
  ui.setConnecting(null);
  ui.setHighlight(null);
  ui.announce(`Loaded the simulator preset “${preset.title}”: ${preset.description}.`);
  requestAnimationFrame(() => requestAnimationFrame(() => canvasControls().fitView()));
}
