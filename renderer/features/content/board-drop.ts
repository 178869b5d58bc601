/**
 * Where a card lands on the board and what that changes. A slot is a column and a position among the
 * cards the user sees there (the dragged card left out). A drop changes one row: its status when the
 * column changes, and its fractional sort_order, placed right after the visible card above it (or right
 * before the first one), so hidden cards keep their places.
 */
import { between, hasRoom, renumber } from '../../../shared/logic/rank.ts';
import type { Change } from '../../../shared/model/change.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';
import type { BoardColumn } from './filter.ts';

export interface BoardSlot {
  statusId: string;
  /** 0 = above the first visible card; visible count (without the dragged card) = at the end */
  index: number;
}

export type BoardKey = 'up' | 'down' | 'left' | 'right' | 'home' | 'end';

// a drag asks for "the column without the dragged card" on every move: keep the last answer per list
const withoutCache = new WeakMap<readonly ContentItem[], { id: string; out: ContentItem[] }>();
function without(list: readonly ContentItem[], id: string): ContentItem[] {
  const hit = withoutCache.get(list);
  if (hit && hit.id === id) return hit.out;
  const out = list.filter((c) => c.id !== id);
  withoutCache.set(list, { id, out });
  return out;
}

function columnOf(columns: readonly BoardColumn[], statusId: string): BoardColumn | undefined {
  return columns.find((c) => c.status.id === statusId);
}

/** The slot a card is in now (null when it is not on the board, e.g. filtered out). */
export function slotOf(columns: readonly BoardColumn[], itemId: string): BoardSlot | null {
  for (const col of columns) {
    const i = col.visible.findIndex((c) => c.id === itemId);
    if (i >= 0) return { statusId: col.status.id, index: i };
  }
  return null;
}

/** Number of positions in a column for a dragged card (the cards there, the dragged one left out). */
export function slotCount(columns: readonly BoardColumn[], statusId: string, itemId: string): number {
  const col = columnOf(columns, statusId);
  return col ? without(col.visible, itemId).length : 0;
}

/** The slot when the pointer is over a card (before or after it) or over a column's empty space (its end). */
export function slotOver(columns: readonly BoardColumn[], itemId: string, over: { cardId: string; after: boolean } | { statusId: string }): BoardSlot | null {
  if ('statusId' in over) {
    const col = columnOf(columns, over.statusId);
    return col ? { statusId: over.statusId, index: without(col.visible, itemId).length } : null;
  }
  for (const col of columns) {
    const vis = without(col.visible, itemId);
    const i = vis.findIndex((c) => c.id === over.cardId);
    if (i >= 0) return { statusId: col.status.id, index: over.after ? i + 1 : i };
  }
  // over the dragged card itself: it stays where it is
  return slotOf(columns, itemId);
}

/** The slot one key press away (arrows: up/down within a column, left/right to the neighbouring column). */
export function moveSlot(columns: readonly BoardColumn[], itemId: string, slot: BoardSlot, key: BoardKey): BoardSlot {
  const ci = columns.findIndex((c) => c.status.id === slot.statusId);
  if (ci < 0) return slot;
  const count = (i: number) => without(columns[i]!.visible, itemId).length;
  switch (key) {
    case 'up':
      return { ...slot, index: Math.max(0, slot.index - 1) };
    case 'down':
      return { ...slot, index: Math.min(count(ci), slot.index + 1) };
    case 'home':
      return { ...slot, index: 0 };
    case 'end':
      return { ...slot, index: count(ci) };
    case 'left':
    case 'right': {
      const next = Math.max(0, Math.min(columns.length - 1, ci + (key === 'left' ? -1 : 1)));
      if (next === ci) return slot;
      return { statusId: columns[next]!.status.id, index: Math.min(slot.index, count(next)) };
    }
  }
}

/**
 * The changes that put a card into a slot: [] when it would stay where it is. When the gap between the
 * new neighbours is used up (after ~50 drops into the same place) the column is renumbered, still in
 * one call and so in one undo step.
 */
export function boardDrop(columns: readonly BoardColumn[], itemId: string, slot: BoardSlot): Change[] {
  const target = columnOf(columns, slot.statusId);
  const item = columns.flatMap((c) => c.all).find((c) => c.id === itemId);
  if (!target || !item) return [];
  const vis = without(target.visible, itemId);
  const all = without(target.all, itemId);
  const index = Math.max(0, Math.min(slot.index, vis.length));
  // the position among all the column's cards
  let at: number;
  if (index > 0) at = all.indexOf(vis[index - 1]!) + 1;
  else if (vis.length > 0) at = all.indexOf(vis[0]!);
  else at = all.length;

  const sameColumn = item.status_id === target.status.id && target.all.some((c) => c.id === itemId);
  if (sameColumn && target.all.findIndex((c) => c.id === itemId) === at) return [];

  const changes: Change[] = [];
  if (item.status_id !== target.status.id) changes.push({ entity: 'content_item', id: itemId, field: 'status_id', value: target.status.id });
  const prev = all[at - 1]?.sort_order ?? null;
  const next = all[at]?.sort_order ?? null;
  if (hasRoom(prev, next) && (prev === null || next === null || prev < next)) {
    changes.push({ entity: 'content_item', id: itemId, field: 'sort_order', value: between(prev, next) });
    return changes;
  }
  const order = [...all.slice(0, at), item, ...all.slice(at)];
  const fresh = renumber(order.length);
  order.forEach((c, i) => {
    if (c.id === itemId || c.sort_order !== fresh[i]) changes.push({ entity: 'content_item', id: c.id, field: 'sort_order', value: fresh[i] });
  });
  return changes;
}
