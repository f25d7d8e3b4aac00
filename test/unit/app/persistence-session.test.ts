// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { type CausewayDocument, defaultScm, documentFromGraph, graphFromLists } from '../../../src/engine';
import { isScmSpecShape } from '../../../src/app/persistence/scm-shape';
import { currentDocument, followNotesThroughHistory, openDocument, replaceDocumentWithoutHistory } from '../../../src/app/persistence/session';
import { useNotesStore } from '../../../src/app/review/notes-store';
import { useReviewMode } from '../../../src/app/share/review-mode';
import { clearHistory, useDocumentStore } from '../../../src/app/store/document';

const positioned = (g: ReturnType<typeof graphFromLists>) => ({ ...g, nodes: g.nodes.map((n, i) => ({ ...n, pos: { x: i, y: 0 } })) });
const graph = positioned(graphFromLists({ nodes: ['X', 'Y', 'Z'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } }));
const before = positioned(graphFromLists({ nodes: ['A', 'B'], directed: [['A', 'B']] }));
const scm = defaultScm(graph, { seed: 7 });

beforeEach(() => {
  useReviewMode.getState().leave();
  useDocumentStore.getState().setGraphAndScm(before, null);
  clearHistory();
  useNotesStore.getState().replace(undefined);
});

describe('SCM shape check', () => {
  it('accepts the simulator’s own specs', () => {
    expect(isScmSpecShape(scm)).toBe(true);
    expect(isScmSpecShape(JSON.parse(JSON.stringify(scm)))).toBe(true);
  });

  it.each([
    ['null', null],
    ['a string', 'scm'],
    ['an array', [scm]],
    ['a wrong version', { ...scm, version: 2 }],
    ['a non-finite seed', { ...scm, seed: Number.NaN }],
    ['nodes that are not a list', { ...scm, nodes: 'x' }],
    ['a node without an equation', { ...scm, nodes: [{ id: 'X', kind: 'continuous' }] }],
    ['an unknown equation type', { ...scm, nodes: [{ id: 'X', kind: 'continuous', eq: { type: 'eval', code: 'alert(1)' } }] }],
    ['coefficients that are not numbers', { ...scm, nodes: [{ id: 'X', kind: 'continuous', eq: { type: 'linear', intercept: 0, coef: { Z: '1' }, noise: { dist: 'normal', sd: 1 } } }] }],
    ['a null coefficient table', { ...scm, nodes: [{ id: 'X', kind: 'binary', eq: { type: 'logistic', intercept: 0, coef: null } }] }],
    ['an unknown noise', { ...scm, nodes: [{ id: 'X', kind: 'continuous', eq: { type: 'linear', intercept: 0, coef: {}, noise: { dist: 'cauchy' } } }] }],
  ])('refuses %s', (_, value) => {
    expect(isScmSpecShape(value)).toBe(false);
  });
});

describe('the working document', () => {
  it('opens a document’s graph and SCM as one undo step, and saves them back', () => {
    const doc: CausewayDocument = { ...documentFromGraph(graph), scm, notes: { assumptions: { unit: 'person' } } };
    openDocument(doc, 'opened');
    expect(useDocumentStore.getState().scm).toEqual(scm);
    expect(currentDocument()).toEqual(doc);
    useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().graph).toBe(before);
    expect(useDocumentStore.getState().scm).toBeNull();
  });

  it('carries an SCM the simulator cannot read unchanged, without handing it to the simulator', () => {
    const odd = { version: 1, nodes: 'not a list', note: '<img src=x>' };
    replaceDocumentWithoutHistory({ ...documentFromGraph(graph), scm: odd });
    expect(useDocumentStore.getState().scm).toBeNull();
    expect(currentDocument().scm).toEqual(odd);
    expect(useDocumentStore.temporal.getState().pastStates).toHaveLength(0);
  });

  it('refuses SCM edits while a shared graph is reviewed', () => {
    useReviewMode.getState().enter(documentFromGraph(graph));
    useDocumentStore.getState().setScm(scm);
    useDocumentStore.getState().setGraphAndScm(graph, scm);
    expect(useDocumentStore.getState().scm).toBeNull();
    expect(useDocumentStore.getState().graph).toBe(before);
  });
});

describe('notes through undo and redo of an open', () => {
  it('undoing "open a file" brings back the previous notes; redo brings the file’s notes back', () => {
    const stop = followNotesThroughHistory();
    useNotesStore.getState().setAssumption('question', 'mine');
    openDocument({ ...documentFromGraph(graph), notes: { assumptions: { question: 'from the file' } } }, 'opened');
    expect(useNotesStore.getState().assumptions).toEqual({ question: 'from the file' });
    useNotesStore.getState().setAssumption('design', 'edited after opening');
    useDocumentStore.getState().undo();
    expect(useDocumentStore.getState().graph).toBe(before);
    expect(useNotesStore.getState().assumptions).toEqual({ question: 'mine' });
    useDocumentStore.getState().redo();
    expect(useNotesStore.getState().assumptions).toEqual({ question: 'from the file', design: 'edited after opening' });
    // An ordinary graph edit and its undo leave the notes alone.
    useDocumentStore.getState().addNode({ id: 'W' });
    useNotesStore.getState().setAssumption('unit', 'person');
    useDocumentStore.getState().undo();
    expect(useNotesStore.getState().assumptions.unit).toBe('person');
    stop();
  });
});
