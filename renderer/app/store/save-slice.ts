import type { StateCreator } from 'zustand';
import type { PlanState } from './index.ts';

/** idle: nothing written this session; saving: a write is on its way; saved: all acknowledged; error: the last write was refused. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'error';

export interface SaveSlice {
  save: SaveStatus;
  /** writes sent and not yet answered */
  pending: number;
  beginSave(): void;
  endSave(ok: boolean): void;
}

export const createSaveSlice: StateCreator<PlanState, [], [], SaveSlice> = (set) => ({
  save: 'idle',
  pending: 0,
  beginSave() {
    set((s) => ({ pending: s.pending + 1, save: 'saving' }));
  },
  endSave(ok) {
    set((s) => {
      const pending = Math.max(0, s.pending - 1);
      if (!ok) return { pending, save: 'error' };
      return { pending, save: pending > 0 ? 'saving' : 'saved' };
    });
  },
});
