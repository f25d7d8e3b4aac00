/**
 * app/components/ContextMenu — right-click (or the Menu key / Shift+F10) on a variable, an edge or
 * the empty canvas. Items are the declared actions, acting on the selection.
 */
import { useCallback } from 'react';
import type { Role } from '../../engine';
import { addNodeAction, addNodeNear } from '../actions/add-node';
import { autoLayoutAction } from '../actions/auto-layout';
import { connectAction, connectBidirectedAction } from '../actions/connect';
import { deleteSelectionAction } from '../actions/delete-selection';
import { pasteAction } from '../actions/paste';
import { renameAction } from '../actions/rename';
import { reverseEdgeAction } from '../actions/reverse-edge';
import { roleActions } from '../actions/roles';
import { toggleEdgeKindAction } from '../actions/toggle-edge-kind';
import type { Action } from '../actions/types';
import { fitViewAction } from '../actions/view';
import { useDocumentStore } from '../store/document';
import { canvasControls } from '../store/canvas-controls';
import { useUiStore } from '../store/ui';
import { ROLE_ICONS } from './role-icons';
import { Menu, type MenuItem } from './Menu';

const item = (action: Action, label = action.label): MenuItem => ({ key: action.id, label, onSelect: () => action.perform() });

export function ContextMenu() {
  const menu = useUiStore((s) => s.contextMenu);
  const graph = useDocumentStore((s) => s.graph);
  const close = useCallback(() => {
    const target = useUiStore.getState().contextMenu?.target;
    useUiStore.getState().setContextMenu(null);
    if (target?.type === 'node') canvasControls().focusNode(target.id);
    else if (target?.type === 'edge') canvasControls().focusEdge(target.key);
    else if (target?.type === 'pane') canvasControls().focusCanvas();
  }, []);
  if (!menu) return null;
  let items: MenuItem[];
  if (menu.target.type === 'node') {
    const id = menu.target.id;
    const node = graph.nodes.find((n) => n.id === id);
    items = [
      item(renameAction),
      item(connectAction),
      item(connectBidirectedAction),
      ...roleActions.map((a) => {
        const role = a.id.slice('role-'.length) as Role;
        return { key: a.id, label: `${ROLE_ICONS[role]} ${a.label}`, checked: node?.roles.includes(role) ?? false, onSelect: () => a.perform() };
      }),
      item(deleteSelectionAction),
    ];
  } else if (menu.target.type === 'edge') {
    items = [item(toggleEdgeKindAction), item(reverseEdgeAction), item(deleteSelectionAction)];
  } else {
    // Where the person clicked, not the middle of the view.
    const at = { x: menu.x, y: menu.y };
    items = [
      { key: addNodeAction.id, label: addNodeAction.label, onSelect: () => addNodeNear(canvasControls().screenToUnits(at)) },
      item(pasteAction),
      item(autoLayoutAction),
      item(fitViewAction),
    ];
  }
  const { x, y } = menu;
  return <Menu label="Context menu" items={items} onClose={close} className="context-menu" anchor={() => ({ left: x, right: x, top: y, bottom: y })} />;
}
