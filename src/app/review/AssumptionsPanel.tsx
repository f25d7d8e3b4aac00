/**
 * app/review/AssumptionsPanel — the assumption register and the notes on variables and arrows.
 *
 * Authors fill in the register and write a note for the selected variable or arrow ("why this
 * arrow exists"); reviewers see everything read-only next to the analyses, which are recomputed
 * from the graph, never taken from the document. All text is rendered by React, so it is shown
 * as text whatever it contains.
 */
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ASSUMPTION_FIELDS, type CausalGraph } from '../../engine';
import { parseEdgeKey } from '../store/graph-edits';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { useReviewMode } from '../share/review-mode';
import { FIELD_TEXT } from './fields';
import { type EdgeRef, edgeNoteKey, notesForGraph, useNotesStore } from './notes-store';

const ARROWS: Record<string, string> = { '->': '→', '<->': '↔', '--': '—' };

const nodeName = (graph: CausalGraph, id: string) => graph.nodes.find((n) => n.id === id)?.label ?? id;
const edgeName = (graph: CausalGraph, e: EdgeRef) => `${nodeName(graph, e.from)} ${ARROWS[e.kind] ?? e.kind} ${nodeName(graph, e.to)}`;

/** The one variable or arrow the author is looking at, if exactly one is selected or focused. */
function useTarget(): { type: 'node'; id: string } | { type: 'edge'; edge: EdgeRef } | null {
  const { selection, selectedEdges, focused } = useUiStore(
    useShallow((s) => ({ selection: s.selection, selectedEdges: s.selectedEdges, focused: s.focused })),
  );
  if (selection.length === 1 && selectedEdges.length === 0) return { type: 'node', id: selection[0] };
  if (selection.length === 0 && selectedEdges.length === 1) return { type: 'edge', edge: parseEdgeKey(selectedEdges[0]) };
  if (selection.length === 0 && selectedEdges.length === 0 && focused) return { type: 'node', id: focused };
  return null;
}

function SelectedNote({ graph }: { graph: CausalGraph }) {
  const target = useTarget();
  const id = useId();
  const notes = useNotesStore(useShallow((s) => ({ nodes: s.nodes, edges: s.edges })));
  if (!target) {
    return <p className="pane-hint">Select one variable or arrow to write a note on it (for an arrow: why it exists).</p>;
  }
  if (target.type === 'node') {
    if (!graph.nodes.some((n) => n.id === target.id)) return null;
    return (
      <div className="note-field">
        <label htmlFor={id}>Note on {nodeName(graph, target.id)}</label>
        <textarea
          id={id}
          rows={2}
          value={notes.nodes[target.id] ?? ''}
          placeholder="How is it measured? Why is it in the graph?"
          onChange={(e) => useNotesStore.getState().setNodeNote(target.id, e.target.value)}
        />
      </div>
    );
  }
  if (!graph.edges.some((e) => edgeNoteKey(e) === edgeNoteKey(target.edge))) return null;
  return (
    <div className="note-field">
      <label htmlFor={id}>Why {edgeName(graph, target.edge)} exists</label>
      <textarea
        id={id}
        rows={2}
        value={notes.edges[edgeNoteKey(target.edge)]?.text ?? ''}
        placeholder="The mechanism, the evidence or the assumption behind this arrow"
        onChange={(e) => useNotesStore.getState().setEdgeNote(target.edge, e.target.value)}
      />
    </div>
  );
}

function Register({ editable }: { editable: boolean }) {
  const assumptions = useNotesStore((s) => s.assumptions);
  const base = useId();
  // Collapsed while empty, so the analyses stay in view; open once anything is recorded.
  const [open, setOpen] = useState(() => ASSUMPTION_FIELDS.some((f) => assumptions[f]));
  useEffect(() => {
    if (ASSUMPTION_FIELDS.some((f) => assumptions[f])) setOpen(true);
  }, [assumptions]);
  if (!editable) {
    const filled = ASSUMPTION_FIELDS.filter((f) => assumptions[f]);
    if (filled.length === 0) return <p className="pane-hint">The author recorded no assumptions.</p>;
    return (
      <dl className="register">
        {filled.map((field) => (
          <div key={field}>
            <dt>{FIELD_TEXT[field].title}</dt>
            <dd>{assumptions[field]}</dd>
          </div>
        ))}
      </dl>
    );
  }
  const recorded = ASSUMPTION_FIELDS.filter((f) => assumptions[f]).length;
  return (
    <details className="register" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Assumption register <span className="register-count">({recorded} of {ASSUMPTION_FIELDS.length} recorded)</span>
      </summary>
      {ASSUMPTION_FIELDS.map((field) => (
        <div key={field} className="note-field">
          <label htmlFor={`${base}-${field}`}>{FIELD_TEXT[field].title}</label>
          <textarea
            id={`${base}-${field}`}
            rows={2}
            value={assumptions[field] ?? ''}
            placeholder={FIELD_TEXT[field].prompt}
            onChange={(e) => useNotesStore.getState().setAssumption(field, e.target.value)}
          />
        </div>
      ))}
    </details>
  );
}

function AllNotes({ graph }: { graph: CausalGraph }) {
  const state = useNotesStore(useShallow((s) => ({ assumptions: s.assumptions, nodes: s.nodes, edges: s.edges })));
  const notes = notesForGraph(state, graph);
  const nodes = notes?.nodes ?? [];
  const edges = notes?.edges ?? [];
  if (nodes.length === 0 && edges.length === 0) return null;
  return (
    <>
      <h3 className="notes-title">Notes on variables and arrows</h3>
      <dl className="register">
        {nodes.map((n) => (
          <div key={`n-${n.id}`}>
            <dt>{nodeName(graph, n.id)}</dt>
            <dd>{n.text}</dd>
          </div>
        ))}
        {edges.map((e) => (
          <div key={`e-${edgeNoteKey(e)}`}>
            <dt>{edgeName(graph, e)}</dt>
            <dd>{e.text}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export function AssumptionsPanel() {
  const graph = useDocumentStore((s) => s.graph);
  const readOnly = useReviewMode((s) => s.readOnly);
  const headingId = useId();
  return (
    <section className="assumptions" role="region" aria-labelledby={headingId}>
      <h2 id={headingId} className="pane-title">
        Assumptions
      </h2>
      {!readOnly && <SelectedNote graph={graph} />}
      <Register editable={!readOnly} />
      <AllNotes graph={graph} />
    </section>
  );
}
