/**
 * app/canvas/keep-in-view — when the canvas changes size (the side column widens for the
 * simulator, the window is resized), a diagram that was wholly in view is fitted again if part of
 * it would now be cut off. A view the person zoomed or panned so that part of the diagram was
 * already outside is left as it is: only what they could see is kept.
 */
import { type RefObject, useEffect } from 'react';
import type { Rect, Viewport } from '@xyflow/react';

interface FlowView {
  getViewport(): Viewport;
  /** The bounds of every node, in flow coordinates; null when there is no node. */
  nodesBounds(): Rect | null;
  fit(): void;
}

/** Whether `bounds` (flow coordinates) lies inside a `width` × `height` pane under `viewport`. */
export function boundsInView(bounds: Rect, viewport: Viewport, width: number, height: number): boolean {
  const left = bounds.x * viewport.zoom + viewport.x;
  const top = bounds.y * viewport.zoom + viewport.y;
  const right = left + bounds.width * viewport.zoom;
  const bottom = top + bounds.height * viewport.zoom;
  // Half a pixel of slack: a fitted view touches its padding edge after rounding.
  return left >= -0.5 && top >= -0.5 && right <= width + 0.5 && bottom <= height + 0.5;
}

export function useKeepDiagramInView(container: RefObject<HTMLElement | null>, view: FlowView): void {
  useEffect(() => {
    const element = container.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let size: { width: number; height: number } | null = null;
    const observer = new ResizeObserver(([entry]) => {
      const next = { width: entry.contentRect.width, height: entry.contentRect.height };
      const before = size;
      size = next;
      if (!before || next.width === 0 || next.height === 0) return;
      if (before.width === next.width && before.height === next.height) return;
      const bounds = view.nodesBounds();
      if (!bounds) return;
      const viewport = view.getViewport();
      if (boundsInView(bounds, viewport, before.width, before.height) && !boundsInView(bounds, viewport, next.width, next.height)) {
        view.fit();
      }
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container, view]);
}
