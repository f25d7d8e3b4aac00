/**
 * app/store/ui — editor state that is not part of the document and never enters undo history:
 * selection, focus, the analysis highlight, the keyboard-connect mode, menus, announcements.
 */
import { create } from 'zustand';
import type { EdgeKind } from '../../engine';
import type { Fragment } from './graph-edits';

export type HighlightTone = 'open-path' | 'blocked-path' | 'causal-path' | 'hedge' | 'forbidden' | 'set';

/** What an analysis panel asks the canvas to emphasise. Edges are matched by endpoints and kind. */
export interface Highlight {
  readonly nodes: readonly string[];
  readonly edges: readonly { readonly from: string; readonly to: string; readonly kind: string }[];
  readonly tone: HighlightTone;
}

export interface ContextMenuState {
  /** Client coordinates where the menu opens. */
  readonly x: number;
  readonly y: number;
  readonly target: { readonly type: 'node'; readonly id: string } | { readonly type: 'edge'; readonly key: string } | { readonly type: 'pane' };
}

export interface UiState {
  readonly highlight: Highlight | null;
  setHighlight(highlight: Highlight | null): void;
  /** Selected node ids. */
  readonly selection: readonly string[];
  /** Selected edges, by `edgeKey`. */
  readonly selectedEdges: readonly string[];
  setSelection(nodes: readonly string[], edges?: readonly string[]): void;
  /** The node whose element has keyboard focus, if any. */
  readonly focused: string | null;
  setFocused(id: string | null): void;
  /** The edge (by `edgeKey`) whose element has keyboard focus, if any. */
  readonly focusedEdge: string | null;
  setFocusedEdge(key: string | null): void;
  /** The node being renamed inline. */
  readonly renaming: string | null;
  setRenaming(id: string | null): void;
  /** Keyboard/click connect mode: the next node picked becomes the target. */
  readonly connecting: { readonly from: string; readonly kind: EdgeKind } | null;
  setConnecting(connecting: { from: string; kind: EdgeKind } | null): void;
  /** Text for the polite live region; `seq` changes so repeating a message is announced again. */
  readonly announcement: { readonly text: string; readonly seq: number };
  announce(text: string): void;
  readonly clipboard: Fragment | null;
  setClipboard(fragment: Fragment | null): void;
  readonly helpOpen: boolean;
  setHelpOpen(open: boolean): void;
  readonly contextMenu: ContextMenuState | null;
  setContextMenu(menu: ContextMenuState | null): void;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export const useUiStore = create<UiState>()((set, get) => ({
  highlight: null,
  setHighlight: (highlight) => set({ highlight }),
  selection: [],
  selectedEdges: [],
  setSelection: (nodes, edges = []) => {
    const { selection, selectedEdges } = get();
    if (sameList(selection, nodes) && sameList(selectedEdges, edges)) return;
    set({ selection: [...nodes], selectedEdges: [...edges] });
  },
  focused: null,
  setFocused: (focused) => {
    if (get().focused !== focused) set({ focused });
  },
  focusedEdge: null,
  setFocusedEdge: (focusedEdge) => {
    if (get().focusedEdge !== focusedEdge) set({ focusedEdge });
  },
  renaming: null,
  setRenaming: (renaming) => set({ renaming }),
  connecting: null,
  setConnecting: (connecting) => set({ connecting }),
  announcement: { text: '', seq: 0 },
  announce: (text) => set({ announcement: { text, seq: get().announcement.seq + 1 } }),
  clipboard: null,
  setClipboard: (clipboard) => set({ clipboard }),
  helpOpen: false,
  setHelpOpen: (helpOpen) => set({ helpOpen }),
  contextMenu: null,
  setContextMenu: (contextMenu) => set({ contextMenu }),
}));
