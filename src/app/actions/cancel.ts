/** app/actions/cancel — Escape: leaves connect mode, closes menus, or clears the selection. */
import { useUiStore } from '../store/ui';
import type { Action } from './types';

export const cancelAction: Action = {
  id: 'cancel',
  label: 'Cancel / clear selection',
  group: 'Edit',
  shortcuts: [{ key: 'Escape' }],
  undo: 'never',
  description: 'Cancels drawing an arrow, closes menus, or clears the selection.',
  perform: () => {
    const ui = useUiStore.getState();
    if (ui.connecting) {
      ui.setConnecting(null);
      ui.announce('Connection cancelled.');
    } else if (ui.contextMenu) ui.setContextMenu(null);
    else ui.setSelection([], []);
  },
};
