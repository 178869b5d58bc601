/**
 * The budget's plan beyond the shares: adding and removing categories, the unallocated reserve, the
 * plan phased by month, and the commitments other views make (KOL fees of content items, tools'
 * cost). Money in whole minor units. Pure: rows in, numbers and changes out.
 */
import type { Change } from '../model/change.ts';
import { allocateMinor } from './budget-money.ts';
import { plannedAmounts, type CategoryLike, type SpendLike } from './budget-actual.ts';
import { rebalance, type Share } from './shares.ts';
import { daySpan } from './dates.ts';

// ---------------------------------------------------------------------------------------------------
// Categories

/**
 * The changes that add a category: it starts at 0 % (the user moves its slider up), after the others.
 * With no other category it takes the whole budget.
 */
export function addCategoryChanges(id: string, name: string, key: string, categories: readonly (Share & { sort_order: number; deleted?: boolean })[]): Change[] {
  const live = categories.filter((c) => !c.deleted);
  const last = live.reduce((m, c) => Math.max(m, c.sort_order), 0);
  return [
    { entity: 'budget_category', id, field: 'key', value: key },
    { entity: 'budget_category', id, field: 'name', value: name.trim() },
    { entity: 'budget_category', id, field: 'share', value: live.length === 0 ? 100 : 0 },
    { entity: 'budget_category', id, field: 'sort_order', value: last + 1 },
  ];
}

export type RemoveCategory = { ok: true; changes: Change[] } | { ok: false; reason: 'locked_rest' | 'no_target' };

/**
 * The changes that remove a category in one step: its share goes to the unlocked others (as a slider
 * to 0 would), its platform split goes with it, and its spend entries move to `moveTo` (they are
 * money really spent: they stay in the ledger, booked elsewhere). Refused when the share cannot go
 * anywhere (every other is locked) or when entries need a category and none is given.
 */
export function removeCategoryChanges(input: {
  id: string;
  categories: readonly (Share & { deleted?: boolean })[];
  splits: readonly { id: string; category_id: string; deleted?: boolean }[];
  spend: readonly { id: string; category_id: string; deleted?: boolean }[];
  moveTo: string | null;
}): RemoveCategory {
  const live = input.categories.filter((c) => !c.deleted);
  const target = live.find((c) => c.id === input.id);
  if (!target) return { ok: true, changes: [] };
  const entries = input.spend.filter((e) => !e.deleted && e.category_id === input.id);
  if (entries.length && (!input.moveTo || input.moveTo === input.id || !live.some((c) => c.id === input.moveTo))) return { ok: false, reason: 'no_target' };
  const changes: Change[] = [];
  if (live.length > 1 && target.share > 1e-9) {
    const after = rebalance(live.map((c) => (c.id === input.id ? { ...c, locked: false } : c)), input.id, 0);
    if ((after.find((c) => c.id === input.id)?.share ?? 0) > 1e-9) return { ok: false, reason: 'locked_rest' };
    const before = new Map(live.map((c) => [c.id, c.share]));
    for (const c of after) if (c.id !== input.id && Math.abs((before.get(c.id) ?? 0) - c.share) > 1e-9) changes.push({ entity: 'budget_category', id: c.id, field: 'share', value: c.share });
  }
  for (const e of entries) changes.push({ entity: 'spend_entry', id: e.id, field: 'category_id', value: input.moveTo! });
  for (const s of input.splits) if (!s.deleted && s.category_id === input.id) changes.push({ entity: 'platform_share', id: s.id, field: 'deleted', value: true });
  changes.push({ entity: 'budget_category', id: input.id, field: 'deleted', value: true });
  return { ok: true, changes };
}

// ---------------------------------------------------------------------------------------------------
// Reserve

export interface Reserve {
  /** the part of the total no category is planned for (shares adding up to less than 100) */
  unplanned: number;
  /** planned for the reserve categories */
  held: number;
  /** spend booked on the reserve categories */
  drawn: number;
  /** unplanned + held − drawn: what can still be given to work */
  available: number;
}

/** The unallocated reserve: the money not given to any work yet (unplanned or held in a reserve category). */
export function reserveOf(input: { total: number; categories: readonly (CategoryLike & { key: string })[]; spend: readonly SpendLike[] }): Reserve {
  const live = input.categories.filter((c) => !c.deleted);
  const planned = plannedAmounts(input.total, live);
  const allPlanned = [...planned.values()].reduce((a, b) => a + b, 0);
  const reserveIds = new Set(live.filter((c) => c.key === 'reserve').map((c) => c.id));
  const held = live.filter((c) => reserveIds.has(c.id)).reduce((a, c) => a + (planned.get(c.id) ?? 0), 0);
  const drawn = input.spend.filter((e) => !e.deleted && reserveIds.has(e.category_id)).reduce((a, e) => a + Math.round(e.amount), 0);
  const unplanned = Math.max(0, Math.round(input.total) - allPlanned);
  return { unplanned, held, drawn, available: unplanned + held - drawn };
}

/**
 * The share changes that give `amount` (minor units) of the reserve categories' money to a category:
 * percentage points leave the reserve categories (largest first) and go to the category; nothing else
 * moves. Capped at what the reserve holds; null when there is nothing to give.
 */
export function drawReserveChanges(input: { total: number; categories: readonly (CategoryLike & { key: string })[]; to: string; amount: number }): Change[] | null {
  const live = input.categories.filter((c) => !c.deleted);
  const to = live.find((c) => c.id === input.to);
  if (!to || to.key === 'reserve' || !(input.total > 0) || !(input.amount > 0)) return null;
  let points = (input.amount / input.total) * 100;
  const sources = live.filter((c) => c.key === 'reserve' && c.share > 1e-9).sort((a, b) => b.share - a.share);
  const changes: Change[] = [];
  let given = 0;
  for (const s of sources) {
    if (points <= 1e-9) break;
    const take = Math.min(points, s.share);
    changes.push({ entity: 'budget_category', id: s.id, field: 'share', value: s.share - take });
    given += take;
    points -= take;
  }
  if (given <= 1e-9) return null;
  changes.push({ entity: 'budget_category', id: to.id, field: 'share', value: to.share + given });
  return changes;
}

// ---------------------------------------------------------------------------------------------------
// Commitments

export interface Commitment {
  kind: 'kol' | 'tool';
  /** the content item or tool */
  id: string;
  label: string;
  /** the content item's publishing day; null for tools and unscheduled items */
  date: string | null;
  amount: number;
}

/**
 * What other views commit the budget to: KOL fees of content items (by publishing day) and tools'
 * cost for the campaign. Read-only in the budget; they are edited where they are made.
 */
export function commitments(input: {
  content: readonly { id: string; title: string; kol_partner: string; kol_cost: number; publish_date: string | null; deleted?: boolean }[];
  tools: readonly { id: string; name: string; cost: number; deleted?: boolean }[];
}): { lines: Commitment[]; kol: number; tools: number; total: number } {
  const kolLines = input.content
    .filter((c) => !c.deleted && c.kol_cost > 0)
    .map((c): Commitment => ({ kind: 'kol', id: c.id, label: c.kol_partner ? `${c.title} · ${c.kol_partner}` : c.title, date: c.publish_date, amount: Math.round(c.kol_cost) }))
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.label.localeCompare(b.label));
  const toolLines = input.tools
    .filter((t) => !t.deleted && t.cost > 0)
    .map((t): Commitment => ({ kind: 'tool', id: t.id, label: t.name, date: null, amount: Math.round(t.cost) }));
  const kol = kolLines.reduce((a, l) => a + l.amount, 0);
  const tools = toolLines.reduce((a, l) => a + l.amount, 0);
  return { lines: [...kolLines, ...toolLines], kol, tools, total: kol + tools };
}

// ---------------------------------------------------------------------------------------------------
// Monthly phasing

export interface PhaseMonth {
  /** 'YYYY-MM' */
  month: string;
  /** days of the campaign in the month */
  days: number;
  /** the total spread over the campaign's days, whole minor units; the months add up to the total */
  planned: number;
  /** spend booked in the month (spend before the start in the first month, after the end in the last) */
  actual: number;
  /** KOL fees of items published in the month */
  committed: number;
}

const MAX_MONTHS = 120;

/**
 * The plan phased by month: the total spread evenly over the campaign's days (largest remainder, so
 * the months add up to the total to the cent), with each month's spend and KOL commitments beside it.
 * Empty for a campaign whose dates cannot be read or end before they start.
 */
export function monthlyPhasing(input: {
  start: string;
  end: string;
  total: number;
  spend: readonly SpendLike[];
  kol?: readonly { date: string | null; amount: number }[];
}): PhaseMonth[] {
  const span = daySpan(input.start, input.end);
  if (!span) return [];
  const { first, last } = span;
  const months: { month: string; days: number }[] = [];
  let y = Number(input.start.slice(0, 4));
  let m = Number(input.start.slice(5, 7));
  let day = first;
  while (day <= last && months.length < MAX_MONTHS) {
    const nextMonthStart = Date.UTC(m === 12 ? y + 1 : y, m === 12 ? 0 : m, 1) / 86_400_000;
    const until = Math.min(last + 1, nextMonthStart);
    months.push({ month: `${y}-${String(m).padStart(2, '0')}`, days: until - day });
    day = until;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  const planned = allocateMinor(input.total, months.map((x) => x.days));
  const index = (date: string | null): number | null => {
    if (!date) return null;
    const key = date.slice(0, 7);
    if (key < months[0]!.month) return 0;
    if (key > months.at(-1)!.month) return months.length - 1;
    const i = months.findIndex((x) => x.month === key);
    return i < 0 ? null : i;
  };
  const actual = months.map(() => 0);
  for (const e of input.spend) {
    if (e.deleted) continue;
    const i = index(e.date);
    if (i !== null) actual[i]! += Math.round(e.amount);
  }
  const committed = months.map(() => 0);
  for (const k of input.kol ?? []) {
    const i = index(k.date);
    if (i !== null) committed[i]! += Math.round(k.amount);
  }
  return months.map((x, i) => ({ ...x, planned: planned[i] ?? 0, actual: actual[i]!, committed: committed[i]! }));
}
