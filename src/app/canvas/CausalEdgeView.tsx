/**
 * app/canvas/CausalEdgeView — a directed edge (solid, one arrowhead) or a bidirected edge (dashed,
 * curved, arrowheads at both ends). A highlight adds a halo whose colour and dash pattern name the
 * tone, so the meaning survives colour blindness and greyscale printing.
 */
import { BaseEdge, type EdgeProps, useInternalNode } from '@xyflow/react';
import { memo } from 'react';
import type { CausalFlowEdge } from './flow-model';
import { type Box, edgeGeometry } from './geometry';

function boxOf(node: ReturnType<typeof useInternalNode>): Box | null {
  const w = node?.measured.width;
  const h = node?.measured.height;
  if (!node || !w || !h) return null;
  const p = node.internals.positionAbsolute;
  return { cx: p.x + w / 2, cy: p.y + h / 2, w, h };
}

function CausalEdgeViewInner({ id, source, target, data, selected }: EdgeProps<CausalFlowEdge>) {
  const a = boxOf(useInternalNode(source));
  const b = boxOf(useInternalNode(target));
  if (!a || !b || !data) return null;
  const { edge, tone, bend } = data;
  const geometry = edgeGeometry(a, b, bend);
  const both = edge.kind === '<->' || edge.kind === '@-@';
  const undirected = edge.kind === '--';
  const marker = `url(#cw-arrow-${tone ?? (selected ? 'selected' : 'plain')})`;
  const classes = ['cw-edge', `kind-${edge.kind === '->' ? 'directed' : edge.kind === '<->' ? 'bidirected' : 'other'}`];
  if (selected) classes.push('is-selected');
  return (
    <>
      {tone && <path d={geometry.path} className={`cw-halo tone-${tone}`} fill="none" />}
      <BaseEdge
        id={id}
        path={geometry.path}
        className={classes.join(' ')}
        markerEnd={undirected ? undefined : marker}
        markerStart={both ? marker : undefined}
        interactionWidth={16}
      />
    </>
  );
}

export const CausalEdgeView = memo(CausalEdgeViewInner);

const MARKER_COLOURS: Record<string, string> = {
  plain: 'var(--edge)',
  selected: 'var(--accent)',
  'open-path': 'var(--tone-open)',
  'blocked-path': 'var(--tone-blocked)',
  'causal-path': 'var(--tone-causal)',
  hedge: 'var(--tone-hedge)',
  forbidden: 'var(--tone-forbidden)',
  set: 'var(--tone-set)',
};

/** Arrowhead definitions, one per colour, shared by all edges. */
export function EdgeMarkers() {
  return (
    <svg className="cw-markers" aria-hidden="true" width="0" height="0" style={{ position: 'absolute' }}>
      <defs>
        {Object.entries(MARKER_COLOURS).map(([name, colour]) => (
          <marker
            key={name}
            id={`cw-arrow-${name}`}
            viewBox="0 0 12 12"
            refX="11"
            refY="6"
            markerWidth="12"
            markerHeight="12"
            markerUnits="userSpaceOnUse"
            orient="auto-start-reverse"
          >
            <path d="M1,1 L11,6 L1,11 z" style={{ fill: colour, stroke: colour }} strokeLinejoin="round" />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
