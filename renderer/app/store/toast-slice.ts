import type { StateCreator } from 'zustand';
import type { StepInfo } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/errors.ts';
import type { PlanState } from './index.ts';

type Params = Record<string, string | number>;

/**
 * A message for the user: an API error (shown from its code in the current language) or an i18n key.
 * `undoRevision`: the message reports the edit that brought the plan to this revision (a delete), and
 * offers to undo it for as long as that edit is still the newest one.
 */
export type Toast =
  | { id: number; kind: 'error'; error: ApiError }
  | { id: number; kind: 'info'; key: string; params?: Params; undoRevision?: number };

export type NewToast = { kind: 'error'; error: ApiError } | { kind: 'info'; key: string; params?: Params; undoRevision?: number };

export interface ToastSlice {
  toasts: Toast[];
  /** The step the last undo or redo acted on, as the backend named it (null before any, or when it did not say). */
  lastStep: StepInfo | null;
  /**
   * Counts the times messages went stale (an undo or redo changed the plan under them): views holding a
   * message of their own drop it when this changes.
   */
  messageEpoch: number;
  pushToast(toast: NewToast): number;
  /** A message about the edit just written, with Undo on it. */
  pushUndoable(key: string, params?: Params): number;
  dismissToast(id: number): void;
  /** Drops every message shown: what they said is no longer true of the plan. */
  clearMessages(): void;
}

/** At most this many messages are kept; older ones make room (they stack in the free space under the navigation). */
const MAX_TOASTS = 3;
let nextId = 1;

export const createToastSlice: StateCreator<PlanState, [], [], ToastSlice> = (set, get) => ({
  toasts: [],
  lastStep: null,
  messageEpoch: 0,
  pushToast(toast) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts, { ...toast, id } as Toast].slice(-MAX_TOASTS) }));
    return id;
  },
  pushUndoable(key, params) {
    const revision = get().info?.revision;
    return get().pushToast(revision === undefined ? { kind: 'info', key, params } : { kind: 'info', key, params, undoRevision: revision });
  },
  dismissToast(id) {
    set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
  },
  clearMessages() {
    set((s) => ({ toasts: [], messageEpoch: s.messageEpoch + 1 }));
  },
});
