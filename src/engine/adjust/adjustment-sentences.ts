/**
 * engine/adjust/adjustment-sentences — the sentences that explain an adjustment verdict.
 *
 * Contract: nodes are written by their display names (`graph/names`: the label, else the id).
 * `describePath` prints a path with arrows in the direction of travel (`X ← C → Y`, `A ↔ B`);
 * without explicit edges it uses a directed edge where one exists, else `↔`.
 * `describeSet` prints "given {A, B}" / "without adjustment". `forbiddenReason` explains why a
 * forbidden node may not be adjusted for, naming the mediator or outcome it descends from, and says
 * so when the node is selected and therefore conditioned on regardless.
 * Complexity: linear in the output.
 */
import { compareIds, type IndexedGraph } from '../graph/indexed';
import type { AdjustmentProblem } from './adjustment-problem';
import type { StepEdge } from './adjustment-open-paths';

const ARROWS: Readonly<Record<StepEdge, string>> = { '->': '→', '<-': '←', '<->': '↔' };

/** Display names by node index (`displayNames(ig.graph)`). */
export type NodeNames = readonly string[];

const quoted = (names: NodeNames, v: number) => `"${names[v]}"`;

function inferredEdge(ig: IndexedGraph, a: number, b: number): StepEdge {
  if (ig.children[a].includes(b)) return '->';
  if (ig.parents[a].includes(b)) return '<-';
  return '<->';
}

export function describePath(ig: IndexedGraph, names: NodeNames, nodes: readonly number[], edges?: readonly StepEdge[]): string {
  let text = names[nodes[0]];
  for (let i = 1; i < nodes.length; i++) {
    const edge = edges ? edges[i - 1] : inferredEdge(ig, nodes[i - 1], nodes[i]);
    text += ` ${ARROWS[edge]} ${names[nodes[i]]}`;
  }
  return text;
}

export function describeSet(names: NodeNames, set: readonly number[]): string {
  if (set.length === 0) return 'without adjustment';
  return `given {${set.map((v) => names[v]).sort(compareIds).join(', ')}}`;
}

export function forbiddenReason(problem: AdjustmentProblem, names: NodeNames, v: number): string {
  const selected = problem.ig.roleMask.selected[v]
    ? ` It is selected (always conditioned on), so no adjustment set can leave it out.`
    : '';
  return forbiddenSentence(problem, names, v) + selected;
}

function forbiddenSentence(problem: AdjustmentProblem, names: NodeNames, v: number): string {
  const source = problem.forbiddenBecause[v];
  if (problem.effect === 'direct') {
    return `${quoted(names, v)} is a descendant of the outcome ${quoted(names, source)}; the single-door criterion for a direct effect forbids adjusting for it.`;
  }
  if (source === v) {
    return `${quoted(names, v)} is a mediator (it lies on a causal path from the exposure to the outcome); adjusting for it removes part of the effect.`;
  }
  const what = problem.inY[source] ? 'the outcome' : 'the mediator';
  return `${quoted(names, v)} is a descendant of ${what} ${quoted(names, source)}; adjusting for it biases the total effect.`;
}
