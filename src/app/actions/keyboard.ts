/**
 * app/actions/keyboard — dispatches key presses to declared actions.
 *
 * Keys typed into a text field belong to the field. Enter is claimed only when focus is on a node
 * (elsewhere it activates buttons). The listener runs in the capture phase so that Enter on a node
 * renames it instead of reaching React Flow's own Enter-to-select.
 */
import { useEffect } from 'react';
import { useUiStore } from '../store/ui';
import { ACTIONS } from './registry';
import type { Action, Shortcut } from './types';

const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function onNodeElement(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.classList.contains('react-flow__node');
}

export function matches(shortcut: Shortcut, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>, onNode: boolean): boolean {
  if (event.altKey) return false;
  const mod = event.ctrlKey || event.metaKey;
  if (Boolean(shortcut.mod) !== mod) return false;
  if (shortcut.onNode && !onNode) return false;
  const letter = /^[a-z]$/i.test(shortcut.key);
  if (letter) {
    if (event.key.toLowerCase() !== shortcut.key.toLowerCase()) return false;
    // Letters: Shift must match exactly (Shift+L arranges, l marks latent).
    return Boolean(shortcut.shift) === event.shiftKey;
  }
  if (event.key !== shortcut.key) return false;
  // Symbols (?, +) are typed with Shift on many layouts, so Shift is only checked when required.
  return !shortcut.shift || event.shiftKey;
}

/** The action a key event triggers, if any. */
export function actionForEvent(event: KeyboardEvent, actions: readonly Action[] = ACTIONS): Action | undefined {
  const onNode = onNodeElement(event.target);
  return actions.find((a) => a.shortcuts.some((s) => matches(s, event, onNode)));
}

/** Text for a shortcut, as the help dialog and tooltips show it. */
export function shortcutText(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(IS_MAC ? '⌘' : 'Ctrl');
  // Shift is named whenever the shortcut needs it (Shift+F10, Shift+L), not only for letters.
  if (shortcut.shift) parts.push('Shift');
  const names: Record<string, string> = { Escape: 'Esc', Delete: 'Delete', Backspace: 'Backspace', Enter: 'Enter' };
  parts.push(names[shortcut.key] ?? (shortcut.key.length === 1 ? shortcut.key.toUpperCase() : shortcut.key));
  return parts.join('+') + (shortcut.onNode ? ' (on a variable)' : '');
}

/** Menus handle their own keys (Escape closes the menu and puts focus back; letters are not roles). */
function inMenu(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('[role="menu"]') !== null;
}

/** The shortcut in `aria-keyshortcuts` syntax (Control+Shift+Z, Shift+F10). */
export function ariaKeyShortcut(shortcut: Shortcut): string {
  const parts: string[] = [];
  if (shortcut.mod) parts.push(IS_MAC ? 'Meta' : 'Control');
  if (shortcut.shift) parts.push('Shift');
  parts.push(shortcut.key);
  return parts.join('+');
}

export function handleKeyDown(event: KeyboardEvent): void {
  if (event.defaultPrevented || isTextField(event.target) || inMenu(event.target)) return;
  const ui = useUiStore.getState();
  if (ui.helpOpen) return;
  // Enter and Space belong to buttons, links and menu items.
  if ((event.key === 'Enter' || event.key === ' ') && !onNodeElement(event.target)) return;
  const action = actionForEvent(event);
  if (!action) return;
  event.preventDefault();
  if (action.id === 'rename') event.stopPropagation();
  action.perform();
}

/** Installs the shortcut listener for the lifetime of the calling component. */
export function useShortcuts(): void {
  useEffect(() => {
    window.addEventListener('keydown', handleKeyDown, true);
    return () => window.removeEventListener('keydown', handleKeyDown, true);
  }, []);
}
