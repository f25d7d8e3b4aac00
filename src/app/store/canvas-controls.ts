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
  /** A point in client (screen) coordinates, in model units. */
  screenToUnits(point: Position): Position;
  /** Moves keyboard focus to a node's element (and scrolls it into view). */
  focusNode(id: string): void;
  /** Moves keyboard focus to an edge's element (by `edgeKey`). */
  focusEdge(key: string): void;
  /** Moves keyboard focus to the canvas itself (when no variable or edge is left to take it). */
  focusCanvas(): void;
}

let registered: CanvasControls | null = null;

export function registerCanvasControls(controls: CanvasControls | null): void {
  registered = controls;
}

/** Stand-ins that do nothing, for when no canvas is mounted (tests, first render). */
export const INERT_CANVAS_CONTROLS: CanvasControls = {
  fitView: () => {},
  zoomIn: () => {},
  zoomOut: () => {},
  viewportCentre: () => ({ x: 0, y: 0 }),
  screenToUnits: () => ({ x: 0, y: 0 }),
  focusNode: () => {},
  focusEdge: () => {},
  focusCanvas: () => {},
};

/** The registered controls, or the inert stand-ins. */
export function canvasControls(): CanvasControls {
  return registered ?? INERT_CANVAS_CONTROLS;
}
