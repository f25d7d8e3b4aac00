/** app/actions/auto-layout — "Arrange left to right" (Shift+L): dagre layout of the whole diagram, on request only. */
import { canvasControls } from '../store/canvas-controls';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { layoutAll } from '../layout/dagre';
import type { Action } from './types';

export const autoLayoutAction: Action = {
  id: 'auto-layout',
  label: 'Arrange left to right',
  group: 'View',
  shortcuts: [{ key: 'L', shift: true }],
  undo: 'record',
  description: 'Rearranges the whole diagram in layers, causes to the left of their effects. One undo step; nothing is rearranged unless you ask.',
  perform: () => {
    const doc = useDocumentStore.getState();
    doc.moveNodes(layoutAll(doc.graph));
    useUiStore.getState().announce('Arranged the diagram left to right.');
    requestAnimationFrame(() => canvasControls().fitView());
  },
};
