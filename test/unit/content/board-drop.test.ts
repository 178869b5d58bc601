import { describe, expect, it } from 'vitest';
import { boardDrop, moveSlot, slotCount, slotOf, slotOver } from '../../../renderer/features/content/board-drop.ts';
import { boardColumns, NO_FILTER } from '../../../renderer/features/content/filter.ts';
import { item, status } from './helpers.ts';

const statuses = [status('idea', 'idea', 1), status('draft', 'draft', 2), status('review', 'review', 3)];
const items = [
  item('i1', { status_id: 'idea', sort_order: 1024 }),
  item('i2', { status_id: 'idea', sort_order: 2048 }),
  item('i3', { status_id: 'idea', sort_order: 3072, platform_id: 'wechat' }),
  item('d1', { status_id: 'draft', sort_order: 4096 }),
  item('d2', { status_id: 'draft', sort_order: 5120 }),
];
const cols = boardColumns(statuses, items, NO_FILTER);

describe('board drops', () => {
  it('moving to another column changes the status and one sort_order, of one row', () => {
    const changes = boardDrop(cols, 'd1', { statusId: 'review', index: 0 });
    expect(changes).toEqual([
      { entity: 'content_item', id: 'd1', field: 'status_id', value: 'review' },
      { entity: 'content_item', id: 'd1', field: 'sort_order', value: 1024 },
    ]);
    expect(new Set(changes.map((c) => c.id)).size).toBe(1);
  });

  it('reorders inside a column with the midpoint of the new neighbours', () => {
    expect(boardDrop(cols, 'i3', { statusId: 'idea', index: 0 })).toEqual([{ entity: 'content_item', id: 'i3', field: 'sort_order', value: 0 }]);
    expect(boardDrop(cols, 'i1', { statusId: 'idea', index: 1 })).toEqual([{ entity: 'content_item', id: 'i1', field: 'sort_order', value: 2560 }]);
    expect(boardDrop(cols, 'i1', { statusId: 'idea', index: 2 })).toEqual([{ entity: 'content_item', id: 'i1', field: 'sort_order', value: 4096 }]);
    expect(boardDrop(cols, 'i2', { statusId: 'draft', index: 1 })).toEqual([
      { entity: 'content_item', id: 'i2', field: 'status_id', value: 'draft' },
      { entity: 'content_item', id: 'i2', field: 'sort_order', value: 4608 },
    ]);
  });

  it('changes nothing when the card goes back where it was', () => {
    expect(boardDrop(cols, 'i2', { statusId: 'idea', index: 1 })).toEqual([]);
    expect(boardDrop(cols, 'i1', { statusId: 'idea', index: 0 })).toEqual([]);
    expect(boardDrop(cols, 'nope', { statusId: 'idea', index: 0 })).toEqual([]);
  });

  it('places among the visible cards without jumping over hidden ones', () => {
    // only wechat items visible in idea: i3. Drop d1 above i3 → right before i3, after the hidden i2
    const filtered = boardColumns(statuses, items, { ...NO_FILTER, platform: 'wechat' });
    expect(filtered[0]!.visible.map((c) => c.id)).toEqual(['i3']);
    expect(boardDrop(filtered, 'd1', { statusId: 'idea', index: 0 })).toContainEqual({ entity: 'content_item', id: 'd1', field: 'sort_order', value: 2560 });
    // into a column where nothing is visible: at its end
    expect(boardDrop(filtered, 'i3', { statusId: 'draft', index: 0 })).toContainEqual({ entity: 'content_item', id: 'i3', field: 'sort_order', value: 6144 });
  });

  it('renumbers the column in the same call when the gap is used up', () => {
    const tight = [item('a', { status_id: 'idea', sort_order: 1 }), item('b', { status_id: 'idea', sort_order: 1 }), item('c', { status_id: 'draft', sort_order: 5 })];
    const changes = boardDrop(boardColumns(statuses, tight, NO_FILTER), 'c', { statusId: 'idea', index: 1 });
    expect(changes).toEqual([
      { entity: 'content_item', id: 'c', field: 'status_id', value: 'idea' },
      { entity: 'content_item', id: 'a', field: 'sort_order', value: 1024 },
      { entity: 'content_item', id: 'c', field: 'sort_order', value: 2048 },
      { entity: 'content_item', id: 'b', field: 'sort_order', value: 3072 },
    ]);
  });
});

describe('slots', () => {
  it('finds a card, the slot over a card or a column, and counts positions', () => {
    expect(slotOf(cols, 'i2')).toEqual({ statusId: 'idea', index: 1 });
    expect(slotOf(cols, 'zzz')).toBeNull();
    expect(slotOver(cols, 'i1', { cardId: 'd2', after: true })).toEqual({ statusId: 'draft', index: 2 });
    expect(slotOver(cols, 'i1', { cardId: 'i3', after: false })).toEqual({ statusId: 'idea', index: 1 });
    expect(slotOver(cols, 'i1', { statusId: 'review' })).toEqual({ statusId: 'review', index: 0 });
    expect(slotOver(cols, 'i1', { cardId: 'i1', after: false })).toEqual({ statusId: 'idea', index: 0 });
    expect(slotCount(cols, 'idea', 'i1')).toBe(2);
    expect(slotCount(cols, 'draft', 'i1')).toBe(2);
  });

  it('moves with the keys and stays on the board', () => {
    const s = { statusId: 'idea', index: 1 };
    expect(moveSlot(cols, 'i2', s, 'up')).toEqual({ statusId: 'idea', index: 0 });
    expect(moveSlot(cols, 'i2', { statusId: 'idea', index: 0 }, 'up')).toEqual({ statusId: 'idea', index: 0 });
    expect(moveSlot(cols, 'i2', s, 'down')).toEqual({ statusId: 'idea', index: 2 });
    expect(moveSlot(cols, 'i2', { statusId: 'idea', index: 2 }, 'down')).toEqual({ statusId: 'idea', index: 2 });
    expect(moveSlot(cols, 'i2', { statusId: 'idea', index: 2 }, 'right')).toEqual({ statusId: 'draft', index: 2 });
    expect(moveSlot(cols, 'i2', { statusId: 'draft', index: 2 }, 'right')).toEqual({ statusId: 'review', index: 0 });
    expect(moveSlot(cols, 'i2', { statusId: 'review', index: 0 }, 'right')).toEqual({ statusId: 'review', index: 0 });
    expect(moveSlot(cols, 'i2', s, 'left')).toEqual(s);
    expect(moveSlot(cols, 'i2', s, 'end')).toEqual({ statusId: 'idea', index: 2 });
    expect(moveSlot(cols, 'i2', s, 'home')).toEqual({ statusId: 'idea', index: 0 });
  });
});
