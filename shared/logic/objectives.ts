/**
 * Objectives and their measured values: do the children add up to the parent's target, how far along
 * is an objective, where will it land by the end of its period, and the headline rates per platform.
 */
import type { KpiActual, Objective } from '../model/registry.ts';
import { toDay } from './dates.ts';

export type ObjectiveLike = Pick<
  Objective,
  'id' | 'parent_id' | 'metric' | 'baseline' | 'target' | 'period_start' | 'period_end' | 'platform_id' | 'rollup'
> & { deleted?: boolean };

export type ActualLike = Pick<KpiActual, 'date' | 'platform_id' | 'metric' | 'value' | 'objective_id'> & { deleted?: boolean };

// ---------------------------------------------------------------------------------------------------
// Roll-up of children into their parent

export interface RollupCheck {
  parentId: string;
  rollup: 'sum' | 'average';
  childIds: string[];
  /** the parent's target */
  expected: number;
  /** the children's targets, summed or averaged */
  actual: number;
  ok: boolean;
}

/**
 * For every parent (rollup sum or average) that has children: whether the children's targets add up to
 * the parent's. Within `tolerance` of the parent's target (0.5 % by default) counts as matching, so
 * rounded monthly figures do not raise an alarm.
 */
export function rollupCheck(objectives: readonly ObjectiveLike[], tolerance = 0.005): RollupCheck[] {
  const live = objectives.filter((o) => !o.deleted);
  const children = new Map<string, ObjectiveLike[]>();
  for (const o of live) {
    if (o.parent_id === null) continue;
    const list = children.get(o.parent_id);
    if (list) list.push(o);
    else children.set(o.parent_id, [o]);
  }
  const checks: RollupCheck[] = [];
  for (const parent of live) {
    const kids = children.get(parent.id);
    if (!kids || parent.rollup === 'none') continue;
    const sum = kids.reduce((acc, k) => acc + k.target, 0);
    const actual = parent.rollup === 'sum' ? sum : sum / kids.length;
    const ok = Math.abs(actual - parent.target) <= tolerance * Math.abs(parent.target) + 1e-9;
    checks.push({ parentId: parent.id, rollup: parent.rollup, childIds: kids.map((k) => k.id), expected: parent.target, actual, ok });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------------
// Progress and forecast

/**
 * How measured values make an objective's current value: flows (reach, leads, orders, revenue …) add up
 * over the period; levels (followers, rates, ROI, scores …) are read from the latest measurement.
 */
export type Aggregation = 'sum' | 'latest';

const LEVEL_METRIC = /(^|_)(followers|fans|members|subscribers|rate|roi|ratio|ctr|cvr|nps|score|average|avg)(_|$)/i;

// The metric decides, not how a breakdown rolls up: a flow with no breakdown rule ('none') still adds up over
// its period; an 'average' breakdown names a rate, read as a level.
export function aggregationOf(objective: Pick<Objective, 'metric' | 'rollup'>): Aggregation {
  return objective.rollup !== 'average' && !LEVEL_METRIC.test(objective.metric.trim()) ? 'sum' : 'latest';
}

/**
 * Rates and ratios (engagement rate, ROI, CTR, cost per lead, averages …) are levels that neither add
 * up over time nor across platforms, and have no trend to extrapolate: they are averaged.
 */
const RATE_METRIC = /(^|_)(rate|roi|ratio|ctr|cvr|per|average|avg)(_|$)/i;

export function isRate(objective: Pick<Objective, 'metric'>): boolean {
  return RATE_METRIC.test(objective.metric.trim());
}

/**
 * The measurements that count toward an objective, oldest first, all within its period: those linked
 * to it, plus unlinked ones of the same metric on the same platform. An objective for all platforms
 * counts the all-platform figures when there are any in its period; without them the platforms'
 * figures roll up into it: flows each count, levels add up each platform's latest value as of each
 * measured day (rates average them). Never both, which would count the same views twice.
 */
export function actualsFor<T extends ActualLike>(objective: ObjectiveLike, actuals: readonly T[], until?: string): T[] {
  const last = until !== undefined && until < objective.period_end ? until : objective.period_end;
  const metric = objective.metric.trim();
  const inPeriod = actuals.filter((a) => !a.deleted && a.date >= objective.period_start && a.date <= last);
  const own = inPeriod.filter(
    (a) => a.objective_id === objective.id || (a.objective_id === null && a.metric.trim() === metric && a.platform_id === objective.platform_id),
  );
  const wholePlan = objective.platform_id === null && !own.some((a) => a.objective_id === null);
  const platforms = wholePlan ? inPeriod.filter((a) => a.objective_id === null && a.platform_id !== null && a.metric.trim() === metric) : [];
  const rolled = platforms.length === 0 ? [] : aggregationOf(objective) === 'sum' ? platforms : platformLevels(platforms, isRate(objective));
  return [...own, ...rolled].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** One all-platform value per measured day: each platform's latest value so far, added up (or averaged for a rate). */
function platformLevels<T extends ActualLike>(rows: readonly T[], rate: boolean): T[] {
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const latest = new Map<string | null, number>();
  const out: T[] = [];
  sorted.forEach((r, i) => {
    latest.set(r.platform_id, r.value);
    if (sorted[i + 1]?.date === r.date) return;
    const values = [...latest.values()];
    const sum = values.reduce((a, v) => a + v, 0);
    out.push({ ...r, platform_id: null, value: rate ? sum / values.length : sum });
  });
  return out;
}

/** Where `value` lies on the way from baseline to target, in percent (may exceed 100 or be negative). */
export function percentOfTarget(objective: Pick<Objective, 'baseline' | 'target'>, value: number | null): number | null {
  if (value === null || objective.target === objective.baseline) return null;
  return ((value - objective.baseline) / (objective.target - objective.baseline)) * 100;
}

export interface Progress {
  aggregation: Aggregation;
  /** null while nothing has been measured */
  value: number | null;
  percent: number | null;
  points: number;
  latestDate: string | null;
}

export function progress(objective: ObjectiveLike, actuals: readonly ActualLike[]): Progress {
  const aggregation = aggregationOf(objective);
  const points = actualsFor(objective, actuals);
  const latest = points.at(-1);
  const value = !latest ? null : aggregation === 'sum' ? points.reduce((acc, a) => acc + a.value, 0) : latest.value;
  return { aggregation, value, percent: percentOfTarget(objective, value), points: points.length, latestDate: latest?.date ?? null };
}

export interface Forecast {
  /** the value projected for the period's last day; null without a measurement in the period up to today */
  projected: number | null;
  percent: number | null;
  /** whether the projection reaches the target (for a target below the baseline: gets down to it) */
  onTrack: boolean | null;
}

/**
 * Projection to the end of the period from the measurements made in it up to today. Flows are
 * projected at their run rate (total so far ÷ days elapsed up to the last measurement × days in the
 * period); rates at the average of their measured days (a rate has no run to extrapolate); other
 * levels along the least-squares line through the measurements, anchored at the baseline on the first
 * day when there is only one measured day.
 */
export function forecast(objective: ObjectiveLike, actuals: readonly ActualLike[], today: string): Forecast {
  const points = actualsFor(objective, actuals, today);
  const none: Forecast = { projected: null, percent: null, onTrack: null };
  const last = points.at(-1);
  if (!last) return none;
  const first = toDay(objective.period_start);
  const end = toDay(objective.period_end);

  let projected: number;
  if (aggregationOf(objective) === 'sum') {
    const total = points.reduce((acc, a) => acc + a.value, 0);
    projected = (total / (toDay(last.date) - first + 1)) * (end - first + 1);
  } else if (isRate(objective)) {
    const days = levelPoints(points);
    projected = days.reduce((acc, [, v]) => acc + v, 0) / days.length;
  } else {
    const xy = levelPoints(points);
    if (new Set(xy.map(([x]) => x)).size < 2 && xy[0]![0] !== first) xy.unshift([first, objective.baseline]);
    projected = lineAt(xy, end);
  }
  const onTrack = objective.target >= objective.baseline ? projected >= objective.target : projected <= objective.target;
  return { projected, percent: percentOfTarget(objective, projected), onTrack };
}

/** One (day, value) per measured day: the last measurement of that day wins. */
function levelPoints(points: readonly ActualLike[]): [number, number][] {
  const byDay = new Map<number, number>();
  for (const p of points) byDay.set(toDay(p.date), p.value);
  return [...byDay.entries()];
}

/** Least-squares line through the points, evaluated at x; flat when all points share one x. */
function lineAt(points: readonly [number, number][], x: number): number {
  const n = points.length;
  const mx = points.reduce((acc, [px]) => acc + px, 0) / n;
  const my = points.reduce((acc, [, py]) => acc + py, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const [px, py] of points) {
    sxx += (px - mx) ** 2;
    sxy += (px - mx) * (py - my);
  }
  return sxx === 0 ? my : my + (sxy / sxx) * (x - mx);
}

// ---------------------------------------------------------------------------------------------------
// Headline rates per platform

export interface PlatformRates {
  /** null for measurements recorded for all platforms together */
  platformId: string | null;
  /** engagements ÷ reach */
  engagementRate: number | null;
  /** orders ÷ clicks, or leads ÷ clicks when no orders are recorded */
  conversionRate: number | null;
  /** (revenue − spend) ÷ spend */
  roi: number | null;
  /** the summed inputs, by canonical metric name, for those recorded */
  totals: Partial<Record<RateInput, number>>;
}

export type RateInput = 'reach' | 'engagements' | 'clicks' | 'orders' | 'leads' | 'revenue' | 'gmv' | 'spend';

const ALIASES: Record<string, RateInput> = {
  reach: 'reach',
  engagements: 'engagements',
  engagement: 'engagements',
  interactions: 'engagements',
  clicks: 'clicks',
  orders: 'orders',
  leads: 'leads',
  revenue: 'revenue',
  sales: 'revenue',
  gmv: 'gmv',
  spend: 'spend',
  cost: 'spend',
};

/**
 * Engagement rate, conversion rate and ROI per platform from the measurements (spend entries can be
 * passed in the same shape with metric 'spend'). A rate is null unless its inputs were recorded and
 * its divisor is above zero. Optional from/to ('YYYY-MM-DD', inclusive) narrow the window.
 */
export function rates(
  actuals: readonly Pick<ActualLike, 'date' | 'platform_id' | 'metric' | 'value' | 'deleted'>[],
  window: { from?: string; to?: string } = {},
): PlatformRates[] {
  const totals = new Map<string | null, Partial<Record<RateInput, number>>>();
  for (const a of actuals) {
    if (a.deleted) continue;
    if ((window.from !== undefined && a.date < window.from) || (window.to !== undefined && a.date > window.to)) continue;
    const input = ALIASES[a.metric.trim().toLowerCase()];
    if (!input) continue;
    let t = totals.get(a.platform_id);
    if (!t) totals.set(a.platform_id, (t = {}));
    t[input] = (t[input] ?? 0) + a.value;
  }
  return [...totals.entries()].map(([platformId, t]) => {
    const ratio = (num: number | undefined, den: number | undefined) => (num === undefined || den === undefined || den <= 0 ? null : num / den);
    // GMV stands in for revenue only where no revenue is recorded: adding both would count sales twice.
    const revenue = t.revenue ?? t.gmv;
    return {
      platformId,
      engagementRate: ratio(t.engagements, t.reach),
      conversionRate: ratio(t.orders ?? t.leads, t.clicks),
      roi: revenue === undefined ? null : ratio(revenue - (t.spend ?? 0), t.spend),
      totals: t,
    };
  });
}
