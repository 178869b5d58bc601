/** Hooks the views read the plan with. Each returns values that stay the same until their rows change. */
import { useMemo } from 'react';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import type { EntityName, Row, Settings } from '../../../shared/model/registry.ts';
import { usePlan } from './context.tsx';
import type { PlanState } from './index.ts';

/** The live rows of one kind, in sort_order. */
export function useRows<N extends EntityName>(entity: N): Row<N>[] {
  const table = usePlan((s) => s.byId[entity]);
  const ids = usePlan((s) => s.ids[entity]);
  return useMemo(() => ids.map((id) => table[id]).filter((r): r is Row<N> => r !== undefined), [table, ids]);
}

export function useRow<N extends EntityName>(entity: N, id: string | null | undefined): Row<N> | undefined {
  return usePlan((s) => (id ? s.byId[entity][id] : undefined));
}

export function useSettings(): Settings | undefined {
  return useRow('settings', PLAN_ID);
}

/** id → a display field (name by default) of every row of one kind, for showing references. */
export function useLabels<N extends EntityName>(entity: N, field: keyof Row<N> & string = 'name' as keyof Row<N> & string): Map<string, string> {
  const rows = useRows(entity);
  return useMemo(() => new Map(rows.map((r) => [r.id, String((r as Record<string, unknown>)[field] ?? '')])), [rows, field]);
}

export const selectInfo = (s: PlanState) => s.info;
export const selectPlanName = (s: PlanState) => s.byId.settings[PLAN_ID]?.name ?? s.info?.name ?? '';
// typing not yet saved (or on its way) is the newest step: Undo saves it and takes it back
export const selectCanUndo = (s: PlanState) => (Boolean(s.info?.canUndo) || s.drafts > 0 || s.pending > 0) && !s.info?.readOnly;
export const selectCanRedo = (s: PlanState) => Boolean(s.info?.canRedo) && !s.info?.readOnly;
export const selectSave = (s: PlanState) => s.save;
export const selectToasts = (s: PlanState) => s.toasts;
export const selectReadOnly = (s: PlanState) => s.info?.readOnly ?? null;
