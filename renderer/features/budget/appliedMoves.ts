/**
 * The ROI moves applied in this window, so the Budget view does not offer the same move again on the
 * same figures (see `AppliedMove`). Kept outside the panel so leaving the view and coming back keeps
 * them; ids are unique across plans, so one list serves every plan opened in the window.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { AppliedMove } from '../../../shared/logic/budget-return.ts';

interface AppliedMovesState {
  moves: AppliedMove[];
  add(move: AppliedMove): void;
}

const store = createStore<AppliedMovesState>((set) => ({
  moves: [],
  add: (move) => set((s) => ({ moves: [...s.moves, move] })),
}));

export function useAppliedMoves<T>(pick: (s: AppliedMovesState) => T): T {
  return useStore(store, pick);
}
