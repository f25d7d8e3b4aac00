/** app/persistence/dialogs — which of the save/share/review dialogs is open (never in undo history). */
import { create } from 'zustand';

export type DialogId = 'library' | 'report' | null;

export const useDialogs = create<{ open: DialogId; show(id: DialogId): void }>()((set) => ({
  open: null,
  show: (open) => set({ open }),
}));
