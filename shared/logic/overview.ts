/**
 * The figures of the Overview (and the measured side of the Goals view): where the campaign stands on a
 * given day. Pure functions of the plan's rows and of `today` ('YYYY-MM-DD' in the plan's time zone, from today.ts), so
 * the dashboard, its unit tests and its end-to-end test all compute the same numbers.
 */
import type {
  BudgetCategory,
  ContentItem,
  ContentStatus,
  KeyDate,
  KpiActual,
  Objective,
  Phase,
  Risk,
  Settings,
  SpendEntry,
  Task,
} from '../model/registry.ts';
import { fromDay, isoWeekOf, spanDays, toDay } from './dates.ts';
import { actualsFor, forecast, progress, rates, type ActualLike, type Forecast, type ObjectiveLike, type Progress } from './objectives.ts';
import { bandOf, flagsOf, inherentScore, type RiskBand, type RiskFlag } from './risk.ts';
import { plannedVsActual } from './budget.ts';

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
// Measuring an objective

export type MeasuredObjective = ObjectiveLike & Pick<Objective, 'unit'>;

/** Rates an objective can be computed from when nobody measured the rate itself. */
export const DERIVED_METRICS = ['engagement_rate', 'conversion_rate', 'roi'] as const;
export type DerivedMetric = (typeof DERIVED_METRICS)[number];

export function isDerivedMetric(metric: string): metric is DerivedMetric {
  return (DERIVED_METRICS as readonly string[]).includes(metric.trim());
}

export type MeasureSource = 'measured' | 'derived' | 'none';
export type KpiStatus = 'achieved' | 'on_track' | 'behind' | 'missed' | 'no_data';

export interface Measure {
  progress: Progress;
  forecast: Forecast;
  /** measured: values recorded for the metric; derived: a rate computed from its inputs; none: nothing yet */
  source: MeasureSource;
  status: KpiStatus;
  /** the values counted (or computed), oldest first, within the period */
  points: ActualLike[];
}

/** Ids of the objective, its ancestors and its descendants (parent loops are cut). */
function lineage(objective: Pick<Objective, 'id' | 'parent_id'>, objectives: readonly (Pick<Objective, 'id' | 'parent_id'> & LiveRow)[]): Set<string> {
  const byId = new Map(objectives.map((o) => [o.id, o]));
  const out = new Set<string>([objective.id]);
  let up = objective.parent_id;
  while (up !== null && !out.has(up)) {
    out.add(up);
    up = byId.get(up)?.parent_id ?? null;
  }
  const children = new Map<string, string[]>();
  for (const o of objectives) if (o.parent_id !== null && !o.deleted) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o.id]);
  const down = [objective.id];
  const seen = new Set<string>([objective.id]);
  while (down.length) {
    for (const c of children.get(down.pop()!) ?? []) {
      if (seen.has(c)) continue;
      seen.add(c);
      out.add(c);
      down.push(c);
    }
  }
  return out;
}

/**
 * The measurements that count toward an objective: `actualsFor`'s rule, widened so that a value linked to
 * an objective of the same metric higher or lower in its breakdown also counts (a value recorded for
 * the year objective on 31 March counts toward Q1 of the same metric, and the other way round).
 */
function lineageActuals(objective: MeasuredObjective, objectives: readonly (Pick<Objective, 'id' | 'parent_id' | 'metric'> & LiveRow)[], actuals: readonly ActualLike[]): ActualLike[] {
  const metric = objective.metric.trim();
  const family = lineage(objective, objectives);
  const sameMetric = new Set(objectives.filter((o) => family.has(o.id) && o.metric.trim() === metric).map((o) => o.id));
  sameMetric.add(objective.id);
  return actuals.map((a) => (a.objective_id !== null && a.objective_id !== objective.id && sameMetric.has(a.objective_id) ? { ...a, objective_id: objective.id } : a));
}

/**
 * One computed value per measured day for a rate objective with no measurement of its own: engagement
 * rate = engagements ÷ reach, conversion rate = orders (or leads) ÷ clicks, ROI = (revenue − spend) ÷
 * spend, the same rules as `rates`. An objective for one platform uses that platform's values; one for
 * all platforms uses the all-platform values of a day when there are any, else the platforms' values
 * added up. With unit '%' the ratio is shown in percent.
 */
export function derivedActuals(objective: MeasuredObjective, actuals: readonly ActualLike[]): ActualLike[] {
  const metric = objective.metric.trim();
  if (!isDerivedMetric(metric)) return [];
  const scale = objective.unit.trim() === '%' ? 100 : 1;
  const byDay = new Map<string, ActualLike[]>();
  for (const a of actuals) {
    if (a.deleted || a.date < objective.period_start || a.date > objective.period_end) continue;
    if (objective.platform_id !== null && a.platform_id !== objective.platform_id) continue;
    byDay.set(a.date, [...(byDay.get(a.date) ?? []), a]);
  }
  const out: ActualLike[] = [];
  for (const [date, rows] of [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
    let use = rows;
    if (objective.platform_id === null) {
      const whole = rows.filter((r) => r.platform_id === null);
      use = pick(rates(whole)[0], metric) === null ? rows.filter((r) => r.platform_id !== null) : whole;
    }
    const pooled = rates(use.map((r) => ({ ...r, platform_id: null })))[0];
    const value = pick(pooled, metric);
    if (value !== null) out.push({ date, value: value * scale, metric, platform_id: objective.platform_id, objective_id: objective.id });
  }
  return out;
}

function pick(r: ReturnType<typeof rates>[number] | undefined, metric: DerivedMetric): number | null {
  if (!r) return null;
  return metric === 'engagement_rate' ? r.engagementRate : metric === 'conversion_rate' ? r.conversionRate : r.roi;
}

/**
 * Progress, forecast and a one-word status of an objective on `today`: achieved (within half a percent
 * of the target), missed (period over), on track or behind (by the forecast), or no data.
 */
export function measure(
  objective: MeasuredObjective,
  objectives: readonly (Pick<Objective, 'id' | 'parent_id' | 'metric'> & LiveRow)[],
  actuals: readonly ActualLike[],
  today: string,
): Measure {
  let source: MeasureSource = 'measured';
  let points = lineageActuals(objective, objectives, actuals);
  let p = progress(objective, points);
  if (p.points === 0) {
    const derived = derivedActuals(objective, actuals);
    if (derived.length > 0) {
      points = derived;
      p = progress(objective, points);
      source = 'derived';
    } else {
      source = 'none';
    }
  }
  const f = forecast(objective, points, today);
  return { progress: p, forecast: f, source, status: statusOf(objective, p, f, today), points: actualsFor(objective, points) };
}

/** Within this share of the target counts as reaching it (as in `rollupCheck`): 4.997 % is 5 %. */
const STATUS_TOLERANCE = 0.005;

function statusOf(objective: Pick<Objective, 'period_end' | 'target' | 'baseline'>, p: Progress, f: Forecast, today: string): KpiStatus {
  if (p.value === null) return 'no_data';
  const slack = STATUS_TOLERANCE * Math.abs(objective.target);
  const up = objective.target >= objective.baseline;
  const reaches = (v: number) => (up ? v >= objective.target - slack : v <= objective.target + slack);
  if (reaches(p.value)) return 'achieved';
  if (today > objective.period_end) return 'missed';
  return f.projected === null || reaches(f.projected) ? 'on_track' : 'behind';
}

export interface KpiLine {
  id: string;
  name: string;
  kind: Objective['kind'];
  metric: string;
  unit: string;
  baseline: number;
  target: number;
  periodEnd: string;
  measure: Measure;
}

/** The top-level objectives (no parent, or a parent that is gone), in their order, measured on `today`. */
export function kpiProgress(
  objectives: readonly (Objective & LiveRow)[],
  actuals: readonly (KpiActual & LiveRow)[],
  today: string,
): KpiLine[] {
  const rows = live(objectives);
  const ids = new Set(rows.map((o) => o.id));
  const liveActuals = live(actuals);
  return rows
    .filter((o) => o.parent_id === null || !ids.has(o.parent_id))
    .map((o) => ({
      id: o.id,
      name: o.name,
      kind: o.kind,
      metric: o.metric,
      unit: o.unit,
      baseline: o.baseline,
      target: o.target,
      periodEnd: o.period_end,
      measure: measure(o, rows, liveActuals, today),
    }));
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
