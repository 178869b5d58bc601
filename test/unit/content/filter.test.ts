import { describe, expect, it } from 'vitest';
import { boardColumns, filterItems, isFiltering, NO_FILTER, UNSET } from '../../../renderer/features/content/filter.ts';
import { item, status } from './helpers.ts';

const items = [
  item('a', { title: 'Double 11 live', platform_id: 'douyin', format: 'livestream', segment_id: 'young', owner_id: 'sun', tactics: ['incentive'], sort_order: 3 }),
  item('b', { title: 'Winter coat guide', theme: 'Year-end', platform_id: 'wechat', format: 'article', segment_id: 'business', owner_id: 'zhou', tactics: ['message_fit'], sort_order: 1 }),
  item('c', { title: '双 12 预热短片', platform_id: 'douyin', format: 'short_video', owner_id: null, tactics: ['incentive', 'social_proof'], kol_partner: 'Xiaolu', sort_order: 2 }),
];

describe('the content filter', () => {
  it('lets everything through when empty', () => {
    expect(isFiltering(NO_FILTER)).toBe(false);
    expect(filterItems(items, NO_FILTER)).toBe(items);
    expect(isFiltering({ ...NO_FILTER, text: '  ' })).toBe(false);
  });

  it('filters by platform, format, segment, owner and tactic', () => {
    const ids = (f: Partial<typeof NO_FILTER>) => filterItems(items, { ...NO_FILTER, ...f }).map((c) => c.id);
    expect(ids({ platform: 'douyin' })).toEqual(['a', 'c']);
    expect(ids({ format: 'article' })).toEqual(['b']);
    expect(ids({ segment: 'young' })).toEqual(['a']);
    expect(ids({ owner: 'zhou' })).toEqual(['b']);
    expect(ids({ owner: UNSET })).toEqual(['c']);
    expect(ids({ tactic: 'incentive' })).toEqual(['a', 'c']);
    expect(ids({ tactic: 'incentive', platform: 'douyin', format: 'livestream' })).toEqual(['a']);
  });

  it('finds every word of the text in title, theme, partner or notes, in any case', () => {
    const ids = (text: string) => filterItems(items, { ...NO_FILTER, text }).map((c) => c.id);
    expect(ids('double')).toEqual(['a']);
    expect(ids('year-end COAT')).toEqual(['b']);
    expect(ids('xiaolu')).toEqual(['c']);
    expect(ids('预热')).toEqual(['c']);
    expect(ids('double coat')).toEqual([]);
  });
});

describe('board columns', () => {
  const statuses = [status('s-idea', 'idea', 1), status('s-draft', 'draft', 2)];

  it('puts items in their column in sort_order, with the filtered subset beside all', () => {
    const cols = boardColumns(statuses, [...items, item('d', { status_id: 's-draft', platform_id: 'douyin', sort_order: 9 })], { ...NO_FILTER, platform: 'douyin' });
    expect(cols.map((c) => c.status.id)).toEqual(['s-idea', 's-draft']);
    expect(cols[0]!.all.map((c) => c.id)).toEqual(['b', 'c', 'a']);
    expect(cols[0]!.visible.map((c) => c.id)).toEqual(['c', 'a']);
    expect(cols[1]!.visible.map((c) => c.id)).toEqual(['d']);
  });

  it('shows an item whose column is gone in the first column', () => {
    const cols = boardColumns(statuses, [item('x', { status_id: 'gone' })], NO_FILTER);
    expect(cols[0]!.all.map((c) => c.id)).toEqual(['x']);
    expect(boardColumns([], items, NO_FILTER)).toEqual([]);
  });
});
