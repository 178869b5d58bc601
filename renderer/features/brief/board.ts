/**
 * The SWOT and PEST boards as plain data: items grouped by quadrant in sort_order, and the changes a
 * move makes (its quadrant, and a sort_order between its new neighbours: one row, one undo step).
 */
import { between, hasRoom, SORT_STEP } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';

export type BoardEntity = 'swot_item' | 'pest_item';
export interface BoardItem {
  id: string;
  group: string;
  sort_order: number;
}

/** Item ids per group, each in sort_order (ties by id, so the order never flickers). */
export function groupItems(items: readonly BoardItem[], groups: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = Object.fromEntries(groups.map((g) => [g, []]));
  const sorted = [...items].sort((a, b) => a.sort_order - b.sort_order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const item of sorted) out[item.group]?.push(item.id);
  return out;
}

/**
 * The changes that put item `id` into `toGroup` at `toIndex` (counted among the group's other items).
 * Nothing when it is already there. When its neighbours' sort_orders have no room left between them,
 * the group is renumbered in the same list (still one undo step).
 */
export function moveChanges(entity: BoardEntity, field: 'quadrant' | 'factor', items: readonly BoardItem[], id: string, toGroup: string, toIndex: number): Change[] {
  const item = items.find((x) => x.id === id);
  if (!item) return [];
  const others = items
    .filter((x) => x.group === toGroup && x.id !== id)
    .sort((a, b) => a.sort_order - b.sort_order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const index = Math.max(0, Math.min(toIndex, others.length));
  const prev = others[index - 1] ?? null;
  const next = others[index] ?? null;
  const changes: Change[] = [];
  if (item.group !== toGroup) changes.push({ entity, id, field, value: toGroup });
  else {
    // already between these two neighbours: nothing to do
    const current = items.filter((x) => x.group === toGroup).sort((a, b) => a.sort_order - b.sort_order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    if (current.findIndex((x) => x.id === id) === index) return [];
  }
  const a = prev?.sort_order ?? null;
  const b = next?.sort_order ?? null;
  if (hasRoom(a, b) && (a === null || b === null || a < b)) {
    changes.push({ entity, id, field: 'sort_order', value: between(a, b) });
    return changes;
  }
  const order = [...others.slice(0, index).map((x) => x.id), id, ...others.slice(index).map((x) => x.id)];
  order.forEach((rowId, i) => {
    const value = (i + 1) * SORT_STEP;
    const row = rowId === id ? item : others.find((x) => x.id === rowId)!;
    if (rowId === id || row.sort_order !== value) changes.push({ entity, id: rowId, field: 'sort_order', value });
  });
  return changes;
}

/** Where a new item goes: after the last item of its group. */
export function appendOrder(items: readonly BoardItem[], group: string): number {
  const last = items.filter((x) => x.group === group).reduce<number | null>((m, x) => (m === null || x.sort_order > m ? x.sort_order : m), null);
  return between(last, null);
}
