/** The plan store: one zustand store made of slices (plan data, save indicator, messages, the file as a whole). */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { PlannerApi } from '../../../shared/api.ts';
import { createFileSlice, type FileSlice } from './file-slice.ts';
import { createPlanSlice, type PlanSlice } from './plan-slice.ts';
import { createSaveSlice, type SaveSlice } from './save-slice.ts';
import { createToastSlice, type ToastSlice } from './toast-slice.ts';

export type PlanState = PlanSlice & SaveSlice & ToastSlice & FileSlice;
export type PlanStore = StoreApi<PlanState>;

export function createPlanStore(api: PlannerApi): PlanStore {
  return createStore<PlanState>()((...a) => ({
    ...createPlanSlice(api)(...a),
    ...createSaveSlice(...a),
    ...createToastSlice(...a),
    ...createFileSlice(api)(...a),
  }));
}
