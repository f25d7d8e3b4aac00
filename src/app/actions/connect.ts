/** app/actions/connect — drawing edges without a mouse (c, b): a two-step gesture, source then target. */
import type { EdgeKind } from '../../engine';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { displayName } from './display-name';
import { nothingSelected, targetNodes } from './targets';
import type { Action } from './types';

/** Ends connect mode by drawing the pending edge to `target`; returns false when no connection was pending. */
export function completeConnection(target: string): boolean {
  const ui = useUiStore.getState();
  const pending = ui.connecting;
  if (!pending) return false;
  ui.setConnecting(null);
  if (pending.from === target) {
    ui.announce('Connection cancelled.');
    return true;
  }
  const ok = useDocumentStore.getState().addEdge(pending.from, target, pending.kind);
  ui.announce(edgeAddedMessage(pending.from, pending.kind, target, ok));
  return true;
}

/** What to announce after drawing an edge: added, or (`ok` false) already there. Nodes go by their display names. */
export function edgeAddedMessage(from: string, kind: EdgeKind, to: string, ok: boolean): string {
  const edge = `${displayName(from)} ${kind === '->' ? '→' : '↔'} ${displayName(to)}`;
  return ok ? `Added ${edge}.` : `${edge} already exists.`;
}

function startOrFinish(kind: EdgeKind): void {
  const ui = useUiStore.getState();
  if (ui.connecting) {
    const target = ui.focused ?? ui.selection.find((id) => id !== ui.connecting!.from);
    if (target) completeConnection(target);
    else {
      ui.setConnecting(null);
      ui.announce('Connection cancelled.');
    }
    return;
  }
  const [from] = targetNodes();
  if (from === undefined) return nothingSelected();
  ui.setConnecting({ from, kind });
  ui.announce(
    `Drawing ${kind === '->' ? 'an arrow' : 'a bidirected edge'} from ${displayName(from)}. Tab to the target and press Enter, or click it. Escape cancels.`,
  );
}

export const connectAction: Action = {
  id: 'connect',
  label: 'Draw arrow from here',
  group: 'Connect',
  shortcuts: [{ key: 'c' }],
  undo: 'gesture',
  description:
    'Starts an arrow at the focused or selected variable; then Tab to the target and press Enter or c (or click it). Dragging from a variable’s right-hand dot to another variable does the same.',
  perform: () => startOrFinish('->'),
};

export const connectBidirectedAction: Action = {
  id: 'connect-bidirected',
  label: 'Draw bidirected edge from here',
  group: 'Connect',
  shortcuts: [{ key: 'b' }],
  undo: 'gesture',
  description: 'Like “Draw arrow”, but the new edge is bidirected (a hidden common cause).',
  perform: () => startOrFinish('<->'),
};
