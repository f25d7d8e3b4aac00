/** app/actions/new-diagram — starts an empty diagram; undo brings the previous one back. */
import { openGraph } from './load-example';
import type { Action } from './types';

export const newDiagramAction: Action = {
  id: 'new-diagram',
  label: 'New empty diagram',
  group: 'Edit',
  shortcuts: [],
  undo: 'record',
  description: 'Starts an empty diagram (undo brings the old one back).',
  perform: () => openGraph({ type: 'dag', nodes: [], edges: [] }, 'Started an empty diagram. Press n or double-click to add a variable.'),
};
