import { Background, Controls, type Edge, MarkerType, type Node, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { CausalGraph } from '../../engine';

const SCALE = 220;

/** Draws a causal graph. The editor builds on this; React Flow is imported only in this folder. */
export function GraphCanvas({ graph }: { graph: CausalGraph }) {
  const nodes = useMemo<Node[]>(
    () =>
      graph.nodes.map((n, i) => ({
        id: n.id,
        position: { x: (n.pos?.x ?? i) * SCALE, y: (n.pos?.y ?? 0) * SCALE },
        data: { label: n.label ?? n.id },
        ariaLabel: `${n.label ?? n.id}${n.roles.length ? ` (${n.roles.join(', ')})` : ''}`,
      })),
    [graph],
  );
  const edges = useMemo<Edge[]>(
    () =>
      graph.edges.map((e) => ({
        id: `${e.from}${e.kind}${e.to}`,
        source: e.from,
        target: e.to,
        markerEnd: { type: MarkerType.ArrowClosed },
        ariaLabel: `${e.from} ${e.kind} ${e.to}`,
      })),
    [graph],
  );
  return (
    <div style={{ width: '100%', height: '100%' }} data-testid="canvas">
      <ReactFlow nodes={nodes} edges={edges} fitView>
        <Background />
        <Controls />
      </ReactFlow>
    </div>
  );
}
