/**
 * app/actions/types — the shape of an editor command. Every user command (toolbar, menu, keyboard)
 * is one `Action` in its own file; the help dialog lists them, the keyboard handler dispatches them.
 */

export interface Shortcut {
  /** `KeyboardEvent.key`, compared case-insensitively for letters (`'e'`, `'Delete'`, `'?'`). */
  readonly key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  readonly mod?: boolean;
  readonly shift?: boolean;
  /** Only when keyboard focus is on a node (e.g. Enter to rename). */
  readonly onNode?: boolean;
}

/**
 * How an action meets the undo history: `record` — one undo step when it changes the document;
 * `gesture` — one step when the gesture it starts ends (rename on commit, connect on target);
 * `never` — selection, viewport, clipboard and dialogs are not recorded; `history` — undo/redo.
 */
export type UndoPolicy = 'record' | 'gesture' | 'never' | 'history';

export type ActionGroup = 'Edit' | 'Connect' | 'Roles' | 'View' | 'History' | 'File' | 'Help';

export interface Action {
  readonly id: string;
  readonly label: string;
  readonly group: ActionGroup;
  readonly shortcuts: readonly Shortcut[];
  readonly undo: UndoPolicy;
  /** A sentence for the help dialog. */
  readonly description: string;
  readonly perform: () => void;
}
