/**
 * app/persistence/notices — visible, dismissible messages about saving, opening and sharing:
 * a corrupted storage entry set aside, a full quota, an import error with its line and column,
 * a deleted library entry with its "Undo delete" button.
 *
 * A notice with a `topic` replaces the earlier notice on the same topic (one "not saved" notice,
 * not one per keystroke).
 */
import { create } from 'zustand';

export type NoticeTone = 'error' | 'warning' | 'info';

export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notice {
  readonly id: number;
  readonly tone: NoticeTone;
  readonly text: string;
  readonly topic?: string;
  readonly action?: NoticeAction;
}

export interface NoticesState {
  readonly notices: readonly Notice[];
  push(notice: Omit<Notice, 'id'>): number;
  dismiss(id: number): void;
  /** Removes the notice on `topic`, if any (e.g. "not saved" once a save succeeds). */
  clearTopic(topic: string): void;
}

let nextId = 1;

export const useNotices = create<NoticesState>()((set, get) => ({
  notices: [],
  push: (notice) => {
    const id = nextId++;
    const rest = notice.topic ? get().notices.filter((n) => n.topic !== notice.topic) : get().notices;
    set({ notices: [...rest, { ...notice, id }] });
    return id;
  },
  dismiss: (id) => set({ notices: get().notices.filter((n) => n.id !== id) }),
  clearTopic: (topic) => {
    if (get().notices.some((n) => n.topic === topic)) set({ notices: get().notices.filter((n) => n.topic !== topic) });
  },
}));

export const notify = (notice: Omit<Notice, 'id'>): number => useNotices.getState().push(notice);
