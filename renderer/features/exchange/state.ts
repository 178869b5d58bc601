import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** Whether File → Export… is open; `key` gives each opening a fresh dialog. */
export interface ExchangeState {
  open: { key: number } | null;
  openExport(): void;
  close(): void;
}

let key = 0;

export const exchangeStore = createStore<ExchangeState>()((set) => ({
  open: null,
  openExport: () => set({ open: { key: ++key } }),
  close: () => set({ open: null }),
}));

export const useExchange = <T,>(selector: (s: ExchangeState) => T): T => useStore(exchangeStore, selector);
