/**
 * engine/adjust/adjustment-sentences — the sentences that explain an adjustment verdict.
 *
 * Contract: `describePath` prints a path with arrows in the direction of travel (`X ← C → Y`,
 * `A ↔ B`); without explicit edges it uses a directed edge where one exists, else `↔`.
 * `describeSet` prints "given {A, B}" / "without adjustment". `forbiddenReason` explains why a
 * forbidden node may not be adjusted for, naming the mediator or outcome it descends from, and says
 * so when the node is selected and therefore conditioned on regardless.
 * Complexity: linear in the output.
 */
import { compareIds, type IndexedGraph } from '../graph/indexed';
import type { AdjustmentProblem } from './adjustment-problem';
import type { StepEdge } from './adjustment-open-paths';

const ARROWS: Readonly<Record<StepEdge, string>> = { '->': '→', '<-': '←', '<->': '↔' };

const quoted = (ig: IndexedGraph, v: number) => `"${ig.ids[v]}"`;

function inferredEdge(ig: IndexedGraph, a: number, b: number): StepEdge {
  if (ig.children[a].includes(b)) return '->';
  if (ig.parents[a].includes(b)) return '<-';
  return '<->';
}

export function describePath(ig: IndexedGraph, nodes: readonly number[], edges?: readonly StepEdge[]): string {
  let text = ig.ids[nodes[0]] as string;
  for (let i = 1; i < nodes.length; i++) {
    const edge = edges ? edges[i - 1] : inferredEdge(ig, nodes[i - 1], nodes[i]);
    text += ` ${ARROWS[edge]} ${ig.ids[nodes[i]]}`;
  }
  return text;
}

export function describeSet(ig: IndexedGraph, set: readonly number[]): string {
  if (set.length === 0) return 'without adjustment';
  return `given {${set.map((v) => ig.ids[v]).sort(compareIds).join(', ')}}`;
}

export function forbiddenReason(problem: AdjustmentProblem, v: number): string {
  const selected = problem.ig.roleMask.selected[v]
    ? ` It is selected (always conditioned on), so no adjustment set can leave it out.`
    : '';
  return forbiddenSentence(problem, v) + selected;
}

function forbiddenSentence(problem: AdjustmentProblem, v: number): string {
  const { ig } = problem;
  const source = problem.forbiddenBecause[v];
  if (problem.effect === 'direct') {
    return `${quoted(ig, v)} is a descendant of the outcome ${quoted(ig, source)}; the single-door criterion for a direct effect forbids adjusting for it.`;
  }
  if (source === v) {
    return `${quoted(ig, v)} is a mediator (it lies on a causal path from the exposure to the outcome); adjusting for it removes part of the effect.`;
  }
  const what = problem.inY[source] ? 'the outcome' : 'the mediator';
  return `${quoted(ig, v)} is a descendant of ${what} ${quoted(ig, source)}; adjusting for it biases the total effect.`;
}
