import { describe, expect, it } from 'vitest';
import { boundsInView } from '../../../src/app/canvas/keep-in-view';

describe('boundsInView', () => {
  const bounds = { x: 0, y: 0, width: 400, height: 100 };
  it('maps flow bounds through the viewport and compares with the pane', () => {
    expect(boundsInView(bounds, { x: 10, y: 10, zoom: 1 }, 420, 120)).toBe(true);
    expect(boundsInView(bounds, { x: 10, y: 10, zoom: 1 }, 405, 120)).toBe(false);
    expect(boundsInView(bounds, { x: 10, y: 10, zoom: 2 }, 420, 120)).toBe(false);
    expect(boundsInView(bounds, { x: 10, y: 10, zoom: 0.5 }, 220, 70)).toBe(true);
    expect(boundsInView(bounds, { x: -5, y: 0, zoom: 1 }, 1000, 1000)).toBe(false);
  });
  it('forgives the half pixel a fitted view rounds to', () => {
    expect(boundsInView(bounds, { x: -0.4, y: 0, zoom: 1 }, 399.8, 100.3)).toBe(true);
  });
});
