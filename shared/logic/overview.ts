/**
 * The figures of the Overview: where the campaign stands on a given day. Pure functions of the plan's
 * rows and of `today` ('YYYY-MM-DD' in the plan's time zone, from today.ts), so the dashboard, its unit
 * tests and its end-to-end test all compute the same numbers. Its KPI tile measures objectives as the
 * Goals view does (measure.ts).
 */
import type { BudgetCategory, ContentItem, ContentStatus, KeyDate, KpiActual, Objective, Phase, Risk, Settings, SpendEntry, Task } from '../model/registry.ts';
import { fromDay, isoWeekOf, spanDays, toDay } from './dates.ts';
import { kpiProgress, type KpiLine } from './measure.ts';
import { bandOf, flagsOf, inherentScore, type RiskBand, type RiskFlag } from './risk.ts';
import { plannedVsActual } from './budget-actual.ts';

// ---------------------------------------------------------------------------------------------------
// Plan dates and phases

export type PhaseState = 'done' | 'current' | 'upcoming' | 'empty';

export interface PhaseSpan {
  id: string;
  name: string;
  kind: Phase['kind'];
  color: string;
  /** first and last day of the phase's tasks; null for a phase without tasks */
  start: string | null;
  end: string | null;
  /** progress of its tasks in percent, weighted by their length in days; null without tasks */
  progress: number | null;
  tasks: number;
  state: PhaseState;
}

export interface PlanDates {
  start: string;
  end: string;
  days: number;
  /** days of the plan up to and including today (0 before the start, `days` after the end) */
  elapsed: number;
  /** elapsed ÷ days, in percent */
  percentElapsed: number;
  state: 'before' | 'running' | 'after';
  phases: PhaseSpan[];
  /** the phases with a task on today, in phase order */
  current: PhaseSpan[];
}

type LiveRow = { deleted?: boolean };
const live = <T extends LiveRow>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted);

export function planDates(
  settings: Pick<Settings, 'start_date' | 'end_date'>,
  phases: readonly (Pick<Phase, 'id' | 'name' | 'kind' | 'color'> & LiveRow)[],
  tasks: readonly (Pick<Task, 'phase_id' | 'start' | 'end' | 'progress'> & LiveRow)[],
  today: string,
): PlanDates {
  const days = spanDays(settings.start_date, settings.end_date);
  const elapsed = Math.max(0, Math.min(days, toDay(today) - toDay(settings.start_date) + 1));
  const state = today < settings.start_date ? 'before' : today > settings.end_date ? 'after' : 'running';
  const liveTasks = live(tasks);
  const spans = live(phases).map((p): PhaseSpan => {
    const own = liveTasks.filter((t) => t.phase_id === p.id);
    if (own.length === 0) return { id: p.id, name: p.name, kind: p.kind, color: p.color, start: null, end: null, progress: null, tasks: 0, state: 'empty' };
    const start = own.reduce((m, t) => (t.start < m ? t.start : m), own[0]!.start);
    const end = own.reduce((m, t) => (t.end > m ? t.end : m), own[0]!.end);
    let weight = 0;
    let done = 0;
    for (const t of own) {
      const w = Math.max(1, spanDays(t.start, t.end));
      weight += w;
      done += w * t.progress;
    }
    const running = own.some((t) => t.start <= today && today <= t.end);
    const phaseState: PhaseState = running ? 'current' : end < today ? 'done' : start > today ? 'upcoming' : 'current';
    return { id: p.id, name: p.name, kind: p.kind, color: p.color, start, end, progress: done / weight, tasks: own.length, state: phaseState };
  });
  return {
    start: settings.start_date,
    end: settings.end_date,
    days,
    elapsed,
    percentElapsed: (elapsed / days) * 100,
    state,
    phases: spans,
    current: spans.filter((s) => s.state === 'current'),
  };
}

// ---------------------------------------------------------------------------------------------------
// Budget

export interface CategoryUse {
  id: string;
  key: BudgetCategory['key'];
  /** the category's own name; empty means the built-in name of `key` */
  name: string;
  share: number;
  planned: number;
  spent: number;
  /** spent ÷ planned in percent; null when nothing is planned */
  percent: number | null;
}

export interface BudgetUse {
  total: number;
  spent: number;
  remaining: number;
  /** spent ÷ total in percent; null without a budget */
  percent: number | null;
  categories: CategoryUse[];
  /** spend booked on a category that is no longer in the plan */
  uncategorised: number;
}

/** The budget tile: the Budget view's planned and spent figures (`plannedVsActual`), in percent. */
export function budgetUse(
  settings: Pick<Settings, 'total_budget'>,
  categories: readonly (Pick<BudgetCategory, 'id' | 'key' | 'name' | 'share'> & LiveRow)[],
  spend: readonly (Pick<SpendEntry, 'date' | 'amount' | 'category_id' | 'platform_id'> & LiveRow)[],
): BudgetUse {
  const cats = live(categories);
  const report = plannedVsActual({ total: settings.total_budget, categories: cats.map((c) => ({ ...c, locked: false })), splits: [], spend });
  const rows = cats.map((c, i): CategoryUse => {
    const r = report.categories[i]!;
    return { id: c.id, key: c.key, name: c.name, share: c.share, planned: r.planned, spent: r.spent, percent: r.used === null ? null : r.used * 100 };
  });
  const spent = report.total.spent;
  return {
    total: settings.total_budget,
    spent,
    remaining: settings.total_budget - spent,
    percent: settings.total_budget > 0 ? (spent / settings.total_budget) * 100 : null,
    categories: rows,
    uncategorised: report.uncategorised,
  };
}

// ---------------------------------------------------------------------------------------------------
// Risks

export interface HeatCell {
  likelihood: number;
  impact: number;
  score: number;
  count: number;
  band: RiskBand | null;
}

export interface FlaggedRisk {
  id: string;
  code: string;
  title: string;
  score: number;
  band: RiskBand | null;
  flags: RiskFlag[];
}

export interface RiskHeat {
  /** rows by likelihood 5 → 1 (top to bottom), cells by impact 1 → 5 (left to right) */
  rows: HeatCell[][];
  /** risks counted on the map: every live risk that is not closed */
  counted: number;
  closed: number;
  flagged: FlaggedRisk[];
}

export function riskHeat(
  risks: readonly (Pick<Risk, 'id' | 'code' | 'title' | 'likelihood' | 'impact' | 'status' | 'review_on' | 'trigger_seen'> & LiveRow)[],
  bands: readonly RiskBand[],
  today: string,
): RiskHeat {
  const open = live(risks).filter((r) => r.status !== 'closed');
  const counts = new Map<string, number>();
  for (const r of open) counts.set(`${r.likelihood}:${r.impact}`, (counts.get(`${r.likelihood}:${r.impact}`) ?? 0) + 1);
  const rows: HeatCell[][] = [];
  for (let likelihood = 5; likelihood >= 1; likelihood--) {
    const row: HeatCell[] = [];
    for (let impact = 1; impact <= 5; impact++) {
      const s = likelihood * impact;
      row.push({ likelihood, impact, score: s, count: counts.get(`${likelihood}:${impact}`) ?? 0, band: bandOf(s, bands) });
    }
    rows.push(row);
  }
  const flagged = open
    .map((r) => ({ r, flags: flagsOf(r, today) }))
    .filter((x) => x.flags.length > 0)
    .map(({ r, flags }) => ({ id: r.id, code: r.code, title: r.title, score: inherentScore(r), band: bandOf(inherentScore(r), bands), flags }))
    .sort((a, b) => b.score - a.score);
  return { rows, counted: open.length, closed: live(risks).length - open.length, flagged };
}

// ---------------------------------------------------------------------------------------------------
// What comes next

export interface UpcomingMilestone {
  id: string;
  name: string;
  date: string;
  /** 0 = today */
  inDays: number;
}

export interface UpcomingKeyDate {
  id: string;
  name: string;
  start: string;
  end: string;
  kind: KeyDate['kind'];
  /** days until it starts (negative while it is running) */
  inDays: number;
}

export interface Upcoming {
  milestones: UpcomingMilestone[];
  keyDates: UpcomingKeyDate[];
}

/**
 * The next milestones (today included) and the key dates not yet over, soonest first, at most `limit`
 * of each. Make-up workdays are calendar housekeeping, not events to plan for, and are left out.
 */
export function upcoming(
  tasks: readonly (Pick<Task, 'id' | 'name' | 'start' | 'milestone'> & LiveRow)[],
  keyDates: readonly (Pick<KeyDate, 'id' | 'name' | 'start' | 'end' | 'kind'> & LiveRow)[],
  today: string,
  limit = 5,
): Upcoming {
  const t = toDay(today);
  const byDate = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  const milestones = live(tasks)
    .filter((x) => x.milestone && x.start >= today)
    .sort(byDate((x) => x.start))
    .slice(0, limit)
    .map((x) => ({ id: x.id, name: x.name, date: x.start, inDays: toDay(x.start) - t }));
  const dates = live(keyDates)
    .filter((k) => k.end >= today && k.kind !== 'workday')
    .sort(byDate((k) => k.start))
    .slice(0, limit)
    .map((k) => ({ id: k.id, name: k.name, start: k.start, end: k.end, kind: k.kind, inDays: toDay(k.start) - t }));
  return { milestones, keyDates: dates };
}

// ---------------------------------------------------------------------------------------------------
// Content this week

export interface ContentWeek {
  /** Monday and Sunday of the ISO week that holds today */
  start: string;
  end: string;
  /** items with a publishing day in the week, whatever their status */
  scheduled: number;
  /** of those, the ones in a column whose built-in meaning is "published" */
  published: number;
  /** scheduled on a day of the week already past (before today) and not published */
  overdue: number;
  /** the week's items by publishing day and time */
  items: { id: string; title: string; date: string; time: string | null; published: boolean }[];
}

export function contentWeek(
  content: readonly (Pick<ContentItem, 'id' | 'title' | 'publish_date' | 'publish_time' | 'status_id'> & LiveRow)[],
  statuses: readonly (Pick<ContentStatus, 'id' | 'key'> & LiveRow)[],
  today: string,
): ContentWeek {
  const week = isoWeekOf(toDay(today));
  const start = fromDay(week.monday);
  const end = fromDay(week.monday + 6);
  const published = new Set(statuses.filter((s) => s.key === 'published').map((s) => s.id));
  const inWeek = live(content).filter((i) => i.publish_date !== null && i.publish_date >= start && i.publish_date <= end);
  const done = inWeek.filter((i) => published.has(i.status_id));
  const overdue = inWeek.filter((i) => !published.has(i.status_id) && i.publish_date! < today).length;
  const items = inWeek
    .map((i) => ({ id: i.id, title: i.title, date: i.publish_date!, time: i.publish_time, published: published.has(i.status_id) }))
    .sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  return { start, end, scheduled: inWeek.length, published: done.length, overdue, items };
}

// ---------------------------------------------------------------------------------------------------
// All of it

export interface OverviewRows {
  settings: Settings;
  phases: readonly Phase[];
  tasks: readonly Task[];
  objectives: readonly Objective[];
  actuals: readonly KpiActual[];
  categories: readonly BudgetCategory[];
  spend: readonly SpendEntry[];
  risks: readonly Risk[];
  keyDates: readonly KeyDate[];
  content: readonly ContentItem[];
  statuses: readonly ContentStatus[];
}

export interface Overview {
  today: string;
  dates: PlanDates;
  kpis: KpiLine[];
  budget: BudgetUse;
  risks: RiskHeat;
  upcoming: Upcoming;
  content: ContentWeek;
}

export function overview(rows: OverviewRows, today: string): Overview {
  return {
    today,
    dates: planDates(rows.settings, rows.phases, rows.tasks, today),
    kpis: kpiProgress(rows.objectives, rows.actuals, today),
    budget: budgetUse(rows.settings, rows.categories, rows.spend),
    risks: riskHeat(rows.risks, rows.settings.risk_bands, today),
    upcoming: upcoming(rows.tasks, rows.keyDates, today),
    content: contentWeek(rows.content, rows.statuses, today),
  };
}
