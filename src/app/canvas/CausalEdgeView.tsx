/**
 * app/canvas/CausalEdgeView — a directed edge (solid, one arrowhead) or a bidirected edge (dashed,
 * curved, arrowheads at both ends). A highlight adds a halo whose colour and dash pattern name the
 * tone, so the meaning survives colour blindness and greyscale printing.
 */
import { BaseEdge, type EdgeProps, type InternalNode, type ReactFlowState, useStore } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { CausalFlowEdge } from './flow-model';
import { type Box, edgeGeometry } from './geometry';

type Ends = readonly [InternalNode | undefined, InternalNode | undefined];

/**
 * The edge's two end nodes as one subscription. Every drag step runs every edge's selector, so it
 * only looks the two nodes up and returns the previous pair while both are the same objects
 * (React Flow replaces a node's object when it moves or is measured): an identity check instead
 * of two shallow object comparisons per edge, and a re-render only for edges at a moved node.
 */
function useEnds(source: string, target: string): Ends {
  const selector = useMemo(() => {
    let last: Ends = [undefined, undefined];
    return (s: ReactFlowState): Ends => {
      const a = s.nodeLookup.get(source);
      const b = s.nodeLookup.get(target);
      if (a !== last[0] || b !== last[1]) last = [a, b];
      return last;
    };
  }, [source, target]);
  return useStore(selector);
}

function boxOf(node: InternalNode | undefined): Box | null {
  const w = node?.measured.width;
  const h = node?.measured.height;
  if (!node || !w || !h) return null;
  const p = node.internals.positionAbsolute;
  return { cx: p.x + w / 2, cy: p.y + h / 2, w, h };
}

function CausalEdgeViewInner({ id, source, target, data, selected }: EdgeProps<CausalFlowEdge>) {
  const [sourceNode, targetNode] = useEnds(source, target);
  const a = boxOf(sourceNode);
  const b = boxOf(targetNode);
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
