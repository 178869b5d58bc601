import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { appliedMove, suggestReallocation, type PlatformReturn, type Reallocation } from '../../../shared/logic/budget-return.ts';
import { plannedVsActual, type SpendLike, type SplitLike } from '../../../shared/logic/budget-actual.ts';

const ret = (platformId: string, roi: number): PlatformReturn => ({ platformId, roi, spend: 0, revenue: null, results: null, resultMetric: null, costPerResult: null });
const apply = (splits: readonly SplitLike[], r: Reallocation) =>
  splits.map((s) => {
    const c = r.changes.find((ch) => ch.id === s.id);
    return c ? { ...s, share: c.value as number } : s;
  });

describe('the ROI suggestion and what is already spent (the reported case)', () => {
  // advertising is the whole budget of 100,000: Douyin 60,000 planned, all of it already spent
  const categories = [{ id: 'ads', share: 100, locked: false }];
  const splits: SplitLike[] = [
    { id: 'a-d', category_id: 'ads', platform_id: 'douyin', share: 60, locked: false },
    { id: 'a-w', category_id: 'ads', platform_id: 'wechat', share: 40, locked: false },
  ];
  const returns = [ret('douyin', -0.5), ret('wechat', 2)];
  const spent = (douyin: number): SpendLike[] => [{ date: '2026-01-10', amount: douyin, category_id: 'ads', platform_id: 'douyin' }];

  it('does not take a line below its spend: nothing to move when the weakest has spent its plan', () => {
    expect(suggestReallocation({ returns, categories, splits, total: 100_000, spend: spent(60_000) })).toEqual([]);
  });

  it('moves fewer points when only part of the line is unspent', () => {
    const [r] = suggestReallocation({ returns, categories, splits, total: 100_000, spend: spent(57_000) });
    expect(r).toMatchObject({ points: 3, fromShare: { before: 60, after: 57 }, toShare: { before: 40, after: 43 } });
  });

  it('takes from the next weakest when the weakest has no room', () => {
    const three: SplitLike[] = [
      { id: 'a-d', category_id: 'ads', platform_id: 'douyin', share: 60, locked: false },
      { id: 'a-x', category_id: 'ads', platform_id: 'xhs', share: 20, locked: false },
      { id: 'a-w', category_id: 'ads', platform_id: 'wechat', share: 20, locked: false },
    ];
    const [r] = suggestReallocation({ returns: [...returns, ret('xhs', 0.1)], categories, splits: three, total: 100_000, spend: spent(60_000) });
    expect(r).toMatchObject({ fromPlatformId: 'xhs', toPlatformId: 'wechat', points: 5 });
  });

  it('is not offered again once applied, and comes back after an undo', () => {
    const [r] = suggestReallocation({ returns, categories, splits, total: 100_000, spend: spent(100) });
    expect(r).toBeDefined();
    const after = apply(splits, r!);
    expect(suggestReallocation({ returns, categories, splits: after, total: 100_000, spend: spent(100), applied: [appliedMove(r!)] })).toEqual([]);
    expect(suggestReallocation({ returns, categories, splits, total: 100_000, spend: spent(100), applied: [appliedMove(r!)] })).toHaveLength(1);
  });
});

describe('the ROI suggestion, for random plans', () => {
  const platforms = ['p0', 'p1', 'p2', 'p3'];
  const planArb = fc.record({
    total: fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.double({ min: 0, max: 100_000, noNaN: true }).map((x) => Math.round(x * 100) / 100)),
    categoryWeights: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 3 }),
    splitWeights: fc.array(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    spendFactor: fc.array(fc.array(fc.double({ min: 0, max: 1.3, noNaN: true }), { minLength: 4, maxLength: 4 }), { minLength: 3, maxLength: 3 }),
    rois: fc.array(fc.double({ min: -1, max: 10, noNaN: true }), { minLength: 4, maxLength: 4 }),
    width: fc.integer({ min: 2, max: 4 }),
  });
  const toShares = (w: readonly number[]) => {
    const sum = w.reduce((a, b) => a + b, 0);
    return sum > 0 ? w.map((x) => (x * 100) / sum) : w.map(() => 100 / w.length);
  };

  it('never takes a line below its spend, and applying it leaves no suggestion for the same move', () => {
    fc.assert(
      fc.property(planArb, (p) => {
        const categories = toShares(p.categoryWeights).map((share, i) => ({ id: `c${i}`, share, locked: false }));
        const splits: SplitLike[] = categories.flatMap((c, i) =>
          toShares(p.splitWeights[i]!.slice(0, p.width)).map((share, k) => ({ id: `${c.id}-p${k}`, category_id: c.id, platform_id: platforms[k]!, share, locked: false })),
        );
        const bare = plannedVsActual({ total: p.total, categories, splits, spend: [] });
        const spend: SpendLike[] = bare.categories.flatMap((c, i) =>
          c.platforms.map((l, k) => ({ date: '2026-01-01', amount: Math.round(l.planned * p.spendFactor[i]![k]! * 100) / 100, category_id: c.categoryId, platform_id: l.platformId })),
        );
        const returns = platforms.map((id, k) => ret(id, p.rois[k]!));
        const input = { returns, categories, total: p.total, spend };
        const before = plannedVsActual({ ...input, splits });
        for (const r of suggestReallocation({ ...input, splits })) {
          const moved = apply(splits, r);
          const after = plannedVsActual({ ...input, splits: moved });
          after.categories.forEach((c, i) =>
            c.platforms.forEach((l, k) => {
              const was = before.categories[i]!.platforms[k]!;
              // a line may only be below its spend if it already was and the move did not lower it
              if (l.spent > l.planned + 0.005) expect(l.planned).toBeGreaterThanOrEqual(was.planned - 0.005);
            }),
          );
          const again = suggestReallocation({ ...input, splits: moved, applied: [appliedMove(r)] });
          expect(again.some((x) => x.categoryId === r.categoryId && x.fromPlatformId === r.fromPlatformId && x.toPlatformId === r.toPlatformId)).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});
