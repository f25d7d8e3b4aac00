/**
 * engine/adjust/labels-warnings — warnings where a role the user gave contradicts the graph.
 *
 * Contract: `roleWarnings(graph)` returns, sorted by node id, one entry per contradiction:
 *   - an adjusted node that is a mediator (adjusting removes part of the effect), a collider or an
 *     M-bias collider (adjusting opens a path), or another descendant of the exposure;
 *   - an adjusted node that is latent (it cannot be measured);
 *   - a node that is both exposure and outcome;
 *   - an exposure that is a descendant of an outcome (the arrow of time points the other way).
 * Each message names the node (by its display name) and, where there is one, the path from the label's reason. Empty when
 * nothing contradicts; also empty when the graph is not an acyclic DAG/ADMG (that is reported
 * elsewhere). Complexity: that of the labels, O(n (n + m)).
 * Reference: the label definitions in `labels.ts`; Pearl 2009 §3.3 (adjusting for descendants).
 */
import { descendantsMask } from '../graph/ancestry';
import { compareIds, indexGraph, maskMembers } from '../graph/indexed';
import { displayNames } from '../graph/names';
import type { CausalGraph, NodeId } from '../graph/types';
import { analysisReadiness } from '../graph/validate';
import { type LabelEntry, roleLabelsOf } from './labels';

export interface RoleWarning {
  readonly node: NodeId;
  readonly message: string;
}

function adjustedMessage(name: string, labels: readonly LabelEntry[]): string | null {
  const has = (label: LabelEntry['label']) => labels.find((e) => e.label === label);
  const mediator = has('mediator');
  if (mediator) return `${name} is adjusted but it is a mediator: adjusting for it removes part of the effect. ${mediator.reason}`;
  const collider = has('m-bias') ?? has('collider');
  if (collider) return `${name} is adjusted but it is a collider: adjusting for it opens a biasing path. ${collider.reason}`;
  const descendant = has('exposure-descendant');
  if (descendant) return `${name} is adjusted but it is a descendant of the exposure. ${descendant.reason}`;
  return null;
}

export function roleWarnings(graph: CausalGraph): RoleWarning[] {
  const ig = indexGraph(graph);
  if (!analysisReadiness(ig).ok) return [];
  const x = maskMembers(ig.roleMask.exposure);
  const y = maskMembers(ig.roleMask.outcome);
  const out: RoleWarning[] = [];
  const names = displayNames(graph);
  const both = x.filter((v) => ig.roleMask.outcome[v]);
  for (const v of both) out.push({ node: ig.ids[v], message: `${names[v]} is both an exposure and an outcome.` });
  for (const v of maskMembers(ig.roleMask.adjusted)) {
    if (ig.roleMask.latent[v]) out.push({ node: ig.ids[v], message: `${names[v]} is adjusted but latent: it cannot be measured.` });
  }
  if (x.length > 0 && y.length > 0 && both.length === 0) {
    const deY = descendantsMask(ig, y);
    for (const v of x) {
      if (deY[v]) out.push({ node: ig.ids[v], message: `${names[v]} is an exposure but a descendant of the outcome.` });
    }
    const labels = roleLabelsOf(ig, x, y);
    for (const v of maskMembers(ig.roleMask.adjusted)) {
      const message = adjustedMessage(names[v], labels.get(v) ?? []);
      if (message) out.push({ node: ig.ids[v], message });
    }
  }
  return out.sort((a, b) => compareIds(a.node, b.node));
}
