/**
 * app/canvas/GraphCanvas — the editable diagram. The only component that talks to React Flow.
 *
 * The document store owns the graph and the UI store owns selection; this component renders them
 * and turns React Flow's change events back into store calls. While a node is dragged its
 * position lives here (`dragging`), so the document — and the analyses that watch it — change
 * once, when the drag ends, and the drag is one undo step.
 */
import {
  Background,
  type EdgeChange,
  type NodeChange,
  ReactFlow,
  ReactFlowProvider,
  type ReactFlowInstance,
  useReactFlow,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { type MouseEvent as ReactMouseEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Position } from '../../engine';
import { registerCanvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { toUnits } from '../store/units';
import { CausalEdgeView, EdgeMarkers } from './CausalEdgeView';
import { CausalNodeView } from './CausalNodeView';
import { focusNodeElement } from './focus-node';
import { type CausalFlowEdge, type CausalFlowNode, buildEdges, buildNodes } from './flow-model';

const nodeTypes = { causal: CausalNodeView };
const edgeTypes = { causal: CausalEdgeView };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const FIT_OPTIONS = { padding: 0.2, maxZoom: 1.25 };

function nodeIdOf(element: EventTarget | null): string | null {
  const el = element instanceof Element ? element.closest('.react-flow__node') : null;
  return el?.getAttribute('data-id') ?? null;
}

function Canvas() {
  const graph = useDocumentStore((s) => s.graph);
  const { selection, selectedEdges, highlight, connecting } = useUiStore(
    useShallow((s) => ({ selection: s.selection, selectedEdges: s.selectedEdges, highlight: s.highlight, connecting: s.connecting })),
  );
  const [measured, setMeasured] = useState<ReadonlyMap<string, { width: number; height: number }>>(new Map());
  const [dragging, setDragging] = useState<ReadonlyMap<string, Position> | null>(null);
  const [linking, setLinking] = useState(false);
  const nodeCache = useRef(new Map<string, CausalFlowNode>());
  const edgeCache = useRef(new Map<string, CausalFlowEdge>());
  const flow = useReactFlow<CausalFlowNode, CausalFlowEdge>();

  const selectionSet = useMemo(() => new Set(selection), [selection]);
  const selectedEdgeSet = useMemo(() => new Set(selectedEdges), [selectedEdges]);
  const nodes = useMemo(
    () =>
      buildNodes(
        { graph, selection: selectionSet, highlight, connectFrom: connecting?.from ?? null, dragging, measured },
        nodeCache.current,
      ),
    [graph, selectionSet, highlight, connecting, dragging, measured],
  );
  const edges = useMemo(
    () => buildEdges({ graph, selectedEdges: selectedEdgeSet, highlight }, edgeCache.current),
    [graph, selectedEdgeSet, highlight],
  );

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
      focusNode: (id) => focusNodeElement(id),
    });
    return () => registerCanvasControls(null);
  }, [flow]);

  const onNodesChange = useCallback((changes: NodeChange<CausalFlowNode>[]) => {
    let dims: Map<string, { width: number; height: number }> | null = null;
    const moving = new Map<string, Position>();
    const moved = new Map<string, Position>();
    let selectionChanged = false;
    const ui = useUiStore.getState();
    const picked = new Set(ui.selection);
    for (const change of changes) {
      if (change.type === 'dimensions' && change.dimensions) {
        dims ??= new Map();
        dims.set(change.id, { width: change.dimensions.width, height: change.dimensions.height });
      } else if (change.type === 'position' && change.position) {
        if (change.dragging) moving.set(change.id, change.position);
        else moved.set(change.id, toUnits(change.position));
      } else if (change.type === 'select') {
        selectionChanged = true;
        if (change.selected) picked.add(change.id);
        else picked.delete(change.id);
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
    if (moving.size > 0) setDragging((old) => new Map([...(old ?? []), ...moving]));
    if (moved.size > 0) {
      useDocumentStore.getState().moveNodes(moved);
      setDragging(null);
    }
    if (selectionChanged) ui.setSelection([...picked], ui.selectedEdges);
  }, []);

  const onEdgesChange = useCallback((changes: EdgeChange<CausalFlowEdge>[]) => {
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
  }, []);

  const finishConnect = useCallback((target: string) => {
    const ui = useUiStore.getState();
    const pending = ui.connecting;
    if (!pending) return false;
    ui.setConnecting(null);
    if (pending.from === target) {
      ui.announce('Connection cancelled.');
      return true;
    }
    const ok = useDocumentStore.getState().addEdge(pending.from, target, pending.kind);
    ui.announce(ok ? `Added ${pending.from} ${pending.kind === '->' ? '→' : '↔'} ${target}.` : `${pending.from} and ${target} are already connected that way.`);
    return true;
  }, []);

  const onInit = useCallback((instance: ReactFlowInstance<CausalFlowNode, CausalFlowEdge>) => {
    void instance.fitView(FIT_OPTIONS);
  }, []);

  const onDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      const target = event.target as Element;
      if (!target.classList?.contains('react-flow__pane')) return;
      const pos = toUnits(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
      const doc = useDocumentStore.getState();
      const id = doc.addNode({ pos });
      if (id) {
        const ui = useUiStore.getState();
        ui.setSelection([id]);
        ui.setRenaming(id);
        ui.announce(`Added variable ${id}. Type a name and press Enter.`);
      }
    },
    [flow],
  );

  const openMenu = (event: ReactMouseEvent, target: NonNullable<ReturnType<typeof useUiStore.getState>['contextMenu']>['target']) => {
    event.preventDefault();
    const ui = useUiStore.getState();
    if (target.type === 'node' && !ui.selection.includes(target.id)) ui.setSelection([target.id]);
    if (target.type === 'edge' && !ui.selectedEdges.includes(target.key)) ui.setSelection([], [target.key]);
    ui.setContextMenu({ x: event.clientX, y: event.clientY, target });
  };

  return (
    <div
      className={`cw-canvas${linking ? ' is-linking' : ''}${connecting ? ' is-connecting' : ''}`}
      data-testid="canvas"
      onDoubleClick={onDoubleClick}
      onFocus={(e) => {
        const id = nodeIdOf(e.target);
        if (id && e.target === e.target.closest('.react-flow__node')) useUiStore.getState().setFocused(id);
      }}
      onBlur={(e) => {
        if (nodeIdOf(e.target) && !nodeIdOf(e.relatedTarget)) useUiStore.getState().setFocused(null);
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
        onConnect={(c) => {
          const ok = useDocumentStore.getState().addEdge(c.source, c.target, '->');
          useUiStore.getState().announce(ok ? `Added ${c.source} → ${c.target}.` : `${c.source} → ${c.target} already exists.`);
        }}
        onConnectStart={() => setLinking(true)}
        onConnectEnd={() => setLinking(false)}
        onNodeClick={(_, node) => {
          finishConnect(node.id);
        }}
        onNodeDoubleClick={(_, node) => useUiStore.getState().setRenaming(node.id)}
        onPaneClick={() => {
          const ui = useUiStore.getState();
          if (ui.connecting) {
            ui.setConnecting(null);
            ui.announce('Connection cancelled.');
          }
          ui.setContextMenu(null);
        }}
        onNodeContextMenu={(e, node) => openMenu(e, { type: 'node', id: node.id })}
        onEdgeContextMenu={(e, edge) => openMenu(e, { type: 'edge', key: edge.id })}
        onPaneContextMenu={(e) => openMenu(e as ReactMouseEvent, { type: 'pane' })}
        deleteKeyCode={null}
        zoomOnDoubleClick={false}
        minZoom={0.1}
        maxZoom={3}
        connectionRadius={30}
        ariaLabelConfig={{
          'node.a11yDescription.default':
            'Press Enter to rename, Space to select, arrow keys to move, c to draw an arrow from it, e/o/a/l/s to toggle roles, question mark for all shortcuts.',
          'edge.a11yDescription.default': 'Press Space to select, t to switch directed/bidirected, Delete to remove.',
        }}
      >
        <Background gap={25} size={1.2} />
      </ReactFlow>
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
