/**
 * app/store/units — how model-code coordinates map to screen pixels.
 *
 * Positions are stored in model units (what `pos="x,y"` says) and name the node's centre, as in
 * DAGitty. One unit is `UNIT_PX` pixels at zoom 1. Positions written by the editor are rounded to
 * the 3 decimals model code keeps, so an export followed by an import changes nothing.
 */
import type { Position } from '../../engine';
import { round3 } from './graph-edits';

export const UNIT_PX = 100;

export const toPixels = (p: Position): Position => ({ x: p.x * UNIT_PX, y: p.y * UNIT_PX });

export const toUnits = (p: Position): Position => ({ x: round3(p.x / UNIT_PX), y: round3(p.y / UNIT_PX) });
