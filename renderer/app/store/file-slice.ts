import type { StateCreator } from 'zustand';
import type { ApiResult, FileStat, HistoryEntry, MergeDecision, MergePreview, MergeResult, PlanInfo, PlannerApi, Result } from '../../../shared/api.ts';
import type { PlanState } from './index.ts';

/**
 * What the plan file does as a whole (copies, Save As, merging, history, the author's name), through the
 * store: it calls the backend and brings itself up to date, so the views never reach the API themselves.
 */
export interface FileSlice {
  /** what is at a path (nothing, a file, a folder) */
  stat(path: string): Promise<Result<FileStat>>;
  exportCopy(path: string): Promise<Result<ApiResult<'exportCopy'>>>;
  /** carries on in the copy: the plan is read again from it */
  saveAs(path: string): Promise<Result<PlanInfo>>;
  /** opens another plan file in this window and reads it */
  openPlan(path: string): Promise<Result<PlanInfo>>;
  previewMerge(path: string): Promise<Result<MergePreview>>;
  /** merges a colleague's copy (one undo step) and reads the plan again */
  merge(path: string, decisions: MergeDecision[]): Promise<Result<MergeResult>>;
  history(limit: number): Promise<Result<HistoryEntry[]>>;
  /** reverts one history entry as a new, undoable edit, and reads the plan again */
  revert(txn: number): Promise<Result<ApiResult<'revert'>>>;
  setAuthor(name: string): Promise<Result<PlanInfo>>;
}

export function createFileSlice(api: PlannerApi): StateCreator<PlanState, [], [], FileSlice> {
  return (set, get) => {
    /** a write the backend made to the rows outside applyChanges: the store reads the plan again */
    const reloadAfter = async <T,>(r: Result<T>): Promise<Result<T>> => {
      if (r.ok) await get().load();
      return r;
    };
    return {
      stat: (path) => api.stat({ path }),
      exportCopy: (path) => api.exportCopy({ path }),
      saveAs: async (path) => reloadAfter(await api.saveAs({ path })),
      openPlan: async (path) => reloadAfter(await api.openPlan({ path })),
      previewMerge: (path) => api.previewMerge({ path }),
      merge: async (path, decisions) => reloadAfter(await api.merge({ path, decisions })),
      history: (limit) => api.history({ limit }),
      revert: async (txn) => reloadAfter(await api.revert({ txn })),
      async setAuthor(name) {
        const r = await api.setAuthor({ name });
        if (r.ok) set((s) => ({ info: s.info ? { ...s.info, author: r.value.author } : r.value }));
        return r;
      },
    };
  };
}
