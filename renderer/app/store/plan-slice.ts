import type { StateCreator } from 'zustand';
import type { PlanInfo, PlannerApi } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/errors.ts';
import type { Change } from '../../../shared/model/change.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { applyLocal, emptyEntities, foldLogged, normalise, rollback, type Entities } from './entities.ts';
import type { PlanState } from './index.ts';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export interface PlanSlice extends Entities {
  status: LoadStatus;
  loadError: ApiError | null;
  info: PlanInfo | null;
  /** Reads the whole plan from the backend. */
  load(): Promise<void>;
  /**
   * Shows the changes at once, then writes them; if the backend refuses them they are rolled back
   * and the error is shown. Resolves to whether they were written.
   */
  apply(changes: Change[], label?: string): Promise<boolean>;
  undo(): Promise<boolean>;
  redo(): Promise<boolean>;
}

export function createPlanSlice(api: PlannerApi): StateCreator<PlanState, [], [], PlanSlice> {
  return (set, get) => {
    const refreshInfo = async () => {
      const info = await api.planInfo();
      if (info.ok) set({ info: info.value });
    };

    const step = async (which: 'undo' | 'redo'): Promise<boolean> => {
      const s = get();
      if (s.info?.readOnly) {
        s.pushToast({ kind: 'error', error: s.info.readOnly });
        return false;
      }
      s.beginSave();
      const result = await api[which]();
      get().endSave(result.ok);
      if (!result.ok) {
        get().pushToast({ kind: 'error', error: result.error });
        return false;
      }
      // An undo may bring back deleted rows whole: read the plan again rather than patch it.
      await get().load();
      return true;
    };

    return {
      ...emptyEntities(),
      status: 'loading',
      loadError: null,
      info: null,

      async load() {
        const result = await api.snapshot();
        if (!result.ok) {
          set({ status: 'failed', loadError: result.error });
          return;
        }
        set({ ...normalise(result.value.rows), info: result.value.info, status: 'ready', loadError: null });
      },

      async apply(changes, label) {
        if (changes.length === 0) return true;
        const before = get();
        if (before.info?.readOnly) {
          before.pushToast({ kind: 'error', error: before.info.readOnly });
          return false;
        }
        const { entities, undo } = applyLocal(before, changes);
        set(entities);
        get().beginSave();
        const result = await api.applyChanges(changes, label === undefined ? undefined : { label });
        get().endSave(result.ok);
        if (!result.ok) {
          set(rollback(get(), undo));
          get().pushToast({ kind: 'error', error: result.error });
          if (result.error.code === 'READ_ONLY' || result.error.code === 'LOCKED') await refreshInfo();
          return false;
        }
        const { revision, canUndo, canRedo, changes: logged } = result.value;
        set((s) => {
          const next = foldLogged(s, logged);
          const settings = next.byId.settings[PLAN_ID];
          const info = s.info ? { ...s.info, revision, canUndo, canRedo, name: settings?.name ?? s.info.name } : s.info;
          return { ...next, info };
        });
        return true;
      },

      undo: () => step('undo'),
      redo: () => step('redo'),
    };
  };
}
