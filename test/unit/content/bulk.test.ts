import { describe, expect, it } from 'vitest';
import { bulkEdit } from '../../../renderer/features/content/bulk.ts';
import type { ContentItem } from '../../../shared/model/registry.ts';

const item = (id: string, over: Partial<ContentItem> = {}): ContentItem =>
  ({ id, title: id, status_id: 's-idea', owner_id: null, platform_id: null, publish_date: null, publish_time: null, ...over }) as ContentItem;
const plan = { start_date: '2026-01-01', end_date: '2026-12-31' };

describe('bulk edit of content items', () => {
  const a = item('a', { publish_date: '2026-12-05', status_id: 's-draft' });
  const b = item('b');
  const c = item('c', { publish_date: '2026-12-30', owner_id: 'p1' });

  it('sets status, owner and platform on every selected item, leaving values that are already right', () => {
    const r = bulkEdit([a, b, c], { status: 's-draft', owner: 'p1' }, plan);
    expect(r).toEqual({
      ok: true,
      changes: [
        { entity: 'content_item', id: 'b', field: 'status_id', value: 's-draft' },
        { entity: 'content_item', id: 'b', field: 'owner_id', value: 'p1' },
        { entity: 'content_item', id: 'c', field: 'status_id', value: 's-draft' },
        { entity: 'content_item', id: 'a', field: 'owner_id', value: 'p1' },
      ].sort((x, y) => x.id.localeCompare(y.id)),
    });
  });

  it('shifts dated items by whole days and leaves undated ones alone', () => {
    const r = bulkEdit([a, b], { shiftDays: -3 }, plan);
    expect(r).toEqual({ ok: true, changes: [{ entity: 'content_item', id: 'a', field: 'publish_date', value: '2026-12-02' }] });
  });

  it('refuses the whole edit when a shift would take an item outside the plan, naming it', () => {
    expect(bulkEdit([a, c], { shiftDays: 2, status: 's-idea' }, plan)).toEqual({ ok: false, outside: ['c'] });
  });
});
