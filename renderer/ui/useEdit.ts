import { useCallback, useEffect } from 'react';
import type { Change } from '../../shared/model/change.ts';
import type { EntityName } from '../../shared/model/registry.ts';
import { usePlan } from '../app/store/context.tsx';

/** The one way a view edits the plan: `apply(changes, label)` sends one undo step through the store. */
export function useApply(): (changes: Change[], label?: string) => Promise<boolean> {
  return usePlan((s) => s.apply);
}

/** Sets one field of one row (one undo step). */
export function useSetField(): (entity: EntityName, id: string, field: string, value: unknown, label?: string) => Promise<boolean> {
  const apply = useApply();
  return useCallback((entity, id, field, value, label) => apply([{ entity, id, field, value }], label), [apply]);
}

/** Turns `{field: value}` into the changes that create or update one row. */
export function rowChanges(entity: EntityName, id: string, values: Record<string, unknown>): Change[] {
  return Object.entries(values).map(([field, value]) => ({ entity, id, field, value }));
}

/** Whether the open plan refuses edits (held by someone else, or from a newer version). */
export function useReadOnly(): boolean {
  return usePlan((s) => Boolean(s.info?.readOnly));
}

/** "Add" that opens an editor: the new row shows at once and is written with its first edit (PlanSlice.stage). */
export function useStageRow(): (changes: Change[], label?: string) => void {
  return usePlan((s) => s.stage);
}

/** While a row is open in an editor: when the editor closes, a new row nobody edited goes away again. */
export function useDropUntouched(entity: EntityName | null | undefined, id: string | null | undefined): void {
  const unstage = usePlan((s) => s.unstage);
  useEffect(() => {
    if (!entity || !id) return;
    return () => unstage(entity, id);
  }, [entity, id, unstage]);
}
