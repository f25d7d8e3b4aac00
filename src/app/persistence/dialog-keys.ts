/**
 * app/persistence/dialog-keys — keeps editor shortcuts out of dialogs and menus.
 *
 * The editor's shortcuts listen on the window in the capture phase, so a key pressed on a button
 * inside the library dialog (Delete, Ctrl+Z, a role letter) would otherwise edit the diagram
 * behind it. This listener is installed before the editor's (at boot) and marks such key presses
 * as handled — except the keys dialogs and menus use themselves (Tab, Enter, Space, Escape,
 * arrows, Home, End) and keys typed into text fields, which the shortcuts ignore anyway.
 */
const OWN_KEYS = new Set(['Tab', 'Enter', ' ', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End']);

function isTextField(target: Element): boolean {
  return (target as HTMLElement).isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function guardDialogKeys(): () => void {
  const guard = (event: KeyboardEvent) => {
    const target = event.target;
    if (!(target instanceof Element) || OWN_KEYS.has(event.key) || isTextField(target)) return;
    if (target.closest('[role="dialog"][aria-modal="true"], [role="menu"]')) event.preventDefault();
  };
  window.addEventListener('keydown', guard, true);
  return () => window.removeEventListener('keydown', guard, true);
}
