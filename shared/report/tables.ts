/**
 * The plan's tables as typed columns: the workbook writes one sheet per table with typed cells, the
 * CSV exports write the tasks and content tables as text. Dates stay 'YYYY-MM-DD' strings here; the
 * workbook turns them into spreadsheet dates.
 */
import type { Rows } from '../api.ts';
import { plannedAmounts } from '../logic/budget-actual.ts';
import { shareAmounts } from '../logic/shares.ts';
import { inherentScore, residualScore } from '../logic/risk.ts';
import { spanDays } from '../logic/dates.ts';
import type { Language } from '../model/enums.ts';
import { planFacts, type PlanFacts } from './plan-facts.ts';
import type { ReportKey } from './strings.ts';
import { fromMinor } from '../logic/budget-money.ts';

export type ColumnType = 'text' | 'date' | 'number' | 'money' | 'percent' | 'integer';
export type Value = string | number | boolean | null;

export interface DataColumn {
  header: string;
  type: ColumnType;
  /** characters, for the sheet's column width */
  width: number;
}

export interface DataTable {
  key: 'tasks' | 'content' | 'shares' | 'ledger' | 'risks' | 'kpi' | 'raci';
  name: string;
  columns: DataColumn[];
  rows: Value[][];
}

type Spec = [ReportKey, ColumnType, number?];

function make(f: PlanFacts, key: DataTable['key'], name: ReportKey, spec: Spec[], rows: Value[][]): DataTable {
  return { key, name: f.words(name), columns: spec.map(([h, type, width]) => ({ header: f.words(h), type, width: width ?? (type === 'text' ? 18 : 12) })), rows };
}

function tasks(f: PlanFacts): DataTable {
  const { rows, words: w } = f;
  const preds = (id: string) => rows.task_link.filter((l) => l.successor_id === id)
    .map((l) => `${f.task(l.predecessor_id)} (${l.type}${l.lag_days ? (l.lag_days > 0 ? `+${l.lag_days}` : l.lag_days) : ''})`).join('; ');
  return make(f, 'tasks', 'sheetTasks', [
    ['id', 'text', 14], ['name', 'text', 32], ['phase', 'text'], ['start', 'date'], ['end', 'date'], ['durationDays', 'integer'], ['progress', 'percent'],
    ['milestoneCol', 'text', 10], ['kind', 'text', 10], ['owner', 'text'], ['hoursCol', 'number'], ['predecessors', 'text', 36], ['notes', 'text', 40],
  ], rows.task.map((t) => [t.id, t.name, f.phase(t.phase_id), t.start, t.end, spanDays(t.start, t.end), t.progress / 100, t.milestone ? w('yes') : '', t.kind, f.person(t.owner_id), t.hours, preds(t.id), t.notes]));
}

function content(f: PlanFacts): DataTable {
  const { rows, words: w } = f;
  return make(f, 'content', 'sheetContent', [
    ['id', 'text', 14], ['title', 'text', 36], ['platform', 'text'], ['format', 'text'], ['status', 'text'], ['publishDate', 'date'], ['publishTime', 'text', 10],
    ['segment', 'text'], ['owner', 'text'], ['theme', 'text'], ['kol', 'text'], ['kolCost', 'money'], ['notes', 'text', 40],
  ], rows.content_item.map((c) => [c.id, c.title, f.platform(c.platform_id), w.of('format', c.format), f.status(c.status_id), c.publish_date, c.publish_time ?? '',
    f.segment(c.segment_id), f.person(c.owner_id), c.theme, c.kol_partner, fromMinor(c.kol_cost), c.notes]));
}

function shares(f: PlanFacts): DataTable {
  const { rows, settings } = f;
  const cats = rows.budget_category;
  const plannedOf = plannedAmounts(settings.total_budget, cats);
  const out: Value[][] = [];
  cats.forEach((c) => {
    const planned = plannedOf.get(c.id) ?? 0;
    const splits = rows.platform_share.filter((s) => s.category_id === c.id);
    const parts = shareAmounts(planned, splits.map((s) => s.share));
    if (!splits.length) out.push([f.category(c.id), c.share / 100, fromMinor(planned), '', null, null]);
    splits.forEach((s, k) => out.push([f.category(c.id), c.share / 100, fromMinor(planned), f.platform(s.platform_id), s.share / 100, fromMinor(parts[k] ?? 0)]));
  });
  return make(f, 'shares', 'sheetShares', [['category', 'text', 22], ['categoryShare', 'percent'], ['planned', 'money', 16], ['platform', 'text'], ['platformShare', 'percent'], ['amount', 'money', 16]], out);
}

function ledger(f: PlanFacts): DataTable {
  const { rows, settings } = f;
  return make(f, 'ledger', 'sheetLedger', [['date', 'date'], ['amount', 'money', 16], ['currency', 'text', 8], ['category', 'text', 22], ['platform', 'text'], ['supplier', 'text', 24], ['note', 'text', 40]],
    [...rows.spend_entry].sort((a, b) => a.date.localeCompare(b.date)).map((e) => [e.date, fromMinor(e.amount), settings.currency, f.category(e.category_id), f.platform(e.platform_id), e.supplier, e.note]));
}

function risks(f: PlanFacts): DataTable {
  const { rows, words: w } = f;
  return make(f, 'risks', 'sheetRisks', [
    ['id', 'text', 8], ['title', 'text', 30], ['category', 'text', 12], ['cause', 'text', 30], ['event', 'text', 30], ['effect', 'text', 30],
    ['likelihood', 'integer'], ['impact', 'integer'], ['score', 'integer'], ['residual', 'integer'], ['owner', 'text'], ['strategy', 'text', 10],
    ['mitigation', 'text', 40], ['contingency', 'text', 40], ['trigger', 'text', 30], ['status', 'text', 10], ['reviewOn', 'date'],
  ], rows.risk.map((r) => [r.code, r.title, w.of('rcat', r.category), r.cause, r.event, r.effect, r.likelihood, r.impact, inherentScore(r), residualScore(r),
    f.person(r.owner_id), w.of('strat', r.strategy), r.mitigation, r.contingency, r.trigger, w.of('rstatus', r.status), r.review_on]));
}

function kpi(f: PlanFacts): DataTable {
  const { rows } = f;
  const objective = new Map(rows.objective.map((o) => [o.id, o.name]));
  return make(f, 'kpi', 'sheetKpi', [['date', 'date'], ['platform', 'text'], ['metric', 'text'], ['value', 'number', 14], ['objective', 'text', 36]],
    [...rows.kpi_actual].sort((a, b) => a.date.localeCompare(b.date)).map((k) => [k.date, f.platform(k.platform_id), k.metric, k.value, objective.get(k.objective_id ?? '') ?? '']));
}

function raci(f: PlanFacts): DataTable {
  const { rows } = f;
  return make(f, 'raci', 'sheetRaci', [['phase', 'text', 22], ['task', 'text', 32], ['person', 'text'], ['role', 'text', 8]],
    rows.raci.map((r) => {
      const task = rows.task.find((t) => t.id === r.task_id);
      return [f.phase(r.phase_id ?? task?.phase_id), task?.name ?? '', f.person(r.person_id), r.role];
    }));
}

export function dataTables(rows: Rows, lang: Language): { facts: PlanFacts; tables: DataTable[] } {
  const f = planFacts(rows, lang);
  return { facts: f, tables: [tasks(f), content(f), shares(f), ledger(f), risks(f), kpi(f), raci(f)] };
}
