import { describe, expect, it } from 'vitest';
import { addCategoryChanges, commitments, drawReserveChanges, monthlyPhasing, removeCategoryChanges, reserveOf } from '../../../shared/logic/budget-plan.ts';

const cat = (id: string, key: string, share: number, locked = false) => ({ id, key, name: '', share, locked, sort_order: 1 });

describe('categories', () => {
  it('adds a category at 0 % after the others, or at 100 % when it is the first', () => {
    const changes = addCategoryChanges('kol', ' KOL ', 'other', [cat('ads', 'ads', 100)]);
    expect(changes).toEqual([
      { entity: 'budget_category', id: 'kol', field: 'key', value: 'other' },
      { entity: 'budget_category', id: 'kol', field: 'name', value: 'KOL' },
      { entity: 'budget_category', id: 'kol', field: 'share', value: 0 },
      { entity: 'budget_category', id: 'kol', field: 'sort_order', value: 2 },
    ]);
    expect(addCategoryChanges('a', 'A', 'reserve', []).find((c) => c.field === 'share')!.value).toBe(100);
  });

  it('removes a category in one step: share to the others, split deleted, spend moved', () => {
    const r = removeCategoryChanges({
      id: 'events',
      categories: [cat('ads', 'ads', 60), cat('content', 'content', 20), cat('events', 'other', 20)],
      splits: [{ id: 'sp1', category_id: 'events' }, { id: 'sp2', category_id: 'ads' }],
      spend: [{ id: 'e1', category_id: 'events' }, { id: 'e2', category_id: 'ads' }],
      moveTo: 'content',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const share = (id: string) => r.changes.find((c) => c.id === id && c.field === 'share')?.value as number;
    expect(share('ads')).toBeCloseTo(75, 9);
    expect(share('content')).toBeCloseTo(25, 9);
    expect(r.changes).toContainEqual({ entity: 'spend_entry', id: 'e1', field: 'category_id', value: 'content' });
    expect(r.changes).toContainEqual({ entity: 'platform_share', id: 'sp1', field: 'deleted', value: true });
    expect(r.changes.at(-1)).toEqual({ entity: 'budget_category', id: 'events', field: 'deleted', value: true });
    expect(r.changes.some((c) => c.id === 'e2' || c.id === 'sp2')).toBe(false);
  });

  it('refuses to remove when spend has nowhere to go or the share cannot move', () => {
    const categories = [cat('ads', 'ads', 60, true), cat('events', 'other', 40)];
    expect(removeCategoryChanges({ id: 'events', categories, splits: [], spend: [], moveTo: null })).toEqual({ ok: false, reason: 'locked_rest' });
    expect(removeCategoryChanges({ id: 'events', categories, splits: [], spend: [{ id: 'e', category_id: 'events' }], moveTo: 'events' })).toEqual({ ok: false, reason: 'no_target' });
  });
});

describe('the unallocated reserve', () => {
  it('is what no work is planned for: unplanned shares plus reserve categories, less what was drawn', () => {
    const categories = [cat('ads', 'ads', 60), cat('res', 'reserve', 30)];
    const r = reserveOf({ total: 100_000, categories, spend: [{ date: '2026-01-01', amount: 2_500, category_id: 'res', platform_id: null }] });
    expect(r).toEqual({ unplanned: 10_000, held: 30_000, drawn: 2_500, available: 37_500 });
  });

  it('gives reserve money to a category as share points, nothing else moves', () => {
    const categories = [cat('ads', 'ads', 60), cat('content', 'content', 20), cat('res', 'reserve', 20)];
    expect(drawReserveChanges({ total: 100_000, categories, to: 'content', amount: 5_000 })).toEqual([
      { entity: 'budget_category', id: 'res', field: 'share', value: 15 },
      { entity: 'budget_category', id: 'content', field: 'share', value: 25 },
    ]);
    // capped at what the reserve holds
    expect(drawReserveChanges({ total: 100_000, categories, to: 'ads', amount: 50_000 })!.at(-1)!.value).toBe(80);
    expect(drawReserveChanges({ total: 100_000, categories: categories.slice(0, 2), to: 'ads', amount: 5_000 })).toBeNull();
  });
});

describe('commitments', () => {
  it('lists KOL fees by publishing day and tools, with totals', () => {
    const c = commitments({
      content: [
        { id: 'c2', title: 'Live', kol_partner: 'Anna', kol_cost: 300_000, publish_date: '2026-03-02' },
        { id: 'c1', title: 'Teaser', kol_partner: '', kol_cost: 100_000, publish_date: '2026-02-01' },
        { id: 'c3', title: 'Free', kol_partner: '', kol_cost: 0, publish_date: null },
        { id: 'c4', title: 'Gone', kol_partner: '', kol_cost: 5, publish_date: null, deleted: true },
      ],
      tools: [{ id: 't1', name: 'Canva', cost: 42_000 }],
    });
    expect(c.lines.map((l) => [l.kind, l.id, l.label, l.amount])).toEqual([
      ['kol', 'c1', 'Teaser', 100_000],
      ['kol', 'c2', 'Live · Anna', 300_000],
      ['tool', 't1', 'Canva', 42_000],
    ]);
    expect([c.kol, c.tools, c.total]).toEqual([400_000, 42_000, 442_000]);
  });
});

describe('monthly phasing', () => {
  it('spreads the total over the campaign days by month, to the cent, with spend and KOL fees per month', () => {
    const months = monthlyPhasing({
      start: '2026-01-15',
      end: '2026-03-10',
      total: 1_000_001,
      spend: [
        { date: '2026-01-01', amount: 100, category_id: 'a', platform_id: null },
        { date: '2026-02-14', amount: 250, category_id: 'a', platform_id: null },
        { date: '2026-02-15', amount: 999, category_id: 'a', platform_id: null, deleted: true },
        { date: '2026-04-01', amount: 50, category_id: 'a', platform_id: null },
      ],
      kol: [{ date: '2026-02-20', amount: 7_000 }, { date: null, amount: 1 }],
    });
    expect(months.map((m) => [m.month, m.days])).toEqual([['2026-01', 17], ['2026-02', 28], ['2026-03', 10]]);
    expect(months.reduce((a, m) => a + m.planned, 0)).toBe(1_000_001);
    expect(months[0]!.planned).toBe(Math.round((1_000_001 * 17) / 55));
    expect(months.map((m) => m.actual)).toEqual([100, 250, 50]);
    expect(months.map((m) => m.committed)).toEqual([0, 7_000, 0]);
  });

  it('is empty for dates that cannot be read or run backwards', () => {
    expect(monthlyPhasing({ start: '2026-02-30', end: '2026-03-01', total: 1, spend: [] })).toEqual([]);
    expect(monthlyPhasing({ start: '2026-03-02', end: '2026-03-01', total: 1, spend: [] })).toEqual([]);
  });
});
