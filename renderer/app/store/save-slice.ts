import type { StateCreator } from 'zustand';
import type { PlanState } from './index.ts';

/**
 * idle: nothing written this session; unsaved: something typed is not committed yet, or a write is on its
 * way; saved: all acknowledged; error: the last write was refused.
 */
export type SaveStatus = 'idle' | 'unsaved' | 'saved' | 'error';

/** Commits one field's draft now (see renderer/ui/useAutosave.ts). */
export type FlushDraft = () => void;

export interface SaveSlice {
  save: SaveStatus;
  /** writes sent and not yet answered */
  pending: number;
  /** fields typed in and not yet committed */
  drafts: number;
  beginSave(): void;
  endSave(ok: boolean): void;
  /** A field has typing that is not committed; `flush` commits it. Registering again replaces `flush`. */
  holdDraft(key: symbol, flush: FlushDraft): void;
  /** The field's draft was committed or thrown away. */
  releaseDraft(key: symbol): void;
  /** Commits every held draft now; resolves once every write has been answered. */
  flushDrafts(): Promise<void>;
}

export const createSaveSlice: StateCreator<PlanState, [], [], SaveSlice> = (set, get, store) => {
  // the flush functions are not state: nothing renders them, only the count
  const held = new Map<symbol, FlushDraft>();
  let failed = false;
  let wrote = false;
  const status = (pending: number, drafts: number): SaveStatus => {
    if (pending > 0 || drafts > 0) return 'unsaved';
    if (failed) return 'error';
    return wrote ? 'saved' : 'idle';
  };
  const settled = () => new Promise<void>((resolve) => {
    const done = () => get().pending === 0 && get().drafts === 0;
    if (done()) return resolve();
    const stop = store.subscribe(() => {
      if (!done()) return;
      stop();
      resolve();
    });
  });

  return {
    save: 'idle',
    pending: 0,
    drafts: 0,
    beginSave() {
      set((s) => ({ pending: s.pending + 1, save: 'unsaved' }));
    },
    endSave(ok) {
      failed = !ok;
      wrote = true;
      set((s) => {
        const pending = Math.max(0, s.pending - 1);
        return { pending, save: status(pending, s.drafts) };
      });
    },
    holdDraft(key, flush) {
      const fresh = !held.has(key);
      held.set(key, flush);
      if (fresh) set((s) => ({ drafts: held.size, save: status(s.pending, held.size) }));
    },
    releaseDraft(key) {
      if (!held.delete(key)) return;
      set((s) => ({ drafts: held.size, save: status(s.pending, held.size) }));
    },
    flushDrafts() {
      for (const flush of [...held.values()]) flush();
      return settled();
    },
  };
};
