/** app/examples/recommendation — the diagram Causeway opens with. */
import { type CausalGraph, nodeId } from '../../engine';

/** The default example: does a recommendation raise engagement, given that prior activity drives both? */
export const recommendationExample: CausalGraph = {
  type: 'dag',
  nodes: [
    { id: nodeId('prior_activity'), label: 'Prior activity', roles: [], pos: { x: 2, y: 0 } },
    { id: nodeId('recommendation'), label: 'Recommendation exposure', roles: ['exposure'], pos: { x: 0, y: 1.6 } },
    { id: nodeId('engagement'), label: 'Engagement', roles: ['outcome'], pos: { x: 4, y: 1.6 } },
  ],
  edges: [
    { from: nodeId('prior_activity'), to: nodeId('recommendation'), kind: '->' },
    { from: nodeId('prior_activity'), to: nodeId('engagement'), kind: '->' },
    { from: nodeId('recommendation'), to: nodeId('engagement'), kind: '->' },
  ],
};
