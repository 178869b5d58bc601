import { useEffect } from 'react';
import type { PlanStore } from '../store/index.ts';
import { onBeforeClose } from '../transport.ts';

/**
 * Saves what was typed when the page goes away: a reload, a closed tab, or (desktop) a closed window,
 * where the main process waits for the returned promise before it lets the window go.
 */
export function useFlushOnLeave(store: PlanStore): void {
  useEffect(() => {
    const flush = () => void store.getState().flushDrafts();
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', flush);
    const off = onBeforeClose(() => store.getState().flushDrafts());
    return () => {
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', flush);
      off();
    };
  }, [store]);
}
