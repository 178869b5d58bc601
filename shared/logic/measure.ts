/**
 * Measuring an objective on a given day: its progress, forecast and status, from the values recorded
 * for it (or for the same metric higher or lower in its breakdown) or, for a rate nobody measured,
 * computed from its inputs. The Goals view shows it per objective, the Overview per top-level one.
 */
import type { KpiActual, Objective } from '../model/registry.ts';
import { actualsFor, forecast, progress, rates, type ActualLike, type Forecast, type ObjectiveLike, type Progress } from './objectives.ts';

type LiveRow = { deleted?: boolean };
const live = <T extends LiveRow>(rows: readonly T[]): T[] => rows.filter((r) => !r.deleted);

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
