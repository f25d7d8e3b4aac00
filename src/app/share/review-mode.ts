/**
 * app/share/review-mode — whether the editor shows a shared graph read-only.
 *
 * While `readOnly` is on, the document store refuses every edit (`isReadOnly` is checked where
 * the graph is replaced), autosave writes nothing, and the model code pane is read-only. The
 * person's own autosaved work is untouched until they choose "Make an editable copy".
 */
import { create } from 'zustand';
import type { CausewayDocument } from '../../engine';

export interface ReviewModeState {
  readonly readOnly: boolean;
  /** The shared document being reviewed. */
  readonly shared: CausewayDocument | null;
  enter(doc: CausewayDocument): void;
  leave(): void;
}

export const useReviewMode = create<ReviewModeState>()((set) => ({
  readOnly: false,
  shared: null,
  enter: (shared) => set({ readOnly: true, shared }),
  leave: () => set({ readOnly: false, shared: null }),
}));

export const isReadOnly = (): boolean => useReviewMode.getState().readOnly;
