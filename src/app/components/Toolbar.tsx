/**
 * app/components/Toolbar — buttons for the declared actions. Role buttons are toggles whose
 * pressed state says whether the focused/selected variables all carry that role.
 */
import { useShallow } from 'zustand/react/shallow';
import type { Role } from '../../engine';
import { addNodeAction } from '../actions/add-node';
import { autoLayoutAction } from '../actions/auto-layout';
import { connectAction } from '../actions/connect';
import { deleteSelectionAction } from '../actions/delete-selection';
import { helpAction } from '../actions/help';
import { redoAction, undoAction } from '../actions/history';
import { roleActions } from '../actions/roles';
import { toggleEdgeKindAction } from '../actions/toggle-edge-kind';
import { fitViewAction, zoomInAction, zoomOutAction } from '../actions/view';
import { ROLE_ICONS } from './role-icons';
import { ExamplesMenu } from './ExamplesMenu';
import { useDocumentStore, useHistory } from '../store/document';
import { useUiStore } from '../store/ui';
import { ActionButton } from './ActionButton';

function useRolePressed(): Record<Role, boolean> | null {
  const graph = useDocumentStore((s) => s.graph);
  const { focused, selection } = useUiStore(useShallow((s) => ({ focused: s.focused, selection: s.selection })));
  const ids = focused && !selection.includes(focused) ? [focused] : selection.length ? selection : focused ? [focused] : [];
  if (ids.length === 0) return null;
  const nodes = graph.nodes.filter((n) => ids.includes(n.id));
  if (nodes.length === 0) return null;
  const all = (role: Role) => nodes.every((n) => n.roles.includes(role));
  return { exposure: all('exposure'), outcome: all('outcome'), adjusted: all('adjusted'), latent: all('latent'), selected: all('selected') };
}

export function Toolbar() {
  const pressed = useRolePressed();
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  return (
    <div className="toolbar" role="toolbar" aria-label="Editing tools">
      <div className="tool-group" role="group" aria-label="Edit">
        <ActionButton action={addNodeAction} icon="+">
          Variable
        </ActionButton>
        <ActionButton action={connectAction} icon="→">
          Arrow
        </ActionButton>
        <ActionButton action={toggleEdgeKindAction} icon="↔" compact />
        <ActionButton action={deleteSelectionAction} icon="✕" compact />
      </div>
      <div className="tool-group" role="group" aria-label="History">
        <span className={canUndo ? '' : 'dimmed'}>
          <ActionButton action={undoAction} icon="↶" compact />
        </span>
        <span className={canRedo ? '' : 'dimmed'}>
          <ActionButton action={redoAction} icon="↷" compact />
        </span>
      </div>
      <div className="tool-group roles" role="group" aria-label="Roles of the selected variables">
        {roleActions.map((action) => {
          const role = action.id.slice('role-'.length) as Role;
          return (
            <ActionButton key={action.id} action={action} icon={ROLE_ICONS[role]} pressed={pressed ? pressed[role] : false}>
              {action.label}
            </ActionButton>
          );
        })}
      </div>
      <div className="tool-group" role="group" aria-label="View">
        <ActionButton action={autoLayoutAction} icon="⇶" compact />
        <ActionButton action={zoomInAction} icon="+" compact />
        <ActionButton action={zoomOutAction} icon="−" compact />
        <ActionButton action={fitViewAction} icon="⤢" compact />
      </div>
      <div className="tool-group" role="group" aria-label="Examples and help">
        <ExamplesMenu />
        <ActionButton action={helpAction} icon="?" compact />
      </div>
    </div>
  );
}
