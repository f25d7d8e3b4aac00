/** app/components/ActionButton — a toolbar button bound to a declared action. */
import type { ReactNode } from 'react';
import { ariaKeyShortcut, shortcutText } from '../actions/keyboard';
import type { Action } from '../actions/types';

/** A button that performs a declared action; its tooltip names the shortcut. */
export function ActionButton({
  action,
  icon,
  pressed,
  compact,
  children,
}: {
  action: Action;
  icon?: ReactNode;
  pressed?: boolean;
  compact?: boolean;
  children?: ReactNode;
}) {
  const keys = action.shortcuts.filter((s) => !s.onNode).map(shortcutText);
  const title = keys.length ? `${action.label} (${keys.join(' or ')})` : action.label;
  return (
    <button
      type="button"
      className={`tool${compact ? ' compact' : ''}`}
      title={title}
      aria-label={compact ? action.label : undefined}
      aria-keyshortcuts={action.shortcuts.filter((s) => !s.onNode).map(ariaKeyShortcut).join(' ') || undefined}
      aria-pressed={pressed}
      onMouseDown={(e) => e.preventDefault() /* keep keyboard focus on the node being edited */}
      onClick={() => action.perform()}
    >
      {icon !== undefined && (
        <span className="tool-icon" aria-hidden="true">
          {icon}
        </span>
      )}
      {!compact && <span className="tool-label">{children ?? action.label}</span>}
    </button>
  );
}
