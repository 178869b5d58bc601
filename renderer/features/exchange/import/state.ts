/** Whether File → Import… is open: one small store the File menu and the desktop menu reach. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

interface ImportState {
  open: boolean;
  key: number;
  show(): void;
  close(): void;
}

export const importStore = createStore<ImportState>()((set) => ({
  open: false,
  key: 0,
  show: () => set((s) => ({ open: true, key: s.key + 1 })),
  close: () => set({ open: false }),
}));

export function useImportOpen(): { open: boolean; key: number } {
  const open = useStore(importStore, (s) => s.open);
  const key = useStore(importStore, (s) => s.key);
  return { open, key };
}
