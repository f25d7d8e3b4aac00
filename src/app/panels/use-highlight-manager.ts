/**
 * app/panels/use-highlight-manager — decides which of the panels' highlights the canvas shows.
 * A preview (the item under the pointer or with focus) wins; otherwise the most recently pinned
 * standing highlight (an invalid set's open path, a d-separation witness, a hedge); otherwise none.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { HighlightSpec } from './highlight';

export function useHighlightManager(publish: (h: HighlightSpec | null) => void) {
  const previewed = useRef<HighlightSpec | null>(null);
  const pinned = useRef(new Map<string, { h: HighlightSpec; at: number }>());
  const clock = useRef(0);

  const show = useCallback(() => {
    let latest: { h: HighlightSpec; at: number } | null = null;
    for (const entry of pinned.current.values()) if (!latest || entry.at > latest.at) latest = entry;
    publish(previewed.current ?? latest?.h ?? null);
  }, [publish]);

  const preview = useCallback(
    (h: HighlightSpec | null) => {
      previewed.current = h;
      show();
    },
    [show],
  );

  const pin = useCallback(
    (source: string, h: HighlightSpec | null) => {
      if (h) pinned.current.set(source, { h, at: ++clock.current });
      else if (!pinned.current.delete(source)) return;
      show();
    },
    [show],
  );

  useEffect(() => () => publish(null), [publish]);

  return useMemo(() => ({ preview, pin }), [preview, pin]);
}
