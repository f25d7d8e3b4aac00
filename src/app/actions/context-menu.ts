/** app/actions/context-menu — the context menu from the keyboard (Menu key, Shift+F10). */
import { useUiStore } from '../store/ui';
import { targetEdges, targetNodes } from './targets';
import type { Action } from './types';

/** Opens the context menu for the focused/selected variable or edge, or for the canvas, from the keyboard. */
export const contextMenuAction: Action = {
  id: 'context-menu',
  label: 'Open context menu',
  group: 'Edit',
  shortcuts: [{ key: 'ContextMenu' }, { key: 'F10', shift: true }],
  undo: 'never',
  description: 'Opens the menu of the focused or selected variable or edge (the same menu a right-click opens).',
  perform: () => {
    const ui = useUiStore.getState();
    const [node] = targetNodes();
    const [edge] = targetEdges();
    const selector = node !== undefined ? `.react-flow__node[data-id="${CSS.escape(node)}"]` : edge !== undefined ? `.react-flow__edge[data-id="${CSS.escape(edge)}"]` : '.react-flow__pane';
    const box = document.querySelector(selector)?.getBoundingClientRect();
    const x = box ? box.left + Math.min(box.width / 2, 40) : 100;
    const y = box ? box.top + (node !== undefined ? box.height : box.height / 2) : 100;
    // The menu's commands act on the selection, and focus is about to move into the menu.
    if (node !== undefined && !ui.selection.includes(node)) ui.setSelection([node]);
    else if (node === undefined && edge !== undefined && !ui.selectedEdges.includes(edge)) ui.setSelection([], [edge]);
    ui.setContextMenu({
      x,
      y,
      target: node !== undefined ? { type: 'node', id: node } : edge !== undefined ? { type: 'edge', key: edge } : { type: 'pane' },
    });
  },
};
