/**
 * app/share/SharePanel — the Share button's result: the link in a read-only text box (always, so
 * it can be copied by hand when the clipboard is not permitted) and whether it was copied. Escape
 * or ✕ closes it and gives focus back to what opened it.
 */
import { useEffect, useRef } from 'react';
import { create } from 'zustand';
import { notify } from '../persistence/notices';
import { copyToClipboard, createShareLink } from './share';

interface SharePanelState {
  readonly url: string | null;
  readonly copied: boolean | null;
  show(url: string | null, copied?: boolean | null): void;
}

export const useSharePanel = create<SharePanelState>()((set) => ({
  url: null,
  copied: null,
  show: (url, copied = null) => set({ url, copied }),
}));

/** The Share button's action: link into the address, onto the clipboard if allowed, into the box. */
export async function shareCurrentDocument(): Promise<void> {
  const link = createShareLink();
  if (!link.ok) {
    notify({ tone: 'error', topic: 'share', text: link.message });
    return;
  }
  useSharePanel.getState().show(link.url, null);
  const copied = await copyToClipboard(link.url);
  if (useSharePanel.getState().url === link.url) useSharePanel.getState().show(link.url, copied);
}

export function SharePanel() {
  const { url, copied } = useSharePanel();
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  // Whatever had focus when the panel opened (the Share button) gets it back when it closes.
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (url) {
      const active = document.activeElement;
      if (active instanceof HTMLElement && active !== document.body && !panel.current?.contains(active)) returnTo.current = active;
      input.current?.focus();
      input.current?.select();
    }
  }, [url]);
  if (!url) return null;
  const close = () => {
    useSharePanel.getState().show(null);
    returnTo.current?.focus();
    returnTo.current = null;
  };
  return (
    <section
      ref={panel}
      className="share-panel"
      aria-label="Share"
      onKeyDown={(e) => {
        if (e.key !== 'Escape') return;
        e.preventDefault();
        e.stopPropagation();
        close();
      }}
    >
      <label className="share-label" htmlFor="share-link">
        Share link
      </label>
      <input id="share-link" ref={input} className="share-link" aria-label="Share link" readOnly value={url} onFocus={(e) => e.target.select()} />
      <span className="share-status" role="status">
        {copied === true ? 'Copied to the clipboard.' : copied === false ? 'Copy the link from the box (the clipboard is not available here).' : ''}
      </span>
      <p className="pane-hint">
        The whole graph is inside the link; nothing is uploaded. Whoever opens it sees a read-only copy of the graph as it is
        now — share again after further changes.
      </p>
      <button type="button" className="tool compact" aria-label="Close share link" onClick={close}>
        ✕
      </button>
    </section>
  );
}
