import { describe, expect, it } from 'vitest';
import { dragAnnouncements } from '../../../renderer/features/content/drag-announce.ts';

const t = (key: string, params: Record<string, unknown>) => `${key} ${JSON.stringify(params)}`;
const active = { id: 'c1', data: { current: { item: { title: 'Teaser' } } } } as never;

describe('drag announcements (board and calendar)', () => {
  it('says where a card was picked up, each new place once, the drop and a cancel', () => {
    let where = 'Draft, position 1 of 3.';
    let pointer = true;
    const a = dragAnnouncements(t, { where: () => where, pointerDrag: () => pointer, result: () => 'Teaser dropped.' }, { current: '' });
    expect(a.onDragStart({ active })).toBe('views.content.dnd.pickedUpAt {"title":"Teaser","where":"Draft, position 1 of 3."}');
    expect(a.onDragMove!({ active, over: null } as never)).toBe('Draft, position 1 of 3.');
    expect(a.onDragMove!({ active, over: null } as never)).toBeUndefined();
    where = 'In review, position 2 of 4.';
    expect(a.onDragOver({ active, over: null } as never)).toBe('In review, position 2 of 4.');
    expect(a.onDragEnd({ active, over: null } as never)).toBe('Teaser dropped.');
    expect(a.onDragCancel({ active, over: null } as never)).toBe('views.content.dnd.cancelled {"title":"Teaser"}');
    // a keyboard drag says its moves itself
    pointer = false;
    where = 'Idea, position 1 of 1.';
    expect(a.onDragMove!({ active, over: null } as never)).toBeUndefined();
  });
});
