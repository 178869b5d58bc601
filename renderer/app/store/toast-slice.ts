import type { StateCreator } from 'zustand';
import type { ApiError } from '../../../shared/errors.ts';
import type { PlanState } from './index.ts';

/** A message for the user: an API error (shown from its code in the current language) or an i18n key. */
export type Toast =
  | { id: number; kind: 'error'; error: ApiError }
  | { id: number; kind: 'info'; key: string; params?: Record<string, string | number> };

export type NewToast = { kind: 'error'; error: ApiError } | { kind: 'info'; key: string; params?: Record<string, string | number> };

export interface ToastSlice {
  toasts: Toast[];
  pushToast(toast: NewToast): number;
  dismissToast(id: number): void;
}

/** At most this many messages are kept; older ones make room. */
const MAX_TOASTS = 4;
let nextId = 1;

export const createToastSlice: StateCreator<PlanState, [], [], ToastSlice> = (set) => ({
  toasts: [],
  pushToast(toast) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id } as Toast].slice(-MAX_TOASTS) }));
    return id;
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
});
