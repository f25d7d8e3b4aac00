/**
 * app/store/canvas-controls — viewport commands the canvas offers to actions and menus, so that
 * nothing outside `canvas/` needs React Flow. The canvas registers them when it mounts.
 */
import type { Position } from '../../engine';

export interface CanvasControls {
  fitView(): void;
  zoomIn(): void;
  zoomOut(): void;
  /** The centre of the visible area, in model units. */
  viewportCentre(): Position;
  /** Moves keyboard focus to a node's element (and scrolls it into view). */
  focusNode(id: string): void;
}

let registered: CanvasControls | null = null;

export function registerCanvasControls(controls: CanvasControls | null): void {
  registered = controls;
}

/** The registered controls, or harmless stand-ins when no canvas is mounted (tests, first render). */
export function canvasControls(): CanvasControls {
  return (
    registered ?? {
      fitView: () => {},
      zoomIn: () => {},
      zoomOut: () => {},
      viewportCentre: () => ({ x: 0, y: 0 }),
      focusNode: () => {},
    }
  );
}
