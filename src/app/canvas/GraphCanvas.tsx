/**
 * app/canvas/GraphCanvas — the editable diagram. The only component that talks to React Flow.
 *
 * The document store owns the graph and the UI store owns selection; this component renders them
 * and turns React Flow's change events back into store calls. While a node is dragged its
 * position lives here (`dragging`), so the document — and the analyses that watch it — change
 * once, when the drag ends, and the drag is one undo step.
 *
 * A drag step must stay far below a frame on a 200-node graph: it hands the rebuilt node list
 * straight to React Flow's store instead of re-rendering this component, so one store update (and
 * a re-render of the moved node and its edges) is all a pointer move costs.
 */
import {
  type Connection,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  type ReactFlowInstance,
  useReactFlow,
  useStoreApi,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type MouseEvent as ReactMouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Position } from '../../engine';
import { registerCanvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useReviewMode } from '../share/review-mode';
import { type ContextMenuState, useUiStore } from '../store/ui';
import { completeConnection, edgeAddedMessage } from '../actions/connect';
import { toUnits } from '../store/units';
import { CausalEdgeView, EdgeMarkers } from './CausalEdgeView';
import { CausalNodeView } from './CausalNodeView';
import { focusEdgeElement, focusNodeElement } from './focus-node';
import { useKeepDiagramInView } from './keep-in-view';
import { type CausalFlowEdge, type CausalFlowNode, type NodeInputs, buildEdges, buildNodes, reuseList } from './flow-model';

const nodeTypes = { causal: CausalNodeView };
const edgeTypes = { causal: CausalEdgeView };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
/** Shift-, Ctrl- or ⌘-click adds to the selection; Shift-drag on the empty canvas draws a selection box. */
const MULTI_SELECT_KEYS = ['Shift', 'Control', 'Meta'];
const FIT_OPTIONS = { padding: 0.2, maxZoom: 1.25 };
const ARIA_LABELS = {
  'node.a11yDescription.default':
    'Press Enter to rename, Space to select, arrow keys to move, c to draw an arrow from it, e/o/a/l/s to toggle roles, question mark for all shortcuts.',
  'edge.a11yDescription.default': 'Press Space to select, t to switch directed/bidirected, r to reverse, Delete to remove.',
};

// Handlers passed to React Flow live at module level: new function props on every render would
// re-render every node and edge wrapper on every drag step.

function onConnect(c: Connection): void {
  const ok = useDocumentStore.getState().addEdge(c.source, c.target, '->');
  useUiStore.getState().announce(edgeAddedMessage(c.source, '->', c.target, ok));
}

function onNodeClick(_: ReactMouseEvent, node: CausalFlowNode): void {
  completeConnection(node.id);
}

function onNodeDoubleClick(_: ReactMouseEvent, node: CausalFlowNode): void {
  useUiStore.getState().setRenaming(node.id);
}

/** A box selection or a click on the empty canvas ends keyboard focus on a node, so shortcuts act on the selection. */
function blurFocusedNode(): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.classList.contains('react-flow__node')) active.blur();
  useUiStore.getState().setFocused(null);
}

function onPaneClick(): void {
  const ui = useUiStore.getState();
  blurFocusedNode();
  if (ui.connecting) {
    ui.setConnecting(null);
    ui.announce('Connection cancelled.');
  }
  ui.setContextMenu(null);
}

function openMenu(event: ReactMouseEvent | MouseEvent, target: ContextMenuState['target']): void {
  event.preventDefault();
  const ui = useUiStore.getState();
  if (target.type === 'node' && !ui.selection.includes(target.id)) ui.setSelection([target.id]);
  if (target.type === 'edge' && !ui.selectedEdges.includes(target.key)) ui.setSelection([], [target.key]);
  ui.setContextMenu({ x: event.clientX, y: event.clientY, target });
}

const onNodeContextMenu = (e: ReactMouseEvent, node: CausalFlowNode) => openMenu(e, { type: 'node', id: node.id });
const onEdgeContextMenu = (e: ReactMouseEvent, edge: CausalFlowEdge) => openMenu(e, { type: 'edge', key: edge.id });
const onPaneContextMenu = (e: ReactMouseEvent | MouseEvent) => openMenu(e, { type: 'pane' });

function onInit(instance: ReactFlowInstance<CausalFlowNode, CausalFlowEdge>): void {
  void instance.fitView(FIT_OPTIONS);
}

function nodeIdOf(element: EventTarget | null): string | null {
  const el = element instanceof Element ? element.closest('.react-flow__node') : null;
  return el?.getAttribute('data-id') ?? null;
}

function Canvas() {
  const graph = useDocumentStore((s) => s.graph);
  // A shared graph under review: nodes cannot be dragged or connected (the store refuses edits too).
  const readOnly = useReviewMode((s) => s.readOnly);
  const { selection, selectedEdges, highlight, connecting } = useUiStore(
    useShallow((s) => ({ selection: s.selection, selectedEdges: s.selectedEdges, highlight: s.highlight, connecting: s.connecting })),
  );
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  // Positions of the nodes being dragged. A ref, not state: drag steps go to React Flow's store
  // directly (see `onNodesChange`); `dragEnded` re-renders once when a drag ends.
  const dragging = useRef<ReadonlyMap<string, Position> | null>(null);
  const [dragEnded, setDragEnded] = useState(0);
  const dragFlush = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (dragFlush.current !== null) clearTimeout(dragFlush.current);
  }, []);
  const [linking, setLinking] = useState(false);
  // The wheel zooms only once the canvas is in use (clicked or focused), so scrolling the page
  // past it never changes the view by accident; Ctrl/⌘ + wheel zooms at any time.
  const [engaged, setEngaged] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const away = (e: PointerEvent) => {
      if (!wrapper.current?.contains(e.target as Node)) setEngaged(false);
    };
    document.addEventListener('pointerdown', away, true);
    return () => document.removeEventListener('pointerdown', away, true);
  }, []);
  const nodeCache = useRef(new Map<string, CausalFlowNode>());
  const edgeCache = useRef(new Map<string, CausalFlowEdge>());
  const flow = useReactFlow<CausalFlowNode, CausalFlowEdge>();
  const flowStore = useStoreApi<CausalFlowNode, CausalFlowEdge>();
  const keptView = useMemo(
    () => ({
      getViewport: () => flow.getViewport(),
      nodesBounds: () => {
        const all = flow.getNodes();
        return all.length > 0 ? flow.getNodesBounds(all) : null;
      },
      fit: () => void flow.fitView(FIT_OPTIONS),
    }),
    [flow],
  );
  useKeepDiagramInView(wrapper, keptView);

  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const selectedEdgeSet = useMemo(() => new Set(selectedEdges), [selectedEdges]);
  // The inputs of the last render, so a drag step can rebuild the node list without rendering.
  const nodeInputs = useRef<Omit<NodeInputs, 'dragging'> | null>(null);
  nodeInputs.current = { graph, selection: selectionSet, highlight, connectFrom: connecting?.from ?? null, measured };
  const lastNodes = useRef<CausalFlowNode[] | null>(null);
  const lastEdges = useRef<CausalFlowEdge[] | null>(null);
  const nodes = useMemo(() => {
    const inputs = { graph, selection: selectionSet, highlight, connectFrom: connecting?.from ?? null, measured };
    lastNodes.current = reuseList(lastNodes.current, buildNodes({ ...inputs, dragging: dragging.current }, nodeCache.current));
    return lastNodes.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `dragEnded` stands for the `dragging` ref, which buildNodes reads
  }, [graph, selectionSet, highlight, connecting, measured, dragEnded]);
  // Selecting a node replaces the (empty) edge selection with an equal one: keeping the list's
  // identity spares React Flow a rebuild of its edge lookups at the start of every drag.
  const edges = useMemo(() => {
    lastEdges.current = reuseList(lastEdges.current, buildEdges({ graph, selectedEdges: selectedEdgeSet, highlight }, edgeCache.current));
    return lastEdges.current;
  }, [graph, selectedEdgeSet, highlight]);

  useEffect(() => {
    registerCanvasControls({
      fitView: () => void flow.fitView({ ...FIT_OPTIONS, duration: 200 }),
      zoomIn: () => void flow.zoomIn({ duration: 150 }),
      zoomOut: () => void flow.zoomOut({ duration: 150 }),
      viewportCentre: () => {
        const pane = document.querySelector('.react-flow__pane')?.getBoundingClientRect();
        if (!pane) return { x: 0, y: 0 };
        return toUnits(flow.screenToFlowPosition({ x: pane.left + pane.width / 2, y: pane.top + pane.height / 2 }));
      },
      screenToUnits: (point) => toUnits(flow.screenToFlowPosition(point)),
      focusNode: (id) => focusNodeElement(id),
      focusEdge: (key) => focusEdgeElement(key),
      focusCanvas: () => wrapper.current?.focus({ preventScroll: true }),
    });
    return () => registerCanvasControls(null);
  }, [flow]);

  // Node selection changes made while the pointer is held (a drag picking up its node, a selection
  // box growing) wait for a task of their own too: the panels and the canvas re-render for a new
  // selection, and that must not lengthen a pointer move's frame. Releasing the pointer, and any
  // other selection change, applies the waiting ones first, so the order of changes never changes.
  const pointerHeld = useRef(false);
  const pendingSelect = useRef<Map<string, boolean> | null>(null);
  const selectFlush = useRef<ReturnType<typeof setTimeout> | null>(null);
  const applyPendingSelect = useCallback(() => {
    if (selectFlush.current !== null) clearTimeout(selectFlush.current);
    selectFlush.current = null;
    const pending = pendingSelect.current;
    pendingSelect.current = null;
    if (!pending) return;
    const ui = useUiStore.getState();
    const picked = new Set(ui.selection);
    for (const [id, selected] of pending) {
      if (selected) picked.add(id);
      else picked.delete(id);
    }
    ui.setSelection([...picked], ui.selectedEdges);
  }, []);
  useEffect(() => {
    const release = () => {
      pointerHeld.current = false;
      applyPendingSelect();
    };
    document.addEventListener('pointerup', release, true);
    document.addEventListener('pointercancel', release, true);
    return () => {
      document.removeEventListener('pointerup', release, true);
      document.removeEventListener('pointercancel', release, true);
      if (selectFlush.current !== null) clearTimeout(selectFlush.current);
    };
  }, [applyPendingSelect]);

  const onNodesChange = useCallback((changes: NodeChange<CausalFlowNode>[]) => {
    let dims: Map<string, { width: number; height: number }> | null = null;
    const moving = new Map<string, Position>();
    const moved = new Map<string, Position>();
    const selects = new Map<string, boolean>();
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) {
        dims ??= new Map();
        dims.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
      } else if (change.type === 'position' && change.position) {
        if (change.dragging) moving.set(change.id, change.position);
        else moved.set(change.id, toUnits(change.position));
      } else if (change.type === 'select') {
        selects.set(change.id, change.selected);
      }
    }
    if (dims) {
      const add = dims;
      setMeasured((old) => {
        const next = new Map(old);
        for (const [id, d] of add) next.set(id, d);
        return next;
      });
    }
    if (moving.size > 0) {
      dragging.current = new Map([...(dragging.current ?? []), ...moving]);
      // In a task of its own, so the pointer event's frame (style, layout, paint) is not
      // lengthened by it, and pointer moves that arrive meanwhile are applied together.
      dragFlush.current ??= setTimeout(() => {
        dragFlush.current = null;
        if (!dragging.current || !nodeInputs.current) return;
        // What React Flow's own update after a re-render would do, minus the re-render: this list
        // is also what the next render's `nodes` holds, so the two never disagree.
        lastNodes.current = reuseList(lastNodes.current, buildNodes({ ...nodeInputs.current, dragging: dragging.current }, nodeCache.current));
        flowStore.getState().setNodes(lastNodes.current);
      }, 0);
    }
    if (moved.size > 0) {
      if (dragFlush.current !== null) clearTimeout(dragFlush.current);
      dragFlush.current = null;
      dragging.current = null;
      useDocumentStore.getState().moveNodes(moved);
      setDragEnded((n) => n + 1);
    }
    if (selects.size > 0) {
      pendingSelect.current = new Map([...(pendingSelect.current ?? []), ...selects]);
      if (pointerHeld.current) selectFlush.current ??= setTimeout(applyPendingSelect, 0);
      else applyPendingSelect();
    }
  }, [flowStore, applyPendingSelect]);

  const onEdgesChange = useCallback((changes: EdgeChange<CausalFlowEdge>[]) => {
    applyPendingSelect();
    const ui = useUiStore.getState();
    const picked = new Set(ui.selectedEdges);
    let changed = false;
    for (const change of changes) {
      if (change.type !== 'select') continue;
      changed = true;
      if (change.selected) picked.add(change.id);
      else picked.delete(change.id);
    }
    if (changed) ui.setSelection(useUiStore.getState().selection, [...picked]);
  }, [applyPendingSelect]);

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as Element;
      if (!target.classList?.contains('react-flow__pane')) return;
      const pos = toUnits(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      const id = useDocumentStore.getState().addNode({ pos });
      if (id) {
        const ui = useUiStore.getState();
        ui.setSelection([id]);
        ui.setRenaming(id);
        ui.announce(`Added variable ${id}. Type a name and press Enter.`);
      }
    },
    [flow],
  );
  const onConnectStart = useCallback(() => setLinking(true), []);
  const onConnectEnd = useCallback(() => setLinking(false), []);

  return (
    <div
      ref={wrapper}
      className={`cw-canvas${linking ? ' is-linking' : ''}${connecting ? ' is-connecting' : ''}`}
      data-testid="canvas"
      role="group"
      aria-label="Diagram canvas"
      // Focus lands here (by script, not by Tab) when the last focused variable or edge is deleted.
      tabIndex={-1}
      onDoubleClick={onDoubleClick}
      onPointerDownCapture={() => {
        pointerHeld.current = true;
        setEngaged(true);
      }}
      onFocus={(e) => {
        setEngaged(true);
        const edge = e.target instanceof Element && e.target.classList.contains('react-flow__edge') ? e.target.getAttribute('data-id') : null;
        useUiStore.getState().setFocusedEdge(edge);
        const id = nodeIdOf(e.target);
        if (!id || e.target !== e.target.closest('.react-flow__node')) return;
        useUiStore.getState().setFocused(id);
        // Bring a node reached by Tab into view, but only if it is really outside the pane (React
        // Flow's own auto-pan misjudges nodes that were just created or renamed).
        const pane = e.currentTarget.getBoundingClientRect();
        const box = e.target.getBoundingClientRect();
        if (box.width > 0 && (box.left < pane.left || box.right > pane.right || box.top < pane.top || box.bottom > pane.bottom)) {
          const centre = flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 });
          void flow.setCenter(centre.x, centre.y, { zoom: flow.getZoom(), duration: 150 });
        }
      }}
      onBlur={(e) => {
        if (!wrapper.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget !== null) setEngaged(false);
        if (nodeIdOf(e.target) && !nodeIdOf(e.relatedTarget)) useUiStore.getState().setFocused(null);
        if (e.target instanceof Element && e.target.classList.contains('react-flow__edge')) useUiStore.getState().setFocusedEdge(null);
      }}
    >
      <EdgeMarkers />
      <ReactFlow<CausalFlowNode, CausalFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onInit={onInit}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onConnectStart={onConnectStart}
        onConnectEnd={onConnectEnd}
        onNodeClick={onNodeClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onPaneClick={onPaneClick}
        onSelectionStart={blurFocusedNode}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        deleteKeyCode={null}
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        zoomOnScroll={engaged}
        preventScrolling={engaged}
        minZoom={0.1}
        maxZoom={3}
        connectionRadius={30}
        nodesDraggable={!readOnly}
        nodesConnectable={!readOnly}
        autoPanOnNodeFocus={false}
        ariaLabelConfig={ARIA_LABELS}
      />
    </div>
  );
}

/** The canvas inside its React Flow provider. */
export function GraphCanvas() {
  return (
    <ReactFlowProvider>
      <Canvas />
    </ReactFlowProvider>
  );
}
