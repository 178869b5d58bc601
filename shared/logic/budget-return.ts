/**
 * Return on spend per platform, and the suggestion to move share from the weakest platform to the
 * strongest. Pure: every function takes rows and gives numbers. Ledger money is in whole minor units
 * (budget-money.ts); KPI actuals are in units of the currency.
 */
import type { Change } from '../model/change.ts';
import { rates, type ActualLike } from './objectives.ts';
import { MINOR_PER_UNIT } from './budget-money.ts';
import { shareAmounts } from './shares.ts';
import { plannedAmounts, type CategoryLike, type SpendLike, type SplitLike } from './budget-actual.ts';

const EPS = 1e-9;
/** Money closer than half a minor unit counts as equal. */
const CENT = 0.5;
/** Sums of whole minor units are whole; rounding keeps a stray fraction from a damaged row from spreading. */
const whole = (n: number) => Math.round(n);

export type SpendSource = 'ledger' | 'reported';

export interface PlatformReturn {
  platformId: string;
  /** in units of the currency, like the KPI actuals it is set against (not minor units) */
  spend: number;
  /** revenue (or GMV where no revenue is recorded); null when neither is */
  revenue: number | null;
  /** orders, or leads where no orders are recorded */
  results: number | null;
  resultMetric: 'orders' | 'leads' | null;
  /** spend ÷ results */
  costPerResult: number | null;
  /** (revenue − spend) ÷ spend */
  roi: number | null;
}

/**
 * Cost per result and ROI per platform, from the KPI actuals (revenue, GMV, orders, leads) and the
 * spend: the ledger's entries on each platform (source 'ledger'), or the spend the platforms reported
 * as KPI actuals (source 'reported'); never both, which would count the same money twice. Only
 * platforms with revenue or results recorded are returned.
 */
export function returnOnSpend(input: {
  actuals: readonly Pick<ActualLike, 'date' | 'platform_id' | 'metric' | 'value' | 'deleted'>[];
  spend: readonly SpendLike[];
  source: SpendSource;
  window?: { from?: string; to?: string };
}): PlatformReturn[] {
  const isSpendMetric = (metric: string) => ['spend', 'cost'].includes(metric.trim().toLowerCase());
  const rows = [
    ...input.actuals.filter((a) => a.platform_id !== null && (input.source === 'reported' || !isSpendMetric(a.metric))),
    ...(input.source === 'ledger'
      ? // KPI actuals are in units of the currency, the ledger in minor units
        input.spend.filter((e) => e.platform_id !== null).map((e) => ({ date: e.date, platform_id: e.platform_id, metric: 'spend', value: e.amount / MINOR_PER_UNIT, deleted: e.deleted }))
      : []),
  ];
  const out: PlatformReturn[] = [];
  for (const r of rates(rows, input.window)) {
    if (r.platformId === null) continue;
    const t = r.totals;
    const revenue = t.revenue ?? t.gmv ?? null;
    const resultMetric = t.orders !== undefined ? 'orders' : t.leads !== undefined ? 'leads' : null;
    const results = resultMetric ? (t[resultMetric] ?? null) : null;
    if (revenue === null && results === null) continue;
    const spend = t.spend ?? 0;
    out.push({
      platformId: r.platformId,
      spend,
      revenue,
      results,
      resultMetric,
      costPerResult: results !== null && results > 0 && spend > 0 ? spend / results : null,
      roi: r.roi,
    });
  }
  return out;
}

export interface Reallocation {
  categoryId: string;
  fromPlatformId: string;
  toPlatformId: string;
  fromRoi: number;
  toRoi: number;
  /** percentage points of the category's split moved */
  points: number;
  fromShare: { before: number; after: number };
  toShare: { before: number; after: number };
  /** the split rows whose share changes, with their new share */
  changes: Change[];
}

/**
 * A move the user applied, with the figures it was made on: the same pair is not suggested again
 * while the returns are the same ones and the weakest's share has not gone back up (an undo brings
 * it back). Returns come from what was already spent and earned, which moving planned share does not
 * change, so without this the same move would be offered again and again until the weakest is at 0.
 */
export type AppliedMove = Pick<Reallocation, 'categoryId' | 'fromPlatformId' | 'toPlatformId' | 'fromRoi' | 'toRoi'> & { fromAfter: number };

export function appliedMove(r: Reallocation): AppliedMove {
  return { categoryId: r.categoryId, fromPlatformId: r.fromPlatformId, toPlatformId: r.toPlatformId, fromRoi: r.fromRoi, toRoi: r.toRoi, fromAfter: r.fromShare.after };
}

/**
 * The most points (down to hundredths) that can leave `from` for `to` in a category without taking any
 * platform line of its split below what is already spent on it; 0 when none can. Amounts are rounded
 * by largest remainder, so the candidate is checked against the amounts the Budget view will show.
 */
function pointsWithinSpend(amount: number, split: readonly SplitLike[], spentOn: (platformId: string) => number, from: SplitLike, to: SplitLike, want: number): number {
  const unit = 1;
  const before = shareAmounts(amount, split.map((s) => s.share));
  const i = split.indexOf(from);
  const free = (before[i] ?? 0) - spentOn(from.platform_id);
  // rounding can cost a line one unit, so a move that leaves no slack is tried one unit smaller
  for (const slack of [0, unit]) {
    const room = amount > CENT ? ((free - slack) / amount) * 100 : free < -CENT ? 0 : want;
    const points = Math.floor(Math.min(want, room) * 100 + EPS) / 100;
    if (points < 0.01) return 0;
    const after = shareAmounts(amount, split.map((s) => (s === from ? Math.max(0, s.share - points) : s === to ? s.share + points : s.share)));
    if (split.every((s, k) => (after[k] ?? 0) >= spentOn(s.platform_id) - CENT || (after[k] ?? 0) >= (before[k] ?? 0) - CENT)) return points;
  }
  return 0;
}

/**
 * For each category split by platform: move up to `step` points from an unlocked platform with a low
 * ROI to the unlocked one with the highest, when the highest is "far higher": at least `minGap` above
 * (0.5 = fifty points of ROI) and, when the weaker is profitable, at least `minRatio` times it. The
 * weakest gives first; a line never goes below what is already spent on it (the move is smaller, or
 * the next weakest gives, or nothing is suggested), and a move already applied on the same figures
 * (`applied`) is not offered again. The split still adds up to 100: only two shares move, by the same
 * amount.
 */
export function suggestReallocation(input: {
  returns: readonly PlatformReturn[];
  categories: readonly CategoryLike[];
  splits: readonly SplitLike[];
  total: number;
  spend: readonly SpendLike[];
  applied?: readonly AppliedMove[];
  step?: number;
  minGap?: number;
  minRatio?: number;
}): Reallocation[] {
  const step = input.step ?? 5;
  const minGap = input.minGap ?? 0.5;
  const minRatio = input.minRatio ?? 1.5;
  const roiOf = new Map(input.returns.filter((r) => r.roi !== null).map((r) => [r.platformId, r.roi!]));
  const amounts = plannedAmounts(input.total, input.categories);
  const spend = input.spend.filter((e) => !e.deleted);
  const out: Reallocation[] = [];
  for (const c of input.categories) {
    if (c.deleted) continue;
    const all = input.splits.filter((s) => !s.deleted && s.category_id === c.id);
    const split = all.filter((s) => !s.locked && roiOf.has(s.platform_id));
    if (split.length < 2) continue;
    const spentOn = (platformId: string) => whole(spend.reduce((sum, e) => (e.category_id === c.id && e.platform_id === platformId ? sum + e.amount : sum), 0));
    const byRoi = [...split].sort((a, b) => roiOf.get(a.platform_id)! - roiOf.get(b.platform_id)!);
    const strongest = byRoi.at(-1)!;
    const toRoi = roiOf.get(strongest.platform_id)!;
    if (toRoi <= 0) continue;
    for (const weakest of byRoi) {
      if (weakest === strongest) break;
      const fromRoi = roiOf.get(weakest.platform_id)!;
      // sorted by ROI: once one is not far enough below, none after it is
      if (toRoi - fromRoi < minGap || (fromRoi > 0 && toRoi < fromRoi * minRatio)) break;
      if (weakest.share <= EPS) continue;
      const done = input.applied?.some(
        (m) =>
          m.categoryId === c.id &&
          m.fromPlatformId === weakest.platform_id &&
          m.toPlatformId === strongest.platform_id &&
          Math.abs(m.fromRoi - fromRoi) <= EPS &&
          Math.abs(m.toRoi - toRoi) <= EPS &&
          weakest.share <= m.fromAfter + EPS,
      );
      if (done) continue;
      const points = pointsWithinSpend(amounts.get(c.id) ?? 0, all, spentOn, weakest, strongest, Math.min(step, weakest.share));
      if (points <= 0) continue;
      const fromAfter = Math.max(0, weakest.share - points);
      const toAfter = strongest.share + points;
      out.push({
        categoryId: c.id,
        fromPlatformId: weakest.platform_id,
        toPlatformId: strongest.platform_id,
        fromRoi,
        toRoi,
        points,
        fromShare: { before: weakest.share, after: fromAfter },
        toShare: { before: strongest.share, after: toAfter },
        changes: [
          { entity: 'platform_share', id: weakest.id, field: 'share', value: fromAfter },
          { entity: 'platform_share', id: strongest.id, field: 'share', value: toAfter },
        ],
      });
      break;
    }
  }
  return out;
}
