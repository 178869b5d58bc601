/**
 * Whether the page is being printed: from the print dialog's beforeprint until afterprint, or while the
 * page is laid out for print media. A view renders its paper version only then, so a long paper (every
 * risk of a large plan) costs nothing while the user edits on screen.
 */
import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

let dialog = false;
const listeners = new Set<() => void>();
const media = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('print') : null;

// synchronous: the browser lays out the paper right after these events, so it must be in the page by then
function notify(): void {
  flushSync(() => {
    for (const l of listeners) l();
  });
}
function onBefore(): void {
  dialog = true;
  notify();
}
function onAfter(): void {
  dialog = false;
  notify();
}

function subscribe(onChange: () => void): () => void {
  if (listeners.size === 0) {
    window.addEventListener('beforeprint', onBefore);
    window.addEventListener('afterprint', onAfter);
    media?.addEventListener('change', notify);
  }
  listeners.add(onChange);
  return () => {
    listeners.delete(onChange);
    if (listeners.size > 0) return;
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
    media?.removeEventListener('change', notify);
  };
}

const printing = (): boolean => dialog || Boolean(media?.matches);

export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, printing, () => false);
}
