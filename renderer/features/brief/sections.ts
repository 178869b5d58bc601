/** The brief's sections as plain data: where a new one goes, and moving one up or down (one row changes). */
import { between, hasRoom, SORT_STEP } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';

/** The sort_order after the last row. */
export function nextOrder(rows: readonly { sort_order: number }[]): number {
  const last = rows.reduce<number | null>((m, r) => (m === null || r.sort_order > m ? r.sort_order : m), null);
  return between(last, null);
}

/**
 * Moves the section `id` one place up (-1) or down (+1) among `rows` (in display order): a new sort_order
 * between its new neighbours, or, when they have no room left, fresh numbers for the whole list.
 */
export function moveSectionChanges(rows: readonly { id: string; sort_order: number }[], id: string, step: -1 | 1): Change[] {
  const from = rows.findIndex((r) => r.id === id);
  const to = from + step;
  if (from < 0 || to < 0 || to >= rows.length) return [];
  const others = rows.filter((r) => r.id !== id);
  const a = others[to - 1]?.sort_order ?? null;
  const b = others[to]?.sort_order ?? null;
  if (hasRoom(a, b) && (a === null || b === null || a < b)) return [{ entity: 'brief_section', id, field: 'sort_order', value: between(a, b) }];
  const order = [...others.slice(0, to), rows[from]!, ...others.slice(to)];
  return order.flatMap((r, i) => (r.sort_order === (i + 1) * SORT_STEP ? [] : [{ entity: 'brief_section' as const, id: r.id, field: 'sort_order', value: (i + 1) * SORT_STEP }]));
}
