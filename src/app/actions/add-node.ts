import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import type { Action } from './types';

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
    const taken = (x: number, y: number) =>
      doc.graph.nodes.some((n) => n.pos && Math.abs(n.pos.x - x) < 1.2 && Math.abs(n.pos.y - y) < 0.6);
    let pos = { x: Math.round(centre.x * 10) / 10, y: Math.round(centre.y * 10) / 10 };
    for (let step = 0; step < 40 && taken(pos.x, pos.y); step++) {
      pos = { x: pos.x + (step % 4 === 3 ? -4.5 : 1.5), y: pos.y + (step % 4 === 3 ? 0.8 : 0) };
    }
    const id = doc.addNode({ pos });
    if (!id) return;
    const ui = useUiStore.getState();
    ui.setSelection([id]);
    ui.setRenaming(id);
    ui.announce(`Added variable ${id}. Type a name and press Enter.`);
  },
};
