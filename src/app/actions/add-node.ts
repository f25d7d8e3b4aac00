/** app/actions/add-node — "Add variable" (n): a new node at a free spot near the view centre, opened for naming. */
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import type { Position } from '../../engine';
import type { Action } from './types';

/**
 * The first free spot on rings around `centre`, staggered so that nodes added one after another
 * are not collinear (an edge between two of them would otherwise run through a third).
 */
export function freeSpotNear(occupied: readonly Position[], centre: Position): Position {
  const round = (v: number) => Math.round(v * 10) / 10;
  const free = (p: Position) => occupied.every((q) => Math.abs(p.x - q.x) >= 1.4 || Math.abs(p.y - q.y) >= 0.7);
  const start = { x: round(centre.x), y: round(centre.y) };
  if (free(start)) return start;
  for (let ring = 1; ring <= 12; ring++) {
    const steps = 6 * ring;
    for (let k = 0; k < steps; k++) {
      const angle = (2 * Math.PI * k) / steps + ring * 0.5;
      const p = { x: round(start.x + Math.cos(angle) * 1.9 * ring), y: round(start.y + Math.sin(angle) * 1.1 * ring) };
      if (free(p)) return p;
    }
  }
  return { x: start.x, y: round(start.y + 14) };
}

/** Adds a variable near the centre of the view (stepping aside from occupied spots) and opens its name for editing. */
export const addNodeAction: Action = {
  id: 'add-node',
  label: 'Add variable',
  group: 'Edit',
  shortcuts: [{ key: 'n' }],
  undo: 'record',
  description: 'Adds a new variable in the middle of the view and lets you type its name. Double-clicking the empty canvas adds one there.',
  perform: () => {
    const doc = useDocumentStore.getState();
    const centre = canvasControls().viewportCentre();
    const pos = freeSpotNear(doc.graph.nodes.flatMap((n) => (n.pos ? [n.pos] : [])), centre);
    const id = doc.addNode({ pos });
    if (!id) return;
    const ui = useUiStore.getState();
    ui.setSelection([id]);
    ui.setRenaming(id);
    ui.announce(`Added variable ${id}. Type a name and press Enter.`);
  },
};
