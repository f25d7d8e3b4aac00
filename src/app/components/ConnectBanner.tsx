/**
 * app/components/ConnectBanner — the visible state of keyboard/click connect mode. While it shows,
 * Tab and Shift+Tab on a variable move to the next or previous variable and wrap around, so every
 * possible target is reachable from the keyboard without leaving the canvas.
 */
import { useEffect } from 'react';
import { displayName } from '../actions/display-name';
import { focusNodeElement } from '../canvas/focus-node';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';

const NODE = '.react-flow__node';

/** Moves focus from the focused variable to the next (or previous) one, wrapping; false when focus is elsewhere. */
function cycleNodes(backwards: boolean): boolean {
  const current = document.activeElement instanceof Element ? document.activeElement.closest(NODE) : null;
  if (!current) return false;
  const nodes = [...document.querySelectorAll<HTMLElement>(NODE)];
  const at = nodes.indexOf(current as HTMLElement);
  nodes[(at + (backwards ? -1 : 1) + nodes.length) % nodes.length]?.focus();
  return true;
}

/** While an edge is being drawn by keyboard or click, says so and offers a way out. */
export function ConnectBanner() {
  const connecting = useUiStore((s) => s.connecting);
  const graph = useDocumentStore((s) => s.graph);
  useEffect(() => {
    if (!connecting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey && cycleNodes(e.shiftKey)) e.preventDefault();
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [connecting]);
  if (!connecting) return null;
  const from = displayName(connecting.from, graph);
  return (
    <div className="connect-banner">
      <span>
        Drawing {connecting.kind === '->' ? 'an arrow' : 'a bidirected edge'} from <strong>{from}</strong>: click the target, or press Tab to go
        from variable to variable and Enter to pick one. Escape cancels.
      </span>
      <button
        type="button"
        className="tool"
        onClick={() => {
          useUiStore.getState().setConnecting(null);
          useUiStore.getState().announce('Connection cancelled.');
          // The button goes away with the banner: focus returns to where the arrow was to start.
          focusNodeElement(connecting.from);
        }}
      >
        Cancel
      </button>
    </div>
  );
}
