import { describe, expect, it } from 'vitest';
import type { Change } from '../../../shared/model/change.ts';
import { appendOrder, groupItems, moveChanges, type BoardItem } from '../../../renderer/features/brief/board.ts';
import { moveSectionChanges, nextOrder } from '../../../renderer/features/brief/sections.ts';

const items: BoardItem[] = [
  { id: 's1', group: 'strength', sort_order: 1024 },
  { id: 's2', group: 'strength', sort_order: 2048 },
  { id: 's3', group: 'strength', sort_order: 3072 },
  { id: 'w1', group: 'weakness', sort_order: 5120 },
  { id: 'w2', group: 'weakness', sort_order: 6144 },
];
const GROUPS = ['strength', 'weakness', 'opportunity', 'threat'];

/** Applies the changes to the items and returns each group's ids in order. */
function after(list: BoardItem[], changes: Change[]) {
  const next = list.map((x) => ({ ...x }));
  for (const c of changes) {
    const row = next.find((x) => x.id === c.id)!;
    if (c.field === 'sort_order') row.sort_order = c.value as number;
    else row.group = c.value as string;
  }
  return groupItems(next, GROUPS);
}

describe('board groups', () => {
  it('lists every group, items in sort_order', () => {
    const shuffled = [items[2]!, items[0]!, items[4]!, items[1]!, items[3]!];
    expect(groupItems(shuffled, GROUPS)).toEqual({ strength: ['s1', 's2', 's3'], weakness: ['w1', 'w2'], opportunity: [], threat: [] });
  });
});

describe('moving an item', () => {
  it('to another quadrant changes its quadrant and one sort_order', () => {
    const changes = moveChanges('swot_item', 'quadrant', items, 's1', 'weakness', 1);
    expect(changes).toEqual([
      { entity: 'swot_item', id: 's1', field: 'quadrant', value: 'weakness' },
      { entity: 'swot_item', id: 's1', field: 'sort_order', value: 5632 },
    ]);
    expect(after(items, changes).weakness).toEqual(['w1', 's1', 'w2']);
  });

  it('to an empty quadrant or the ends of one', () => {
    expect(after(items, moveChanges('swot_item', 'quadrant', items, 's2', 'threat', 0)).threat).toEqual(['s2']);
    expect(after(items, moveChanges('swot_item', 'quadrant', items, 's2', 'weakness', 0)).weakness).toEqual(['s2', 'w1', 'w2']);
    expect(after(items, moveChanges('swot_item', 'quadrant', items, 's2', 'weakness', 99)).weakness).toEqual(['w1', 'w2', 's2']);
  });

  it('within its quadrant changes only its sort_order', () => {
    const changes = moveChanges('pest_item', 'factor', items, 's1', 'strength', 2);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.field).toBe('sort_order');
    expect(after(items, changes).strength).toEqual(['s2', 's3', 's1']);
    expect(after(items, moveChanges('pest_item', 'factor', items, 's3', 'strength', 0)).strength).toEqual(['s3', 's1', 's2']);
  });

  it('to where it already is changes nothing', () => {
    expect(moveChanges('swot_item', 'quadrant', items, 's2', 'strength', 1)).toEqual([]);
    expect(moveChanges('swot_item', 'quadrant', items, 'nope', 'strength', 1)).toEqual([]);
  });

  it('renumbers the quadrant when its neighbours have no room left between them', () => {
    const tight: BoardItem[] = [
      { id: 'a', group: 'threat', sort_order: 1 },
      { id: 'b', group: 'threat', sort_order: 1 + Number.EPSILON },
      { id: 'c', group: 'threat', sort_order: 9 },
    ];
    const changes = moveChanges('swot_item', 'quadrant', tight, 'c', 'threat', 1);
    expect(changes.length).toBeGreaterThan(1);
    expect(after(tight, changes).threat).toEqual(['a', 'c', 'b']);
  });

  it('appends new items after the last of their quadrant', () => {
    expect(appendOrder(items, 'weakness')).toBe(6144 + 1024);
    expect(appendOrder(items, 'threat')).toBe(1024);
  });
});

describe('moving a brief section', () => {
  const sections = [
    { id: 'a', sort_order: 1024 },
    { id: 'b', sort_order: 2048 },
    { id: 'c', sort_order: 3072 },
  ];
  const order = (changes: Change[]) =>
    sections
      .map((s) => ({ ...s, sort_order: (changes.find((c) => c.id === s.id)?.value as number | undefined) ?? s.sort_order }))
      .sort((x, y) => x.sort_order - y.sort_order)
      .map((s) => s.id);

  it('up or down changes one row', () => {
    expect(moveSectionChanges(sections, 'c', -1)).toHaveLength(1);
    expect(order(moveSectionChanges(sections, 'c', -1))).toEqual(['a', 'c', 'b']);
    expect(order(moveSectionChanges(sections, 'a', 1))).toEqual(['b', 'a', 'c']);
    expect(order(moveSectionChanges(sections, 'b', -1))).toEqual(['b', 'a', 'c']);
  });

  it('not past the ends', () => {
    expect(moveSectionChanges(sections, 'a', -1)).toEqual([]);
    expect(moveSectionChanges(sections, 'c', 1)).toEqual([]);
    expect(nextOrder(sections)).toBe(4096);
  });
});
