/**
 * What sharing shows right now: which dialog is open, whether the history panel is, and the notes about
 * a locked plan. One small store for the page (the header, the banner and the dialogs all reach it).
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** A file action: in the desktop app the path comes from the native dialog; in the preview the user types it. */
export type FileAction = 'exportCopy' | 'saveAs' | 'merge';

export type SharingDialog = { kind: FileAction; path?: string; key: number } | { kind: 'author'; first: boolean; key: number } | null;

export interface SharingState {
  dialog: SharingDialog;
  historyOpen: boolean;
  /** the user chose "Merge later" for the lock on this plan path */
  lockLater: string | null;
  /** a copy opened because the original was locked: its file name and who holds the original */
  copyNote: { file: string; user: string } | null;
  /** renumber the incoming rows whose code this copy already uses, after the merge (the review's checkbox) */
  renumber: boolean;
  setRenumber(renumber: boolean): void;
  openFileAction(kind: FileAction, path?: string): void;
  askAuthor(first: boolean): void;
  closeDialog(): void;
  setHistoryOpen(open: boolean): void;
  setLockLater(path: string | null): void;
  setCopyNote(note: { file: string; user: string } | null): void;
}

let key = 0;

export const sharingStore = createStore<SharingState>()((set) => ({
  dialog: null,
  historyOpen: false,
  lockLater: null,
  copyNote: null,
  renumber: true,
  setRenumber: (renumber) => set({ renumber }),
  openFileAction: (kind, path) => set({ renumber: true, dialog: path === undefined ? { kind, key: ++key } : { kind, path, key: ++key } }),
  askAuthor: (first) => set({ dialog: { kind: 'author', first, key: ++key } }),
  closeDialog: () => set({ dialog: null }),
  setHistoryOpen: (historyOpen) => set({ historyOpen }),
  setLockLater: (lockLater) => set({ lockLater }),
  setCopyNote: (copyNote) => set({ copyNote }),
}));

export function useSharing<T>(selector: (s: SharingState) => T): T {
  return useStore(sharingStore, selector);
}
