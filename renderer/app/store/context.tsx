import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { PlanState, PlanStore } from './index.ts';

const StoreContext = createContext<PlanStore | null>(null);

export function PlanStoreProvider({ store, children }: { store: PlanStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function usePlanStoreApi(): PlanStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('usePlan outside PlanStoreProvider');
  return store;
}

/** Reads from the plan store; the selector must return stable values (see selectors.ts). */
export function usePlan<T>(selector: (state: PlanState) => T): T {
  return useStore(usePlanStoreApi(), selector);
}
