/** app/actions/view — zoom in, zoom out and fit; viewport only, never recorded in history. */
import { canvasControls } from '../store/canvas-controls';
import type { Action } from './types';

export const zoomInAction: Action = {
  id: 'zoom-in',
  label: 'Zoom in',
  group: 'View',
  shortcuts: [{ key: '+' }, { key: '=' }],
  undo: 'never',
  description: 'Zooms in. The mouse wheel zooms once the canvas is in use (clicked or focused), or at any time with Ctrl/⌘; dragging the empty canvas pans.',
  perform: () => canvasControls().zoomIn(),
};

export const zoomOutAction: Action = {
  id: 'zoom-out',
  label: 'Zoom out',
  group: 'View',
  shortcuts: [{ key: '-' }],
  undo: 'never',
  description: 'Zooms out, to see more of a large diagram.',
  perform: () => canvasControls().zoomOut(),
};

export const fitViewAction: Action = {
  id: 'fit-view',
  label: 'Fit to view',
  group: 'View',
  shortcuts: [{ key: 'f' }],
  undo: 'never',
  description: 'Zooms and pans so the whole diagram is visible.',
  perform: () => canvasControls().fitView(),
};
