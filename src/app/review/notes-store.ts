/**
 * app/review/notes-store — the author's notes that travel with the document: the assumption
 * register and one note per variable and per arrow ("why this arrow exists").
 *
 * Notes are kept by node id and by edge (from, kind, to). A note whose node or edge no longer
 * exists stays here (renaming back brings it back) but is left out of the saved document, whose
 * validator only accepts notes on existing elements (`notesForGraph`).
 */
import { create } from 'zustand';
import {
  type AssumptionField,
  type AssumptionRegister,
  type CausalGraph,
  type DocumentNotes,
  type EdgeKind,
  type EdgeNote,
  type NodeNote,
  SYMMETRIC_EDGE_KINDS,
} from '../../engine';

export interface EdgeRef {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
}

export interface NotesState {
  readonly assumptions: AssumptionRegister;
  /** Node id → note. */
  readonly nodes: Readonly<Record<string, string>>;
  /** `edgeNoteKey` → note. */
  readonly edges: Readonly<Record<string, EdgeNote>>;
  setAssumption(field: AssumptionField, text: string): void;
  setNodeNote(id: string, text: string): void;
  setEdgeNote(edge: EdgeRef, text: string): void;
  /** Replaces every note (opening a document). */
  replace(notes: DocumentNotes | undefined): void;
}

/** Symmetric edges (`<->`, `--`) are the same edge read either way round. */
export function edgeNoteKey(edge: EdgeRef): string {
  const swap = SYMMETRIC_EDGE_KINDS.has(edge.kind) && edge.to < edge.from;
  return JSON.stringify(swap ? [edge.to, edge.kind, edge.from] : [edge.from, edge.kind, edge.to]);
}

function without<T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> {
  const next = { ...record };
  delete next[key];
  return next;
}

export const useNotesStore = create<NotesState>()((set, get) => ({
  assumptions: {},
  nodes: {},
  edges: {},
  setAssumption: (field, text) => {
    if ((get().assumptions[field] ?? '') === text) return;
    const next: Partial<Record<AssumptionField, string>> = { ...get().assumptions };
    if (text === '') delete next[field];
    else next[field] = text;
    set({ assumptions: next });
  },
  setNodeNote: (id, text) => {
    if ((get().nodes[id] ?? '') === text) return;
    set({ nodes: text === '' ? without(get().nodes, id) : { ...get().nodes, [id]: text } });
  },
  setEdgeNote: (edge, text) => {
    const key = edgeNoteKey(edge);
    if ((get().edges[key]?.text ?? '') === text) return;
    const note: EdgeNote = { from: edge.from, to: edge.to, kind: edge.kind, text } as EdgeNote;
    set({ edges: text === '' ? without(get().edges, key) : { ...get().edges, [key]: note } });
  },
  replace: (notes) => {
    const nodes: Record<string, string> = {};
    for (const n of notes?.nodes ?? []) if (n.text !== '') nodes[n.id] = n.text;
    const edges: Record<string, EdgeNote> = {};
    for (const e of notes?.edges ?? []) if (e.text !== '') edges[edgeNoteKey(e)] = e;
    set({ assumptions: { ...(notes?.assumptions ?? {}) }, nodes, edges });
  },
}));

/** The notes that belong in a document for `graph`, or undefined when there are none. */
export function notesForGraph(state: Pick<NotesState, 'assumptions' | 'nodes' | 'edges'>, graph: CausalGraph): DocumentNotes | undefined {
  const ids = new Set<string>(graph.nodes.map((n) => n.id));
  const edgeKeys = new Set(graph.edges.map((e) => edgeNoteKey(e)));
  const nodes: NodeNote[] = graph.nodes.filter((n) => state.nodes[n.id]).map((n) => ({ id: n.id, text: state.nodes[n.id] }));
  const edges: EdgeNote[] = Object.entries(state.edges)
    .filter(([key]) => edgeKeys.has(key))
    .map(([, note]) => note)
    .filter((note) => ids.has(note.from) && ids.has(note.to));
  const assumptions = Object.fromEntries(Object.entries(state.assumptions).filter(([, text]) => text)) as AssumptionRegister;
  const hasAssumptions = Object.keys(assumptions).length > 0;
  if (nodes.length === 0 && edges.length === 0 && !hasAssumptions) return undefined;
  return {
    ...(nodes.length ? { nodes } : {}),
    ...(edges.length ? { edges } : {}),
    ...(hasAssumptions ? { assumptions } : {}),
  };
}
