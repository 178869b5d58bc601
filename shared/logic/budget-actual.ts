/**
 * Planned against actual: what each category and platform is planned to get, what is spent on it,
 * and the burn series of cumulative spend against the plan. Pure: every function takes rows and gives
 * numbers. Money in and out is in whole minor units (budget-money.ts), the unit the plan file stores.
 */
import { shareAmounts, type Share } from './shares.ts';
import { daySpan, toDay } from './dates.ts';

/** Money closer than half a minor unit counts as equal. */
const CENT = 0.5;

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
  const span = daySpan(input.start, input.end);
  if (!span) return [];
  const { first, last } = span;
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
