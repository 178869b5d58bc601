/**
 * Fractional sort_order: a dragged row gets the midpoint of its new neighbours, so a reorder changes
 * one row. Doubles halve about fifty times before two neighbours touch; `hasRoom` tells when a list
 * should be renumbered (one change per row, done rarely).
 */

/** Gap used past an open end and when renumbering (the templates space their rows the same way). */
export const SORT_STEP = 1024;

/** The midpoint of a and b; a null end is open (one step beyond the other end; SORT_STEP for an empty list). */
export function between(a: number | null, b: number | null): number {
  if (a === null && b === null) return SORT_STEP;
  if (a === null) return b! - SORT_STEP;
  if (b === null) return a + SORT_STEP;
  return a + (b - a) / 2;
}

/** Whether a number strictly between a and b exists (open ends always have room). */
export function hasRoom(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return true;
  const mid = between(a, b);
  return mid > Math.min(a, b) && mid < Math.max(a, b);
}

/**
 * The sort_order for a row dropped at `index` among the other rows (their sort_orders ascending, the
 * moved row left out): the midpoint of its new neighbours.
 */
export function orderAt(others: readonly number[], index: number): number {
  const i = Math.max(0, Math.min(index, others.length));
  return between(others[i - 1] ?? null, others[i] ?? null);
}

/** Fresh evenly spaced sort_orders for a list that has run out of room. */
export function renumber(count: number): number[] {
  return Array.from({ length: count }, (_, i) => (i + 1) * SORT_STEP);
}
