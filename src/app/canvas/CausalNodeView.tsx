/**
 * app/canvas/CausalNodeView — one variable on the canvas: its name, role marks (shape and letter,
 * not colour alone), a handle to drag a new edge from, an invisible whole-node drop target, and
 * the inline rename field.
 */
import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo, useEffect, useRef, useState } from 'react';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { type CausalFlowNode, nodeText } from './flow-model';
import { focusNodeElement } from './focus-node';

export const ROLE_MARKS: Record<string, { mark: string; title: string }> = {
  exposure: { mark: '▶', title: 'exposure' },
  outcome: { mark: '◎', title: 'outcome' },
  adjusted: { mark: '▣', title: 'adjusted' },
  latent: { mark: '◌', title: 'latent' },
  selected: { mark: 'S', title: 'selected' },
};

function RenameField({ id, initial }: { id: string; initial: string }) {
  const [text, setText] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    // A new node stays hidden until React Flow has measured it, and hidden inputs cannot take
    // focus, so keep trying for a few frames.
    let frame = 0;
    let tries = 0;
    const grab = () => {
      const input = ref.current;
      if (!input) return;
      input.focus({ preventScroll: true });
      if (document.activeElement === input) input.select();
      else if (tries++ < 30) frame = requestAnimationFrame(grab);
    };
    grab();
    return () => cancelAnimationFrame(frame);
  }, []);
  /** `leaving`: focus moved away, so a refused name is dropped instead of keeping the field open. */
  const finish = (commit: boolean, leaving = false) => {
    if (done.current) return;
    const ui = useUiStore.getState();
    if (commit && text !== initial) {
      const refusal = useDocumentStore.getState().renameOrRelabel(id, text);
      if (refusal && !leaving) {
        setProblem(refusal);
        ui.announce(refusal);
        return;
      }
      if (refusal) {
        ui.announce(`${refusal} The name stays ${initial}.`);
        done.current = true;
        ui.setRenaming(null);
        return;
      }
      const newId = useDocumentStore.getState().graph.nodes.some((n) => n.id === id) ? id : text.trim();
      ui.setSelection([newId]);
      ui.announce(`Renamed to ${text.trim()}.`);
    }
    done.current = true;
    ui.setRenaming(null);
    // Give the keyboard back to the node so the next shortcut acts on it — unless focus has
    // already gone somewhere else on purpose.
    if (!leaving) requestAnimationFrame(() => focusNodeElement(useUiStore.getState().selection[0] ?? id));
  };
  return (
    <span className="cw-rename nodrag nopan">
      <input
        ref={ref}
        aria-label={`Rename ${initial}`}
        aria-invalid={problem ? true : undefined}
        value={text}
        size={Math.max(4, text.length + 1)}
        onChange={(e) => {
          setText(e.target.value);
          setProblem(null);
        }}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') finish(true);
          else if (e.key === 'Escape') finish(false);
        }}
        onBlur={() => finish(true, true)}
      />
      {problem && (
        <span className="cw-rename-problem" role="alert">
          {problem}
        </span>
      )}
    </span>
  );
}

function CausalNodeViewInner({ id, data, selected }: NodeProps<CausalFlowNode>) {
  const { node, tone, connectTarget } = data;
  const renaming = useUiStore((s) => s.renaming === id);
  const classes = ['cw-node', ...node.roles.map((r) => `role-${r}`)];
  if (selected) classes.push('is-selected');
  if (tone) classes.push(`tone-${tone}`);
  if (connectTarget) classes.push('is-connect-target');
  return (
    <div className={classes.join(' ')} data-roles={node.roles.join(' ')}>
      <Handle type="target" position={Position.Left} className="cw-drop" isConnectableStart={false} />
      {node.roles.length > 0 && (
        <span className="cw-marks" aria-hidden="true">
          {node.roles.map((r) => (
            <span key={r} className={`cw-mark mark-${r}`} title={ROLE_MARKS[r].title}>
              {ROLE_MARKS[r].mark}
            </span>
          ))}
        </span>
      )}
      {renaming ? <RenameField id={id} initial={nodeText(node)} /> : <span className="cw-label">{nodeText(node)}</span>}
      <Handle type="source" position={Position.Right} className="cw-handle" title="Drag to another variable to draw an arrow" />
    </div>
  );
}

export const CausalNodeView = memo(CausalNodeViewInner);
