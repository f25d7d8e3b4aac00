/** app/actions/add-node — "Add variable" (n): a new node at a free spot near the view centre, opened for naming. */
import { nodeId, type Position } from '../../engine';
import { estimateSize } from '../layout/dagre';
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { UNIT_PX } from '../store/units';
import { freeSpotNear, obstaclesOf } from './free-spot';
import type { Action } from './types';

/** Room for the name about to be typed, not just for the `v1` placeholder. */
const NAMED = estimateSize({ id: nodeId('v1'), label: 'a typical name', roles: [] });
export const NEW_NODE_SIZE = { width: NAMED.width / UNIT_PX, height: NAMED.height / UNIT_PX };

/** Adds a variable at the free spot nearest `wanted` (model units), selects it and opens its name for editing. */
export function addNodeNear(wanted: Position): void {
  const doc = useDocumentStore.getState();
  const pos = freeSpotNear(obstaclesOf(doc.graph), wanted, NEW_NODE_SIZE);
  const id = doc.addNode({ pos });
  if (!id) return;
  const ui = useUiStore.getState();
  ui.setSelection([id]);
  ui.setRenaming(id);
  ui.announce(`Added variable ${id}. Type a name and press Enter.`);
}

/** Adds a variable near the centre of the view (stepping aside from nodes and edges) and opens its name for editing. */
export const addNodeAction: Action = {
  id: 'add-node',
  label: 'Add variable',
  group: 'Edit',
  shortcuts: [{ key: 'n' }],
  undo: 'record',
  description: 'Adds a new variable in the middle of the view and lets you type its name. Double-clicking the empty canvas adds one there.',
  perform: () => addNodeNear(canvasControls().viewportCentre()),
};
