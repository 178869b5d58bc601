import type { StateCreator } from 'zustand';
import type { ApplyResult, PlanInfo, PlannerApi } from '../../../shared/api.ts';
import type { ApiError } from '../../../shared/errors.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { EntityName } from '../../../shared/model/registry.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import { applyLocal, emptyEntities, foldLogged, normalise, rollback, type Entities, type Undo } from './entities.ts';
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
  /**
   * Shows a new row (made by "Add") without writing it: the row reaches the file with the first edit
   * made to it, in that edit's undo step, under `label`. Until then it is only on screen.
   */
  stage(changes: Change[], label?: string): void;
  /** Takes a staged row off the screen if nothing was written to it (its editor closed untouched). */
  unstage(entity: EntityName, id: string): void;
}

export function createPlanSlice(api: PlannerApi): StateCreator<PlanState, [], [], PlanSlice> {
  return (set, get) => {
    /** staged rows by `entity/id`: the changes that create them, what showing them replaced, the step's label */
    const staged = new Map<string, { changes: Change[]; undo: Undo[]; label?: string }>();
    const rowKey = (entity: string, id: string) => `${entity}/${id}`;
    /** The creation of every staged row the changes touch, taken out of staging. */
    const takeStaged = (changes: Change[]) => {
      const taken: { key: string; entry: { changes: Change[]; undo: Undo[]; label?: string } }[] = [];
      for (const c of changes) {
        const key = rowKey(c.entity, c.id);
        const entry = staged.get(key);
        if (!entry) continue;
        staged.delete(key);
        taken.push({ key, entry });
      }
      return taken;
    };

    const refreshInfo = async () => {
      const info = await api.planInfo();
      if (info.ok) set({ info: info.value });
    };

    /** Folds what the backend wrote into the rows (the same for edits, undo, redo, revert and merges). */
    const take = ({ revision, canUndo, canRedo, changes: logged, restored }: ApplyResult) => {
      set((s) => {
        const next = foldLogged(s, logged, restored);
        const settings = next.byId.settings[PLAN_ID];
        const info = s.info ? { ...s.info, revision, canUndo, canRedo, name: settings?.name ?? s.info.name } : s.info;
        return { ...next, info };
      });
    };

    /** Takes every staged row off the screen, as reading the plan again would. */
    const dropStaged = () => {
      if (!staged.size) return;
      const entries = new Set(staged.values());
      staged.clear();
      let entities: Entities = get();
      for (const entry of [...entries].reverse()) entities = rollback(entities, entry.undo);
      set(entities);
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
      set({ lastStep: result.value.step ?? null });
      // the inverse changes are patched in (rows they undelete come whole): reading the whole plan
      // again took about a second on a large plan
      dropStaged();
      take(result.value);
      return true;
    };

    return {
      ...emptyEntities(),
      status: 'loading',
      loadError: null,
      info: null,

      async load() {
        // a reload shows the file: rows only on screen are gone with it
        staged.clear();
        // marks for the startup bench (test/bench/startup.ts): where the time to the first view goes
        performance.mark('cplan:load-start');
        const result = await api.snapshot();
        if (!result.ok) {
          set({ status: 'failed', loadError: result.error });
          return;
        }
        const entities = normalise(result.value.rows);
        performance.mark('cplan:store-ready');
        set({ ...entities, info: result.value.info, status: 'ready', loadError: null });
      },

      async apply(changes, label) {
        if (changes.length === 0) return true;
        const before = get();
        if (before.info?.readOnly) {
          before.pushToast({ kind: 'error', error: before.info.readOnly });
          return false;
        }
        const { entities, undo } = applyLocal(before, changes);
        const creations = takeStaged(changes);
        const sent = [...creations.flatMap((x) => x.entry.changes), ...changes];
        const stepLabel = creations[0]?.entry.label ?? label;
        set(entities);
        get().beginSave();
        const result = await api.applyChanges(sent, stepLabel === undefined ? undefined : { label: stepLabel });
        get().endSave(result.ok);
        if (!result.ok) {
          set(rollback(get(), undo));
          for (const { key, entry } of creations) staged.set(key, entry);
          get().pushToast({ kind: 'error', error: result.error });
          if (result.error.code === 'READ_ONLY' || result.error.code === 'LOCKED') await refreshInfo();
          return false;
        }
        take(result.value);
        return true;
      },

      undo: () => step('undo'),
      redo: () => step('redo'),

      stage(changes, label) {
        const { entities, undo } = applyLocal(get(), changes);
        for (const c of changes) staged.set(rowKey(c.entity, c.id), { changes, undo, label });
        set(entities);
      },

      unstage(entity, id) {
        // a field of the row may still hold typing: saving it writes the row, which is then kept
        void get().flushDrafts();
        const entry = staged.get(rowKey(entity, id));
        if (!entry) return;
        for (const c of entry.changes) staged.delete(rowKey(c.entity, c.id));
        set(rollback(get(), entry.undo));
      },
    };
  };
}
