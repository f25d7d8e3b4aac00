/** app/actions/rename — F2, or Enter on a variable: opens the inline name field. */
import { useUiStore } from '../store/ui';
import { completeConnection } from './connect';
import { nothingSelected, targetNodes } from './targets';
import type { Action } from './types';

/** Opens the inline name field of the focused or selected node; the rename is one undo step when committed. */
export const renameAction: Action = {
  id: 'rename',
  label: 'Rename',
  group: 'Edit',
  shortcuts: [{ key: 'F2' }, { key: 'Enter', onNode: true }],
  undo: 'gesture',
  description: 'Edits the name of the focused or selected variable (double-click a variable to do the same). Enter keeps, Escape cancels.',
  perform: () => {
    const ui = useUiStore.getState();
    // While drawing an arrow, Enter on a node picks it as the target.
    if (ui.connecting && ui.focused) {
      completeConnection(ui.focused);
      return;
    }
    const [id] = targetNodes();
    if (id === undefined) return nothingSelected();
    ui.setRenaming(id);
  },
};
