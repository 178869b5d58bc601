import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addsUp,
  largestRemainder,
  normaliseShares,
  rebalance,
  setExactShare,
  shareAmounts,
  shareChanges,
  shareOfAmount,
  shownPercents,
  type Share,
} from '../../../shared/logic/shares.ts';
import { burnSeries, plannedVsActual, type SplitLike, type SpendLike } from '../../../shared/logic/budget-actual.ts';
import { returnOnSpend, suggestReallocation } from '../../../shared/logic/budget-return.ts';
import { checkCurrency, ledgerRecords, matchName, parseAmountCell } from '../../../shared/logic/budget-csv.ts';
import { parseCsv, restoreFormula, writeCsv } from '../../../shared/logic/csv.ts';
import { shareEdit } from '../../fixtures/share-arbitraries.ts';

const s = (id: string, share: number, locked = false): Share => ({ id, share, locked });
const sum = (list: readonly { share: number }[]) => list.reduce((a, b) => a + b.share, 0);
const byId = (list: readonly Share[]) => Object.fromEntries(list.map((x) => [x.id, x.share]));
const seed = [s('ads', 40), s('content', 30), s('technology', 15), s('people', 15)];

describe('setExactShare', () => {
  it('sets the share and spreads the difference over the unlocked others', () => {
    const r = setExactShare(seed, 'ads', 50);
    expect(r.ok).toBe(true);
    if (r.ok) expect(byId(r.shares)).toEqual({ ads: 50, content: 25, technology: 12.5, people: 12.5 });
  });

  it('refuses more than the locked others leave, and says how much is possible', () => {
    const list = [s('ads', 40), s('content', 30, true), s('technology', 15), s('people', 15)];
    expect(setExactShare(list, 'ads', 80)).toEqual({ ok: false, reason: 'too_high', max: 70 });
    expect(setExactShare(list, 'ads', 70).ok).toBe(true);
  });

  it('refuses negative, non-numeric, locked and unabsorbable values', () => {
    expect(setExactShare(seed, 'ads', -1)).toMatchObject({ ok: false, reason: 'negative' });
    expect(setExactShare(seed, 'ads', Number.NaN)).toMatchObject({ ok: false, reason: 'not_a_number' });
    expect(setExactShare([s('a', 60, true), s('b', 40)], 'a', 50)).toMatchObject({ ok: false, reason: 'locked' });
    expect(setExactShare([s('a', 60), s('b', 40, true)], 'a', 50)).toMatchObject({ ok: false, reason: 'no_room', max: 60 });
    expect(setExactShare([s('a', 60), s('b', 40, true)], 'a', 60).ok).toBe(true);
  });

  it('keeps 100, keeps locked shares and never goes negative (2,000 random cases)', () => {
    fc.assert(
      fc.property(shareEdit(7, { min: -15, max: 115 }), ({ list, target, wanted }) => {
        const r = setExactShare(list, target.id, wanted);
        if (!r.ok) {
          expect(['negative', 'locked', 'too_high', 'no_room']).toContain(r.reason);
          return;
        }
        expect(Math.abs(sum(r.shares) - 100)).toBeLessThan(1e-9);
        expect(r.shares.every((x) => x.share >= 0)).toBe(true);
        for (const [i, before] of list.entries()) if (before.locked) expect(r.shares[i]!.share).toBe(before.share);
        expect(r.shares.find((x) => x.id === target.id)!.share).toBeCloseTo(wanted, 6);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('slider drags, as the view performs them', () => {
  it('a drag of many intermediate values ends where one rebalance from the start would', () => {
    // the view always rebalances from the saved shares, never from the previous drag position
    let live = seed;
    for (const v of [41, 45, 52, 60, 50]) live = rebalance(seed, 'ads', v);
    expect(byId(live)).toEqual(byId(rebalance(seed, 'ads', 50)));
    expect(shareChanges('budget_category', seed, live)).toHaveLength(4);
  });

  it('lists only the shares that moved', () => {
    const locked = [s('ads', 40), s('content', 30, true), s('technology', 15), s('people', 15)];
    const after = rebalance(locked, 'ads', 50);
    expect(shareChanges('budget_category', locked, after).map((c) => c.id)).toEqual(['ads', 'technology', 'people']);
    expect(shareChanges('budget_category', seed, seed)).toEqual([]);
  });
});

describe('shown values', () => {
  it('shows whole percentages that add up to 100', () => {
    expect(shownPercents([50, 25, 12.5, 12.5])).toEqual([50, 25, 13, 12]);
    expect(shownPercents([100 / 3, 100 / 3, 100 / 3])).toEqual([34, 33, 33]);
    expect(shownPercents([0, 0])).toEqual([0, 0]);
    const weights = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(weights, (w) => {
        expect(shownPercents(largestRemainder(w, 100, 6)).reduce((a, b) => a + b, 0)).toBe(100);
      }),
      { numRuns: 300 },
    );
  });

  it('splits amounts in whole units that add up to the total', () => {
    expect(shareAmounts(5_000_000, [40, 30, 15, 15])).toEqual([2_000_000, 1_500_000, 750_000, 750_000]);
    expect(shareAmounts(1_000_001, [50, 25, 12.5, 12.5]).reduce((a, b) => a + b, 0)).toBe(1_000_001);
    expect(shareAmounts(0, [50, 50])).toEqual([0, 0]);
    expect(shareAmounts(100, [])).toEqual([]);
    expect(shareAmounts(10_050, [50, 50])).toEqual([5025, 5025]);
  });

  it('splits equal shares of 100.00 into cents one apart at most that add up exactly', () => {
    const third = 100 / 3;
    expect(shareAmounts(10_000, [third, third, 100 - 2 * third])).toEqual([3334, 3333, 3333]);
    expect(shareAmounts(100, [third, third, 100 - 2 * third])).toEqual([34, 33, 33]);
  });

  it('turns an amount into a share of its base', () => {
    expect(shareOfAmount(750_000, 5_000_000)).toBe(15);
    expect(shareOfAmount(5, 0)).toBeNaN();
  });
});

describe('normaliseShares', () => {
  it('brings unlocked shares back to 100 around locked ones', () => {
    const out = normaliseShares([s('a', 50), s('b', 30, true), s('c', 50)]);
    expect(byId(out)).toEqual({ a: 35, b: 30, c: 35 });
    expect(addsUp(out)).toBe(true);
  });

  it('splits equally when the unlocked ones are all zero, and scales everything when all are locked', () => {
    expect(byId(normaliseShares([s('a', 0), s('b', 0), s('c', 20, true)]))).toEqual({ a: 40, b: 40, c: 20 });
    expect(byId(normaliseShares([s('a', 30, true), s('b', 30, true)]))).toEqual({ a: 50, b: 50 });
  });

  it('always gives 100 without negatives (random)', () => {
    const lists = fc.array(fc.record({ share: fc.double({ min: -10, max: 70, noNaN: true }), locked: fc.boolean() }), { minLength: 1, maxLength: 6 }).map((l) => l.map((x, i) => s(`s${i}`, x.share, x.locked)));
    fc.assert(
      fc.property(lists, (list) => {
        const out = normaliseShares(list);
        expect(Math.abs(sum(out) - 100)).toBeLessThan(1e-9);
        expect(out.every((x) => x.share >= 0)).toBe(true);
        const lockedSum = sum(list.filter((x) => x.locked && x.share > 0));
        const anyFree = list.some((x) => !x.locked);
        if (anyFree && lockedSum <= 100) for (const [i, b] of list.entries()) if (b.locked) expect(out[i]!.share).toBe(Math.max(0, b.share));
      }),
      { numRuns: 500 },
    );
  });
});

const categories = [s('ads', 40), s('content', 30), s('tech', 15), s('people', 15)];
const splits: SplitLike[] = [
  { id: 'a-d', category_id: 'ads', platform_id: 'douyin', share: 60, locked: false },
  { id: 'a-w', category_id: 'ads', platform_id: 'wechat', share: 40, locked: false },
  { id: 'c-d', category_id: 'content', platform_id: 'douyin', share: 100, locked: false },
];
const spend: SpendLike[] = [
  { date: '2026-01-10', amount: 100, category_id: 'ads', platform_id: 'douyin' },
  { date: '2026-02-10', amount: 500, category_id: 'ads', platform_id: 'wechat' },
  { date: '2026-02-11', amount: 50, category_id: 'content', platform_id: null },
  { date: '2026-03-01', amount: 30, category_id: 'tech', platform_id: 'douyin' },
  { date: '2026-03-02', amount: 999, category_id: 'ads', platform_id: 'douyin', deleted: true },
  { date: '2026-03-03', amount: 7, category_id: 'gone', platform_id: null },
];
/** the same ledger as the file stores it, in minor units, for the figures set against KPI actuals in units */
const ledgerMinor: SpendLike[] = spend.map((e) => ({ ...e, amount: e.amount * 100 }));

describe('plannedVsActual', () => {
  const report = plannedVsActual({ total: 1000, categories, splits, spend });

  it('plans each category and each platform from the shares', () => {
    expect(report.categories.map((c) => [c.categoryId, c.planned])).toEqual([['ads', 400], ['content', 300], ['tech', 150], ['people', 150]]);
    expect(report.categories[0]!.platforms.map((p) => [p.platformId, p.planned])).toEqual([['douyin', 240], ['wechat', 160]]);
    expect(report.platforms.find((p) => p.platformId === 'douyin')!.planned).toBe(540);
  });

  it('adds up the live spend per category and platform, remaining and percentage used', () => {
    const ads = report.categories[0]!;
    expect(ads).toMatchObject({ spent: 600, remaining: -200, over: true });
    expect(ads.used).toBeCloseTo(1.5, 9);
    expect(ads.platforms[1]).toMatchObject({ platformId: 'wechat', planned: 160, spent: 500, over: true });
    expect(ads.platforms[0]).toMatchObject({ platformId: 'douyin', spent: 100, over: false });
    const content = report.categories[1]!;
    expect(content).toMatchObject({ spent: 50, unsplit: 50, over: false });
    expect(report.platforms.find((p) => p.platformId === 'douyin')!.spent).toBe(130);
    expect(report.uncategorised).toBe(7);
    expect(report.total).toMatchObject({ planned: 1000, spent: 687 });
  });

  it('has no percentage used when nothing is planned', () => {
    const zero = plannedVsActual({ total: 0, categories, splits, spend });
    expect(zero.categories[0]!.used).toBeNull();
    expect(zero.categories[0]!.over).toBe(true);
  });
});

describe('burnSeries', () => {
  it('gives one cumulative point per month against an even plan', () => {
    const points = burnSeries({ start: '2026-01-01', end: '2026-04-30', budget: 1200, spend, today: '2026-02-15' });
    expect(points.map((p) => p.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(points[0]!.planned).toBeCloseTo((1200 * 31) / 120, 2);
    expect(points[3]!.planned).toBe(1200);
    expect(points.map((p) => p.actual)).toEqual([100, 650, 687, null]);
    expect(points.map((p) => p.over)).toEqual([false, true, false, false]);
  });

  it('leaves months after today and the last spend empty', () => {
    const points = burnSeries({ start: '2026-01-01', end: '2026-12-31', budget: 1200, spend: spend.slice(0, 2), today: '2026-01-20' });
    expect(points).toHaveLength(12);
    expect(points.slice(0, 3).map((p) => p.actual)).toEqual([100, 600, null]);
  });

  it('counts spend before the start in the first month and after the end in the last', () => {
    const points = burnSeries({
      start: '2026-03-15',
      end: '2026-04-10',
      budget: 100,
      spend: [
        { date: '2026-01-01', amount: 5, category_id: 'x', platform_id: null },
        { date: '2026-09-01', amount: 7, category_id: 'x', platform_id: null },
      ],
      today: '2026-12-01',
    });
    expect(points.map((p) => [p.month, p.end, p.actual])).toEqual([['2026-03', '2026-03-31', 5], ['2026-04', '2026-04-10', 12]]);
    expect(points[1]!.planned).toBe(100);
  });

  it('is empty for an impossible campaign', () => {
    expect(burnSeries({ start: '2026-05-01', end: '2026-04-01', budget: 1, spend: [], today: '2026-01-01' })).toEqual([]);
  });
});

const actuals = [
  { date: '2026-03-31', platform_id: 'douyin', metric: 'revenue', value: 1000 },
  { date: '2026-03-31', platform_id: 'douyin', metric: 'orders', value: 10 },
  { date: '2026-03-31', platform_id: 'douyin', metric: 'spend', value: 400 },
  { date: '2026-03-31', platform_id: 'wechat', metric: 'revenue', value: 10000 },
  { date: '2026-03-31', platform_id: 'wechat', metric: 'orders', value: 50 },
  { date: '2026-03-31', platform_id: 'weibo', metric: 'leads', value: 8 },
  { date: '2026-03-31', platform_id: 'bilibili', metric: 'reach', value: 8000 },
  { date: '2026-03-31', platform_id: null, metric: 'revenue', value: 99999 },
];

describe('returnOnSpend', () => {
  it('uses the ledger for spend and never adds the reported spend to it', () => {
    const out = returnOnSpend({ actuals, spend: ledgerMinor, source: 'ledger' });
    const d = out.find((r) => r.platformId === 'douyin')!;
    expect(d.spend).toBe(130);
    expect(d.roi).toBeCloseTo((1000 - 130) / 130, 9);
    expect(d.costPerResult).toBe(13);
    const w = out.find((r) => r.platformId === 'wechat')!;
    expect(w).toMatchObject({ spend: 500, revenue: 10000, results: 50, resultMetric: 'orders', costPerResult: 10 });
    expect(w.roi).toBeCloseTo(19, 9);
    expect(out.find((r) => r.platformId === 'weibo')).toMatchObject({ resultMetric: 'leads', results: 8, revenue: null, roi: null, costPerResult: null });
    expect(out.find((r) => r.platformId === 'bilibili')).toBeUndefined();
    expect(out.some((r) => r.platformId === null)).toBe(false);
  });

  it('can use the spend the platforms reported instead', () => {
    const d = returnOnSpend({ actuals, spend, source: 'reported' }).find((r) => r.platformId === 'douyin')!;
    expect(d.spend).toBe(400);
    expect(d.roi).toBeCloseTo(1.5, 9);
  });
});

describe('suggestReallocation', () => {
  const returns = returnOnSpend({ actuals, spend: ledgerMinor, source: 'ledger' });

  it('moves points from the weakest to the strongest platform of each split category', () => {
    const out = suggestReallocation({ total: 1000, spend, returns, categories, splits });
    expect(out).toHaveLength(1);
    const r = out[0]!;
    expect(r).toMatchObject({ categoryId: 'ads', fromPlatformId: 'douyin', toPlatformId: 'wechat', points: 5 });
    expect(r.fromShare).toEqual({ before: 60, after: 55 });
    expect(r.toShare).toEqual({ before: 40, after: 45 });
    const applied = splits.filter((x) => x.category_id === 'ads').map((x) => {
      const c = r.changes.find((ch) => ch.id === x.id);
      return c ? { ...x, share: c.value as number } : x;
    });
    expect(sum(applied)).toBe(100);
  });

  it('says nothing when the returns are close, when a share is locked, or when nothing is recorded', () => {
    const close = returns.map((x) => (x.platformId === 'wechat' ? { ...x, roi: 7.0 } : x));
    expect(suggestReallocation({ total: 1000, spend, returns: close, categories, splits })).toEqual([]);
    const locked = splits.map((x) => (x.id === 'a-w' ? { ...x, locked: true } : x));
    expect(suggestReallocation({ total: 1000, spend, returns, categories, splits: locked })).toEqual([]);
    expect(suggestReallocation({ total: 1000, spend, returns: [], categories, splits })).toEqual([]);
  });

  it('never takes more than the weakest has, and skips a weakest at zero', () => {
    const small = splits.map((x) => (x.id === 'a-d' ? { ...x, share: 2 } : x.id === 'a-w' ? { ...x, share: 98 } : x));
    expect(suggestReallocation({ total: 1000, spend: [], returns, categories, splits: small })[0]).toMatchObject({ points: 2, fromShare: { before: 2, after: 0 } });
    const none = splits.map((x) => (x.id === 'a-d' ? { ...x, share: 0 } : x.id === 'a-w' ? { ...x, share: 100 } : x));
    expect(suggestReallocation({ total: 1000, spend, returns, categories, splits: none })).toEqual([]);
  });
});

describe('ledger CSV', () => {
  const names: Record<string, string> = { ads: 'Advertising', content: 'Content production', douyin: 'Douyin', wechat: 'WeChat' };
  const headings = { date: 'Date', amount: 'Amount', currency: 'Currency', category: 'Category', platform: 'Platform', supplier: 'Supplier', note: 'Note' };

  it('writes the live entries oldest first, with names and the plan currency', () => {
    const entries = [
      { date: '2026-02-01', amount: 1000, category_id: 'ads', platform_id: 'douyin', supplier: '=cmd()', note: 'a, b' },
      { date: '2026-01-01', amount: 550, category_id: 'content', platform_id: null, supplier: 'X', note: '' },
      { date: '2026-01-02', amount: 100, category_id: 'content', platform_id: null, supplier: 'gone', note: '', deleted: true },
    ];
    const records = ledgerRecords(entries, { headings, currency: 'CNY', categoryName: (id) => names[id]!, platformName: (id) => names[id]! });
    expect(records).toEqual([
      ['Date', 'Amount', 'Currency', 'Category', 'Platform', 'Supplier', 'Note'],
      ['2026-01-01', 5.5, 'CNY', 'Content production', '', 'X', ''],
      ['2026-02-01', 10, 'CNY', 'Advertising', 'Douyin', '=cmd()', 'a, b'],
    ]);
    const text = writeCsv(records);
    expect(text).toContain("'=cmd()");
    const back = parseCsv(text).records.map((r) => r.cells.map(restoreFormula));
    expect(back[2]).toEqual(['2026-02-01', '10', 'CNY', 'Advertising', 'Douyin', '=cmd()', 'a, b']);
  });

  it('finds categories and platforms by any of their names', () => {
    const candidates = [
      { id: 'ads', names: ['Advertising', 'ads', '广告投放'] },
      { id: 'content', names: ['Content production', 'content'] },
    ];
    expect(matchName(' advertising ', candidates)).toEqual({ ok: true, value: 'ads' });
    expect(matchName('广告投放', candidates)).toEqual({ ok: true, value: 'ads' });
    expect(matchName('content_production', candidates)).toEqual({ ok: true, value: 'content' });
    expect(matchName('travel', candidates)).toMatchObject({ ok: false, code: 'unknown_name' });
    expect(matchName('', candidates)).toMatchObject({ ok: false, code: 'empty' });
    expect(matchName('', candidates, true)).toEqual({ ok: true, value: null });
    expect(matchName('x', [{ id: 'a', names: ['X'] }, { id: 'b', names: ['x'] }])).toMatchObject({ ok: false, code: 'ambiguous_name' });
  });

  it('refuses money in another currency', () => {
    expect(checkCurrency('', 'CNY')).toEqual({ ok: true, value: 'CNY' });
    expect(checkCurrency('cny', 'CNY')).toEqual({ ok: true, value: 'CNY' });
    expect(checkCurrency('RMB', 'CNY')).toEqual({ ok: true, value: 'CNY' });
    expect(checkCurrency('￥', 'CNY')).toEqual({ ok: true, value: 'CNY' });
    expect(checkCurrency('USD', 'CNY')).toEqual({ ok: false, code: 'currency_mismatch', params: { value: 'USD', plan: 'CNY' } });
    expect(checkCurrency('$', 'CNY')).toMatchObject({ ok: false, code: 'currency_mismatch' });
    expect(checkCurrency('dollars', 'CNY')).toMatchObject({ ok: false, code: 'not_a_currency' });
  });
});

describe('ledger CSV amounts', () => {
  it('reads spreadsheet spellings and typed ones into minor units', () => {
    const read = (raw: string) => {
      const r = parseAmountCell(raw);
      return r.ok ? r.value : r.code;
    };
    expect(read('1,234.56')).toBe(123_456);
    expect(read('1.234,56')).toBe(123_456);
    expect(read('¥1,500')).toBe(150_000);
    expect(read('1.5万')).toBe(1_500_000);
    expect(read('0.005')).toBe(1);
    expect(read('-3')).toBe('negative');
    expect(read('lots')).toBe('not_a_number');
  });
});
