/** app/actions/help — ?: opens the keyboard shortcut list. */
import { useUiStore } from '../store/ui';
import type { Action } from './types';

export const helpAction: Action = {
  id: 'help',
  label: 'Keyboard shortcuts',
  group: 'Help',
  shortcuts: [{ key: '?' }],
  undo: 'never',
  description: 'Shows this list of commands and their keys.',
  perform: () => useUiStore.getState().setHelpOpen(true),
};
