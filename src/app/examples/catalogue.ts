/**
 * app/examples/catalogue — the examples gallery: textbook diagrams, each with what it teaches.
 * Positions are model units (node centres), laid out left to right in causal order.
 */
import { type CausalGraph, type GraphLists, type Position, graphFromLists } from '../../engine';
import { recommendationExample } from './recommendation';

export interface Example {
  readonly id: string;
  readonly title: string;
  /** Two sentences: the situation, and what the diagram teaches. */
  readonly teaches: string;
  readonly graph: CausalGraph;
}

function drawn(lists: GraphLists, positions: Record<string, [number, number]>): CausalGraph {
  const graph = graphFromLists(lists);
  return {
    ...graph,
    nodes: graph.nodes.map((n) => {
      const p = positions[n.id];
      const pos: Position | undefined = p ? { x: p[0], y: p[1] } : undefined;
      return pos ? { ...n, pos } : n;
    }),
  };
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'recommendation',
    title: 'Recommendation and engagement',
    teaches:
      'Users who were already active are both more likely to be shown a recommendation and more likely to engage. Adjusting for prior activity closes the back-door path and identifies the effect of the recommendation.',
    graph: recommendationExample,
  },
  {
    id: 'confounding',
    title: 'Confounding triangle',
    teaches:
      'Z causes both the exposure X and the outcome Y, so the raw association of X and Y mixes the effect with a back-door path. Adjusting for Z blocks that path: the smallest textbook case of confounding.',
    graph: drawn(
      { nodes: ['Z', 'X', 'Y'], directed: [['Z', 'X'], ['Z', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } },
      { Z: [1.5, 0], X: [0, 1.5], Y: [3, 1.5] },
    ),
  },
  {
    id: 'mediator',
    title: 'Mediator over-control',
    teaches:
      'M lies on the causal path from X to Y, and it is marked adjusted here. Adjusting for a mediator removes part of the very effect you want, so the total effect is no longer identified by this set.',
    graph: drawn(
      { nodes: ['X', 'M', 'Y'], directed: [['X', 'M'], ['M', 'Y'], ['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'], adjusted: ['M'] } },
      { X: [0, 1.2], M: [1.75, 0], Y: [3.5, 1.2] },
    ),
  },
  {
    id: 'm-bias',
    title: 'M-bias',
    teaches:
      'M is a pre-treatment variable that is a collider between two unrelated causes A and B. The empty set already identifies the effect, and adjusting for M would open the path X ← A → M ← B → Y.',
    graph: drawn(
      {
        nodes: ['A', 'B', 'M', 'X', 'Y'],
        directed: [['A', 'X'], ['A', 'M'], ['B', 'M'], ['B', 'Y'], ['X', 'Y']],
        roles: { exposure: ['X'], outcome: ['Y'] },
      },
      { A: [0, 0], B: [3, 0], M: [1.5, 1], X: [0, 2], Y: [3, 2] },
    ),
  },
  {
    id: 'butterfly',
    title: 'Butterfly bias',
    teaches:
      'M is both a confounder (it causes X and Y) and a collider (A and B both cause it). Adjusting for M alone opens the path through A and B, so a valid set must add A or B as well.',
    graph: drawn(
      {
        nodes: ['A', 'B', 'M', 'X', 'Y'],
        directed: [['A', 'X'], ['A', 'M'], ['B', 'M'], ['B', 'Y'], ['M', 'X'], ['M', 'Y'], ['X', 'Y']],
        roles: { exposure: ['X'], outcome: ['Y'] },
      },
      { A: [0, 0], B: [3, 0], M: [1.5, 1], X: [0, 2], Y: [3, 2] },
    ),
  },
  {
    id: 'selection',
    title: 'Collider and selection bias',
    teaches:
      'S is a common effect of X and Y, and the data were selected on S (only people with S = 1 were studied). Conditioning on a collider by selection distorts the X–Y association, and no adjustment set can undo it.',
    graph: drawn(
      { nodes: ['X', 'Y', 'S'], directed: [['X', 'Y'], ['X', 'S'], ['Y', 'S']], roles: { exposure: ['X'], outcome: ['Y'], selected: ['S'] } },
      { X: [0, 0], Y: [3, 0], S: [1.5, 1.5] },
    ),
  },
  {
    id: 'front-door',
    title: 'Front-door',
    teaches:
      'A hidden common cause (the bidirected edge) links X and Y, so no adjustment set exists, but the effect passes entirely through M. The front-door formula identifies it from P(M | X) and P(Y | M, X).',
    graph: drawn(
      { nodes: ['X', 'M', 'Y'], directed: [['X', 'M'], ['M', 'Y']], bidirected: [['X', 'Y']], roles: { exposure: ['X'], outcome: ['Y'] } },
      { X: [0, 1], M: [1.75, 1], Y: [3.5, 1] },
    ),
  },
  {
    id: 'napkin',
    title: 'Napkin',
    teaches:
      'Hidden confounding links W1 with both X and Y, so neither adjustment nor the front-door criterion applies. The effect of X on Y is still identifiable, by a ratio formula that only complete identification (ID) finds.',
    graph: drawn(
      {
        nodes: ['W1', 'W2', 'X', 'Y'],
        directed: [['W1', 'W2'], ['W2', 'X'], ['X', 'Y']],
        bidirected: [['W1', 'X'], ['W1', 'Y']],
        roles: { exposure: ['X'], outcome: ['Y'] },
      },
      { W1: [0, 0], W2: [1.5, 1], X: [3, 1], Y: [4.5, 1] },
    ),
  },
  {
    id: 'instrument',
    title: 'Instrumental variable',
    teaches:
      'An unobserved U confounds X and Y, so no adjustment set identifies the effect nonparametrically. Z affects Y only through X and shares no cause with Y: it is an instrument, which identifies the effect in linear models.',
    graph: drawn(
      {
        nodes: ['Z', 'X', 'Y', 'U'],
        directed: [['Z', 'X'], ['X', 'Y'], ['U', 'X'], ['U', 'Y']],
        roles: { exposure: ['X'], outcome: ['Y'], latent: ['U'] },
      },
      { Z: [0, 1.5], X: [1.75, 1.5], Y: [3.5, 1.5], U: [2.625, 0] },
    ),
  },
];
