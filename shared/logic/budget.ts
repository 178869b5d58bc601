/**
 * The budget's arithmetic beyond the sliders' rebalance (shares.ts): exact shares typed in, the shown
 * whole percentages and amounts that add up, repairing shares that no longer add up to 100 (a merge of
 * two copies can do that), planned against actual per category and per platform, the burn series of
 * cumulative spend against the plan, return on spend per platform and the suggestion to move share
 * from the weakest platform to the strongest. Pure: every function takes rows and gives numbers.
 * Money in and out is in whole minor units (budget-money.ts), the unit the plan file stores.
 */
import type { Change } from '../model/change.ts';
import { largestRemainder, rebalance, type Share } from './shares.ts';
import { rates, type ActualLike } from './objectives.ts';
import { toDay } from './dates.ts';
import { allocateMinor, MINOR_PER_UNIT } from './budget-money.ts';

const EPS = 1e-9;
/** Money closer than half a minor unit counts as equal. */
const CENT = 0.5;

// ---------------------------------------------------------------------------------------------------
// Shares

export type ExactShareError = 'not_a_number' | 'negative' | 'locked' | 'too_high' | 'no_room';

export type ExactShareResult<T> = { ok: true; shares: T[] } | { ok: false; reason: ExactShareError; max: number };

/**
 * Sets one share to exactly `value` percent and rebalances the unlocked others (see `rebalance`).
 * Unlike a slider, a typed value is never clamped silently: more than the locked others leave, a
 * negative or non-numeric value, a locked share, or nothing unlocked to take up the difference is
 * refused with the reason and the most the share can be.
 */
export function setExactShare<T extends Share>(shares: readonly T[], id: string, value: number): ExactShareResult<T> {
  const target = shares.find((s) => s.id === id);
  const lockedOthers = shares.reduce((sum, s) => (s.id !== id && s.locked ? sum + s.share : sum), 0);
  const room = Math.max(0, 100 - lockedOthers);
  if (!target) return { ok: false, reason: 'no_room', max: 0 };
  if (!Number.isFinite(value)) return { ok: false, reason: 'not_a_number', max: room };
  if (value < 0) return { ok: false, reason: 'negative', max: room };
  if (target.locked) return { ok: false, reason: 'locked', max: target.share };
  if (value > room + EPS) return { ok: false, reason: 'too_high', max: room };
  const freeOthers = shares.some((s) => s.id !== id && !s.locked);
  if (!freeOthers) {
    if (Math.abs(value - target.share) <= EPS) return { ok: true, shares: shares.map((s) => ({ ...s })) };
    return { ok: false, reason: 'no_room', max: target.share };
  }
  return { ok: true, shares: rebalance(shares, id, Math.min(value, room)) };
}

/** The percentage an amount is of a base (the total for a category, the category's amount for a platform). */
export function shareOfAmount(amount: number, base: number): number {
  return base > 0 && Number.isFinite(amount) ? (amount / base) * 100 : Number.NaN;
}

/** Sum of the shares. */
export function shareSum(shares: readonly { share: number }[]): number {
  return shares.reduce((a, s) => a + s.share, 0);
}

/** Whether the shares add up to 100 (to within a hundred-thousandth of a percent). */
export function addsUp(shares: readonly { share: number }[]): boolean {
  return shares.length === 0 || Math.abs(shareSum(shares) - 100) < 1e-5;
}

/**
 * Whole percentages to show for shares, rounded by largest remainder so they add up to the rounded
 * sum (100 when the shares are sound). All-zero shares show as zeros.
 */
export function shownPercents(shares: readonly number[]): number[] {
  const sum = shares.reduce((a, b) => a + (Number.isFinite(b) && b > 0 ? b : 0), 0);
  if (sum <= EPS) return shares.map(() => 0);
  return largestRemainder(shares, Math.round(sum), 0);
}

/**
 * The amount of each share of `total` minor units (shares in percent of it), whole minor units by
 * largest remainder, so the amounts add up to the shares' part of the total exactly and equal shares
 * get amounts one cent apart at most (100.00 in three: 33.34, 33.33, 33.33).
 */
export function shareAmounts(total: number, shares: readonly number[]): number[] {
  const clean = shares.map((s) => (Number.isFinite(s) && s > 0 ? s : 0));
  const sum = clean.reduce((a, b) => a + b, 0);
  if (sum <= EPS || !(total > 0)) return shares.map(() => 0);
  return allocateMinor(Math.round((total * Math.min(sum, 100)) / 100), clean);
}

/**
 * Shares that no longer add up to 100 brought back to 100: the unlocked ones are scaled (split equally
 * when they are all 0); locked ones move only when there is nothing unlocked, or when they alone exceed
 * 100. Negative shares become 0.
 */
export function normaliseShares<T extends Share>(shares: readonly T[]): T[] {
  if (shares.length === 0) return [];
  const clean = shares.map((s) => ({ ...s, share: Number.isFinite(s.share) && s.share > 0 ? s.share : 0 }));
  const locked = clean.filter((s) => s.locked);
  const free = clean.filter((s) => !s.locked);
  const lockedSum = shareSum(locked);
  const scaleAll = free.length === 0 || lockedSum > 100 + EPS;
  const movers = scaleAll ? clean : free;
  const target = scaleAll ? 100 : 100 - lockedSum;
  const moverSum = shareSum(movers);
  const next = new Map<string, number>();
  for (const s of movers) next.set(s.id, moverSum > EPS ? (s.share * target) / moverSum : target / movers.length);
  // float noise goes to the largest mover
  const total = clean.reduce((a, s) => a + (next.get(s.id) ?? s.share), 0);
  const largest = movers.reduce((a, b) => (next.get(b.id)! > next.get(a.id)! ? b : a));
  next.set(largest.id, Math.max(0, next.get(largest.id)! + (100 - total)));
  return clean.map((s) => (next.has(s.id) ? { ...s, share: next.get(s.id)! } : s));
}

/** The changes that turn `before` into `after` (matched by id): only shares that really moved. */
export function shareChanges(entity: 'budget_category' | 'platform_share', before: readonly Share[], after: readonly Share[]): Change[] {
  const old = new Map(before.map((s) => [s.id, s.share]));
  return after.filter((s) => !old.has(s.id) || Math.abs(old.get(s.id)! - s.share) > EPS).map((s) => ({ entity, id: s.id, field: 'share', value: s.share }));
}

// ---------------------------------------------------------------------------------------------------
// Planned against actual

export interface CategoryLike extends Share {
  deleted?: boolean;
}
export interface SplitLike extends Share {
  category_id: string;
  platform_id: string;
  deleted?: boolean;
}
export interface SpendLike {
  date: string;
  amount: number;
  category_id: string;
  platform_id: string | null;
  deleted?: boolean;
}

export interface BudgetLine {
  planned: number;
  spent: number;
  /** planned − spent (negative when over) */
  remaining: number;
  /** spent ÷ planned; null when nothing is planned */
  used: number | null;
  /** spent more than planned (by more than half a cent) */
  over: boolean;
}

export interface CategoryReport extends BudgetLine {
  categoryId: string;
  /** the category's split by platform */
  platforms: (BudgetLine & { platformId: string })[];
  /** spend booked on the category without a platform, or on a platform outside its split */
  unsplit: number;
}

export interface PlatformReport extends BudgetLine {
  platformId: string;
}

export interface BudgetReport {
  total: BudgetLine;
  categories: CategoryReport[];
  /** every platform with a planned share or spend, across categories */
  platforms: PlatformReport[];
  /** spend whose category is not among the categories (deleted since) */
  uncategorised: number;
}

export function line(planned: number, spent: number): BudgetLine {
  return { planned, spent, remaining: planned - spent, used: planned > CENT ? spent / planned : null, over: spent > planned + CENT };
}

/** Sums of whole minor units are whole; rounding keeps a stray fraction from a damaged row from spreading. */
const whole = (n: number) => Math.round(n);

/**
 * What each live category is planned to get, by id: its share of the total, in percent of the total.
 * Shares that add up to less than 100 leave the rest unplanned (40 % of 100,000 is 40,000 whatever the
 * other shares are); they are never stretched to fill the total. Every view's planned figure is this one.
 */
export function plannedAmounts(total: number, categories: readonly CategoryLike[]): Map<string, number> {
  const live = categories.filter((c) => !c.deleted);
  const amounts = shareAmounts(total, live.map((c) => c.share));
  return new Map(live.map((c, i) => [c.id, amounts[i] ?? 0]));
}

export function plannedVsActual(input: {
  total: number;
  categories: readonly CategoryLike[];
  splits: readonly SplitLike[];
  spend: readonly SpendLike[];
}): BudgetReport {
  const categories = input.categories.filter((c) => !c.deleted);
  const splits = input.splits.filter((s) => !s.deleted);
  const spend = input.spend.filter((e) => !e.deleted);
  const plannedOf = plannedAmounts(input.total, categories);
  const planned = categories.map((c) => plannedOf.get(c.id) ?? 0);

  const spentBy = (pred: (e: SpendLike) => boolean) => whole(spend.reduce((sum, e) => (pred(e) ? sum + e.amount : sum), 0));
  const platformPlanned = new Map<string, number>();
  const platformOrder: string[] = [];
  const notePlatform = (id: string) => {
    if (!platformPlanned.has(id)) {
      platformPlanned.set(id, 0);
      platformOrder.push(id);
    }
  };

  const reports = categories.map((c, i): CategoryReport => {
    const amount = planned[i] ?? 0;
    const mine = splits.filter((s) => s.category_id === c.id);
    const parts = shareAmounts(amount, mine.map((s) => s.share));
    const inSplit = new Set(mine.map((s) => s.platform_id));
    const platforms = mine.map((s, k) => {
      notePlatform(s.platform_id);
      platformPlanned.set(s.platform_id, whole(platformPlanned.get(s.platform_id)! + (parts[k] ?? 0)));
      return { platformId: s.platform_id, ...line(parts[k] ?? 0, spentBy((e) => e.category_id === c.id && e.platform_id === s.platform_id)) };
    });
    const spent = spentBy((e) => e.category_id === c.id);
    const unsplit = mine.length ? spentBy((e) => e.category_id === c.id && (e.platform_id === null || !inSplit.has(e.platform_id))) : 0;
    return { categoryId: c.id, ...line(amount, spent), platforms, unsplit };
  });

  for (const e of spend) if (e.platform_id !== null) notePlatform(e.platform_id);
  const platforms = platformOrder.map((id) => ({ platformId: id, ...line(platformPlanned.get(id)!, spentBy((e) => e.platform_id === id)) }));
  const known = new Set(categories.map((c) => c.id));
  const uncategorised = spentBy((e) => !known.has(e.category_id));
  const totalPlanned = planned.reduce((a, b) => a + b, 0);
  return { total: line(totalPlanned, spentBy(() => true)), categories: reports, platforms, uncategorised };
}

/**
 * One kind of budget line (all the 'technology' categories together, say): planned and spent from
 * `plannedVsActual`, so its "used" is the figure the Budget view shows for those categories; null
 * when the plan has no category of that kind.
 */
export function lineOfKind<K extends string>(
  input: { total: number; categories: readonly (CategoryLike & { key: K })[]; spend: readonly SpendLike[] },
  key: K,
): BudgetLine | null {
  const ids = new Set(input.categories.filter((c) => !c.deleted && c.key === key).map((c) => c.id));
  if (ids.size === 0) return null;
  const report = plannedVsActual({ total: input.total, categories: input.categories, splits: [], spend: input.spend });
  const mine = report.categories.filter((c) => ids.has(c.categoryId));
  return line(whole(mine.reduce((a, c) => a + c.planned, 0)), whole(mine.reduce((a, c) => a + c.spent, 0)));
}

/**
 * What the tools cost against the technology line of the budget. The line's planned and spent, and so
 * its "used", are the Budget view's (`lineOfKind`): money is used when it is in the ledger, where the
 * tools are booked as they are paid. A tool's cost is what it will cost for the campaign, paid or not:
 * added to the ledger it would count paid tools twice, so it is shown as a cost against the line
 * (`overBy`: how far the tools alone go past what is planned), never as use.
 */
export function toolBudget(input: {
  tools: readonly { cost: number; deleted?: boolean }[];
  categories: readonly (Omit<CategoryLike, 'locked'> & { key: string })[];
  spend: readonly SpendLike[];
  total: number;
}): { cost: number; line: BudgetLine | null; overBy: number } {
  const cost = whole(input.tools.reduce((sum, t) => (t.deleted ? sum : sum + t.cost), 0));
  const line = lineOfKind({ total: input.total, categories: input.categories.map((c) => ({ ...c, locked: false })), spend: input.spend }, 'technology');
  return { cost, line, overBy: line && cost > line.planned + CENT ? whole(cost - line.planned) : 0 };
}

// ---------------------------------------------------------------------------------------------------
// Burn

export interface BurnPoint {
  /** 'YYYY-MM' */
  month: string;
  /** the last day the point covers: the month's end, or the campaign's last day */
  end: string;
  /** cumulative plan: the budget spread evenly over the campaign's days */
  planned: number;
  /** cumulative spend up to `end`; null for months still to come */
  actual: number | null;
  /** actual above planned */
  over: boolean;
}

const MAX_MONTHS = 120;

function monthEnd(y: number, m: number): string {
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${String(m).padStart(2, '0')}-${String(last).padStart(2, '0')}`;
}

/**
 * Cumulative spend against the plan, one point per calendar month of the campaign. Spend dated
 * before the start counts from the first month, spend after the end in the last. Months after both
 * `today` and the last spend have no actual value.
 */
export function burnSeries(input: { start: string; end: string; budget: number; spend: readonly SpendLike[]; today: string }): BurnPoint[] {
  let first: number;
  let last: number;
  try {
    first = toDay(input.start);
    last = toDay(input.end);
  } catch {
    return [];
  }
  if (last < first) return [];
  const days = last - first + 1;
  const spend = input.spend.filter((e) => !e.deleted).map((e) => ({ ...e })).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const lastSpend = spend.at(-1)?.date ?? '';
  const horizon = input.today > lastSpend ? input.today : lastSpend;

  const points: BurnPoint[] = [];
  let y = Number(input.start.slice(0, 4));
  let m = Number(input.start.slice(5, 7));
  while (points.length < MAX_MONTHS) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    const endOfMonth = monthEnd(y, m);
    const isLast = endOfMonth >= input.end;
    const end = isLast ? input.end : endOfMonth;
    const planned = whole((input.budget * (toDay(end) - first + 1)) / days);
    const shown = `${month}-01` <= horizon;
    const actual = shown ? whole(spend.reduce((sum, e) => (isLast || e.date <= end ? sum + e.amount : sum), 0)) : null;
    points.push({ month, end, planned, actual, over: actual !== null && actual > planned + CENT });
    if (isLast) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return points;
}

// ---------------------------------------------------------------------------------------------------
// Return on spend

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
