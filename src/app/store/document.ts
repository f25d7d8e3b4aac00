/**
 * app/store/document — the document store: the causal graph being edited, with undo/redo.
 *
 * Contract: `useDocumentStore` holds `{ graph }` plus actions. Every action that changes the graph
 * records exactly one undo step; an action that changes nothing records none. Only the graph is
 * tracked (zundo `partialize` + identity `equality`), so selection, focus and viewport — which
 * live in the UI store — never enter the history. A drag is one step because the canvas keeps
 * in-flight positions locally and calls `moveNodes` once, on drag stop; code that must stream
 * intermediate graphs can bracket them with `beginGesture()` / `endGesture()`, which pause the
 * history and record the whole gesture as one step when it ends.
 */
import { type TemporalState, temporal } from 'zundo';
import type { StoreApi } from 'zustand';
import { create, useStore } from 'zustand';
import type { CausalGraph, EdgeKind, NodeId, Position, Role, ScmSpec } from '../../engine';
import { recommendationExample } from '../examples/recommendation';
import { isReadOnly } from '../share/review-mode';
import * as edits from './graph-edits';

export interface DocumentState {
  readonly graph: CausalGraph;
  /** The simulator's structural causal model attached to the graph (null: none yet). */
  readonly scm: ScmSpec | null;
  /** Replaces the whole graph (loading an example, model code, an import). One undo step. */
  setGraph(graph: CausalGraph): void;
  /** Replaces the SCM. One undo step. */
  setScm(scm: ScmSpec | null): void;
  /** Replaces the graph and the SCM together (loading a simulator preset). One undo step. */
  setGraphAndScm(graph: CausalGraph, scm: ScmSpec | null): void;
  /** Adds a node with a fresh id (`v1`, `v2`, …) unless `id` is given; returns its id (null when `id` is taken). */
  addNode(options?: { id?: string; pos?: Position; label?: string }): NodeId | null;
  /** Changes a node's id; returns a message when refused (empty or taken), else null. */
  renameNode(id: string, newId: string): string | null;
  /** Sets or clears a node's display label. */
  relabel(id: string, label: string | undefined): void;
  /** The inline rename gesture: new label for labelled nodes, new id otherwise. Returns a refusal message or null. */
  renameOrRelabel(id: string, text: string): string | null;
  /** Adds an edge; false when refused (self-loop, duplicate, unknown node). */
  addEdge(from: string, to: string, kind?: EdgeKind): boolean;
  /** Deletes nodes (with their edges) and edges given by `edgeKey`. */
  removeElements(nodeIds: readonly string[], edgeKeys?: readonly string[]): void;
  setEdgeKind(edgeKeys: readonly string[], kind: EdgeKind): void;
  toggleEdgeKind(edgeKeys: readonly string[]): void;
  reverseEdges(edgeKeys: readonly string[]): void;
  /** Final positions of one move gesture (model units). One undo step. */
  moveNodes(positions: ReadonlyMap<string, Position> | Record<string, Position>): void;
  setRoles(ids: readonly string[], role: Role, on: boolean): void;
  toggleRole(ids: readonly string[], role: Role): void;
  /** Exactly these nodes become `adjusted`; all others lose the role. */
  applyAdjustedSet(ids: readonly string[]): void;
  /** Pastes a fragment offset by `offset`; returns the ids the pasted nodes received. */
  paste(fragment: edits.Fragment, offset: Position): NodeId[];
  /** Starts a gesture whose intermediate graphs are not recorded. */
  beginGesture(): void;
  /** Ends it: the graph before the gesture and the graph now form one undo step. */
  endGesture(): void;
  undo(): void;
  redo(): void;
}

type Tracked = Pick<DocumentState, 'graph' | 'scm'>;

/** Graph at the start of the current gesture, if one is open. */
let gestureStart: CausalGraph | null = null;

export const useDocumentStore = create<DocumentState>()(
  temporal(
    (set, get, store) => {
      const history = () => (store as unknown as { temporal: StoreApi<TemporalState<Tracked>> }).temporal.getState();
      const apply = (next: CausalGraph) => {
        // A shared graph under review is read-only: every edit path ends here and is refused.
        if (next !== get().graph && !isReadOnly()) set({ graph: next });
      };
      return {
        graph: recommendationExample,
        scm: null,
        setGraph: (graph) => apply(graph),
        setScm: (scm) => {
          if (scm !== get().scm && !isReadOnly()) set({ scm });
        },
        setGraphAndScm: (graph, scm) => {
          if ((graph !== get().graph || scm !== get().scm) && !isReadOnly()) set({ graph, scm });
        },
        addNode: (options = {}) => {
          const graph = get().graph;
          const id = options.id !== undefined ? (options.id as NodeId) : edits.freshNodeId(graph);
          if (edits.hasNode(graph, id) || isReadOnly()) return null;
          apply(edits.addNode(graph, { id, pos: options.pos, label: options.label }));
          return id;
        },
        renameNode: (id, newId) => {
          const problem = edits.renameProblem(get().graph, id, newId);
          if (problem) return problem;
          apply(edits.renameNode(get().graph, id, newId));
          return null;
        },
        relabel: (id, label) => apply(edits.relabelNode(get().graph, id, label)),
        renameOrRelabel: (id, text) => {
          const graph = get().graph;
          const node = graph.nodes.find((n) => n.id === id);
          if (node && node.label === undefined) {
            const problem = edits.renameProblem(graph, id, text.trim());
            if (problem) return problem;
          }
          apply(edits.renameOrRelabel(graph, id, text));
          return null;
        },
        addEdge: (from, to, kind = '->') => {
          const before = get().graph;
          const next = edits.addEdge(before, from, to, kind);
          apply(next);
          return next !== before;
        },
        removeElements: (nodeIds, edgeKeys = []) => apply(edits.removeElements(get().graph, nodeIds, edgeKeys)),
        setEdgeKind: (keys, kind) => apply(edits.setEdgeKind(get().graph, keys, kind)),
        toggleEdgeKind: (keys) => apply(edits.toggleEdgeKind(get().graph, keys)),
        reverseEdges: (keys) => apply(edits.reverseEdges(get().graph, keys)),
        moveNodes: (positions) => apply(edits.moveNodes(get().graph, positions)),
        setRoles: (ids, role, on) => apply(edits.setRoles(get().graph, ids, role, on)),
        toggleRole: (ids, role) => apply(edits.toggleRole(get().graph, ids, role)),
        applyAdjustedSet: (ids) => apply(edits.applyAdjustedSet(get().graph, ids)),
        paste: (fragment, offset) => {
          if (isReadOnly()) return [];
          const { graph, ids } = edits.pasteFragment(get().graph, fragment, offset);
          apply(graph);
          return ids;
        },
        beginGesture: () => {
          if (gestureStart) return;
          gestureStart = get().graph;
          history().pause();
        },
        endGesture: () => {
          if (!gestureStart) return;
          const start = gestureStart;
          const end = get().graph;
          gestureStart = null;
          // Put the pre-gesture graph back untracked, then record the whole gesture as one step.
          set({ graph: start });
          history().resume();
          if (end !== start) set({ graph: end });
        },
        undo: () => {
          if (!isReadOnly()) history().undo();
        },
        redo: () => {
          if (!isReadOnly()) history().redo();
        },
      };
    },
    {
      partialize: (state): Tracked => ({ graph: state.graph, scm: state.scm }),
      equality: (past, current) => past.graph === current.graph && past.scm === current.scm,
      limit: 500,
    },
  ),
);

/** Forgets all history (used when a test or a fresh document starts over). */
export function clearHistory(): void {
  useDocumentStore.temporal.getState().clear();
}

/** Subscribes a component to the undo history (e.g. to enable the Undo button). */
export function useHistory<T>(selector: (history: TemporalState<Tracked>) => T): T {
  return useStore(useDocumentStore.temporal, selector);
}
