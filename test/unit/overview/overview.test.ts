import { describe, expect, it } from 'vitest';
import { budgetUse, contentWeek, overview, planDates, riskHeat, upcoming, type OverviewRows } from '../../../shared/logic/overview.ts';
import { derivedActuals, kpiProgress, measure } from '../../../shared/logic/measure.ts';
import { PLAN_ID } from '../../../shared/model/plan.ts';
import type { EntityName, Objective, Row } from '../../../shared/model/registry.ts';
import { buildTemplate } from '../../../shared/templates/index.ts';
import { applyLocal, emptyEntities, type Entities } from '../../../renderer/app/store/entities.ts';

/** The sample plan folded into rows, as the store holds them (defaults filled in). */
function sampleRows(lang: 'en' | 'zh-CN' = 'en'): { e: Entities; rows: OverviewRows } {
  const e = applyLocal(emptyEntities(), buildTemplate('sample', lang)).entities;
  const list = <N extends EntityName>(n: N): Row<N>[] => e.ids[n].map((id) => e.byId[n][id]!);
  return {
    e,
    rows: {
      settings: e.byId.settings[PLAN_ID]!,
      phases: list('phase'),
      tasks: list('task'),
      objectives: list('objective'),
      actuals: list('kpi_actual'),
      categories: list('budget_category'),
      spend: list('spend_entry'),
      risks: list('risk'),
      keyDates: list('key_date'),
      content: list('content_item'),
      statuses: list('content_status'),
    },
  };
}

const TODAY = '2026-11-26';
const { rows } = sampleRows();

describe('plan dates and phases (sample, 26 Nov 2026)', () => {
  const d = planDates(rows.settings, rows.phases, rows.tasks, TODAY);
  it('counts the days of the plan', () => {
    expect(d.start).toBe('2026-01-01');
    expect(d.end).toBe('2026-12-31');
    expect(d.days).toBe(365);
    expect(d.elapsed).toBe(330); // 26 Nov is day 330 of 2026
    expect(d.percentElapsed).toBeCloseTo((330 / 365) * 100, 10);
    expect(d.state).toBe('running');
  });
  it('finds the phases with work on today', () => {
    expect(d.phases.map((p) => [p.id, p.state])).toEqual([
      ['phase-prep', 'done'],
      ['phase-exec', 'current'],
      ['phase-eval', 'current'],
      ['phase-opt', 'current'],
    ]);
    expect(d.current.map((p) => p.id)).toEqual(['phase-exec', 'phase-eval', 'phase-opt']);
    const prep = d.phases[0]!;
    expect([prep.start, prep.end, prep.progress]).toEqual(['2026-01-05', '2026-03-06', 100]);
  });
  it('weights phase progress by task length', () => {
    const exec = rows.tasks.filter((t) => t.phase_id === 'phase-exec');
    const len = (t: { start: string; end: string }) => (Date.parse(t.end) - Date.parse(t.start)) / 86_400_000 + 1;
    const expected = exec.reduce((a, t) => a + len(t) * t.progress, 0) / exec.reduce((a, t) => a + len(t), 0);
    expect(d.phases[1]!.progress).toBeCloseTo(expected, 10);
  });
  it('says before and after', () => {
    expect(planDates(rows.settings, [], [], '2025-12-01')).toMatchObject({ state: 'before', elapsed: 0 });
    expect(planDates(rows.settings, [], [], '2027-02-01')).toMatchObject({ state: 'after', elapsed: 365, percentElapsed: 100 });
  });
});

describe('KPI progress of the top-level objectives (sample)', () => {
  const kpis = kpiProgress(rows.objectives, rows.actuals, TODAY);
  it('lists the objectives without a parent, in order', () => {
    expect(kpis.map((k) => k.id)).toEqual(['obj-awareness', 'obj-engagement', 'obj-conversion', 'obj-community', 'obj-kuaishou-gmv']);
  });
  it('adds up reach and orders over the year from the values linked to them', () => {
    const sum = (metric: string) => rows.actuals.filter((a) => a.metric === metric).reduce((acc, a) => acc + a.value, 0);
    const reach = kpis[0]!.measure;
    expect(reach.progress.value).toBe(sum('reach'));
    expect(reach.progress.value).toBe(90_900_000);
    expect(reach.progress.percent).toBeCloseTo(75.75, 10);
    expect(reach.source).toBe('measured');
    const orders = kpis[2]!.measure;
    expect(orders.progress.value).toBe(sum('orders'));
    expect(orders.progress.percent).toBeCloseTo((sum('orders') / 160_000) * 100, 10);
    // run rate to 31 October (304 days) over 365 days falls short of both targets
    expect(reach.forecast.projected).toBeCloseTo((90_900_000 / 304) * 365, 3);
    expect(reach.status).toBe('behind');
    expect(orders.status).toBe('behind');
  });
  it('computes the engagement rate from engagements and reach when nobody measured the rate', () => {
    const m = kpis[1]!.measure;
    expect(m.source).toBe('derived');
    const oct = rows.actuals.filter((a) => a.date === '2026-10-31');
    const eng = oct.filter((a) => a.metric === 'engagements').reduce((acc, a) => acc + a.value, 0);
    const reach = oct.filter((a) => a.metric === 'reach').reduce((acc, a) => acc + a.value, 0);
    expect(m.progress.value).toBeCloseTo((eng / reach) * 100, 10);
    expect(m.points).toHaveLength(10);
    // 4.997 % against 5 %: within half a percent counts as reached
    expect(m.status).toBe('achieved');
  });
  it('says so when there is nothing to measure', () => {
    expect(kpis[3]!.measure).toMatchObject({ source: 'none', status: 'no_data', progress: { value: null } });
    expect(kpis[4]!.measure).toMatchObject({ source: 'none', status: 'no_data' });
  });
});

describe('measure', () => {
  const byId = new Map(rows.objectives.map((o) => [o.id, o]));
  it('forecasts a rate at the rate measured: 5.0 % all year is behind a 5.6 % Q4 target, not 8.6 % and on track', () => {
    const q4 = measure(byId.get('obj-engagement-q4')!, rows.objectives, rows.actuals, TODAY);
    expect(q4.forecast.projected).toBeCloseTo(5, 1);
    expect(q4.status).toBe('behind');
  });
  it('counts a value linked to the year objective toward the quarter that holds its date', () => {
    const q1 = measure(byId.get('obj-awareness-q1')!, rows.objectives, rows.actuals, TODAY);
    const expected = rows.actuals.filter((a) => a.metric === 'reach' && a.date <= '2026-03-31').reduce((acc, a) => acc + a.value, 0);
    expect(q1.progress.value).toBe(expected);
    expect(q1.progress.aggregation).toBe('sum'); // roll-up 'none' does not turn a flow into a level
    expect(q1.status).toBe('missed');
  });
  it('counts a value linked to a quarter toward its year', () => {
    const objectives = rows.objectives;
    const actuals = [{ date: '2026-02-01', platform_id: null, metric: 'leads', value: 50, objective_id: 'q' }];
    const year = { ...byId.get('obj-conversion')!, id: 'y', metric: 'leads' } as Objective;
    const quarter = { ...byId.get('obj-conversion-q1')!, id: 'q', parent_id: 'y', metric: 'leads' } as Objective;
    const m = measure(year, [...objectives, year, quarter], actuals, TODAY);
    expect(m.progress.value).toBe(50);
  });
  it('reads levels from the latest value and is on track when the forecast reaches the target', () => {
    const o = { id: 'f', parent_id: null, metric: 'followers', unit: '', baseline: 100, target: 200, period_start: '2026-01-01', period_end: '2026-12-31', platform_id: null, rollup: 'none' as const };
    const actuals = [
      { date: '2026-03-01', platform_id: null, metric: 'followers', value: 130, objective_id: null },
      { date: '2026-06-01', platform_id: null, metric: 'followers', value: 160, objective_id: null },
    ];
    const m = measure(o, [o], actuals, '2026-06-15');
    expect(m.progress.value).toBe(160);
    expect(m.status).toBe('on_track');
    expect(measure({ ...o, target: 400 }, [o], actuals, '2026-06-15').status).toBe('behind');
    expect(measure(o, [o], actuals, '2027-01-05').status).toBe('missed');
  });
});

describe('derivedActuals', () => {
  const base = { id: 'r', parent_id: null, baseline: 0, target: 5, period_start: '2026-01-01', period_end: '2026-12-31', rollup: 'average' as const };
  const a = (date: string, platform_id: string | null, metric: string, value: number) => ({ date, platform_id, metric, value, objective_id: null });
  it('pools platforms for an all-platform objective, or uses the all-platform rows when there are some', () => {
    const values = [a('2026-01-31', 'p1', 'reach', 100), a('2026-01-31', 'p1', 'engagements', 10), a('2026-01-31', 'p2', 'reach', 300), a('2026-01-31', 'p2', 'engagements', 10)];
    expect(derivedActuals({ ...base, metric: 'engagement_rate', unit: '%', platform_id: null }, values)[0]!.value).toBeCloseTo(5, 10);
    expect(derivedActuals({ ...base, metric: 'engagement_rate', unit: '', platform_id: 'p1' }, values)[0]!.value).toBeCloseTo(0.1, 10);
    const withTotal = [...values, a('2026-01-31', null, 'reach', 1000), a('2026-01-31', null, 'engagements', 30)];
    expect(derivedActuals({ ...base, metric: 'engagement_rate', unit: '%', platform_id: null }, withTotal)[0]!.value).toBeCloseTo(3, 10);
  });
  it('computes conversion rate and ROI, and nothing for other metrics', () => {
    const values = [a('2026-02-28', null, 'clicks', 200), a('2026-02-28', null, 'orders', 10), a('2026-02-28', null, 'revenue', 300), a('2026-02-28', null, 'spend', 100)];
    expect(derivedActuals({ ...base, metric: 'conversion_rate', unit: '%', platform_id: null }, values)[0]!.value).toBeCloseTo(5, 10);
    expect(derivedActuals({ ...base, metric: 'roi', unit: '', platform_id: null }, values)[0]!.value).toBeCloseTo(2, 10);
    expect(derivedActuals({ ...base, metric: 'reach', unit: '', platform_id: null }, values)).toEqual([]);
  });
});

describe('budget used (sample)', () => {
  const b = budgetUse(rows.settings, rows.categories, rows.spend);
  // money in minor units (fen), as the plan stores it
  it('adds up the spend ledger against the total budget', () => {
    const spent = rows.spend.reduce((acc, s) => acc + s.amount, 0);
    expect(b.spent).toBe(spent);
    expect(b.spent).toBe(285_200_000);
    expect(b.total).toBe(500_000_000);
    expect(b.remaining).toBe(214_800_000);
    expect(b.percent).toBeCloseTo(57.04, 10);
    expect(b.uncategorised).toBe(0);
  });
  it('plans each category at its share and sums its spend', () => {
    expect(b.categories.map((c) => [c.key, c.planned, c.spent])).toEqual([
      ['ads', 200_000_000, 137_000_000],
      ['content', 150_000_000, 78_000_000],
      ['technology', 75_000_000, 37_200_000],
      ['people', 75_000_000, 33_000_000],
    ]);
    for (const c of b.categories) {
      expect(c.spent).toBe(rows.spend.filter((s) => s.category_id === c.id).reduce((acc, s) => acc + s.amount, 0));
    }
  });
  it('has no percentage without a budget', () => {
    expect(budgetUse({ total_budget: 0 }, [], []).percent).toBeNull();
  });
});

describe('risk heat map (sample)', () => {
  const h = riskHeat(rows.risks, rows.settings.risk_bands, TODAY);
  it('counts the risks that are not closed by likelihood and impact', () => {
    expect(h.counted).toBe(14);
    expect(h.closed).toBe(1);
    const total = h.rows.flat().reduce((acc, c) => acc + c.count, 0);
    expect(total).toBe(14);
    for (const r of rows.risks.filter((x) => x.status !== 'closed')) {
      const cell = h.rows[5 - r.likelihood]![r.impact - 1]!;
      expect(cell).toMatchObject({ likelihood: r.likelihood, impact: r.impact });
      expect(cell.count).toBe(rows.risks.filter((x) => x.status !== 'closed' && x.likelihood === r.likelihood && x.impact === r.impact).length);
    }
  });
  it('colours each cell by the plan’s bands', () => {
    const cell = (l: number, i: number) => h.rows[5 - l]![i - 1]!;
    expect(cell(1, 1).band?.key).toBe('low');
    expect(cell(1, 5).band?.key).toBe('medium');
    expect(cell(2, 5).band?.key).toBe('high');
    expect(cell(4, 5).band?.key).toBe('extreme');
  });
  it('lists the flagged risks, highest score first', () => {
    // review day on or before 26 Nov, or warning sign seen; the closed one never
    expect(h.flagged.map((f) => f.code)).toEqual(['R-08', 'R-05', 'R-01', 'R-03', 'R-09', 'R-10', 'R-14']);
    expect(h.flagged.find((f) => f.code === 'R-09')!.flags).toEqual(['trigger_seen']);
    expect(h.flagged.find((f) => f.code === 'R-08')!.flags).toEqual(['review_due']);
  });
});

describe('what comes next (sample)', () => {
  const u = upcoming(rows.tasks, rows.keyDates, TODAY);
  it('gives the milestones still ahead and the key dates not over', () => {
    expect(u.milestones.map((m) => [m.id, m.date, m.inDays])).toEqual([['ms-final', '2026-12-30', 34]]);
    expect(u.keyDates.map((k) => [k.id, k.start, k.inDays])).toEqual([
      ['kd-brand-conference', '2026-12-09', 13],
      [expect.any(String), '2026-12-12', 16],
    ]);
  });
  it('includes a key date running today and leaves out make-up workdays', () => {
    const dates = [
      { id: 'a', name: 'A', start: '2026-11-20', end: '2026-11-30', kind: 'shopping' as const },
      { id: 'w', name: 'W', start: '2026-11-28', end: '2026-11-28', kind: 'workday' as const },
    ];
    expect(upcoming([], dates, TODAY).keyDates.map((k) => [k.id, k.inDays])).toEqual([['a', -6]]);
  });
});

describe('content this week (sample)', () => {
  const c = contentWeek(rows.content, rows.statuses, TODAY);
  it('counts the items of the ISO week that holds today, and those published', () => {
    expect([c.start, c.end]).toEqual(['2026-11-23', '2026-11-29']);
    const inWeek = rows.content.filter((i) => i.publish_date !== null && i.publish_date >= '2026-11-23' && i.publish_date <= '2026-11-29');
    expect(c.scheduled).toBe(inWeek.length);
    expect(c.published).toBe(inWeek.filter((i) => i.status_id === 'status-published').length);
    expect([c.scheduled, c.published, c.overdue]).toEqual([1, 1, 0]);
  });
  it('counts what is past its day and not published', () => {
    const items = [
      { id: 'a', title: 'A', publish_date: '2026-11-24', publish_time: null, status_id: 'status-scheduled' },
      { id: 'b', title: 'B', publish_date: '2026-11-28', publish_time: '20:00', status_id: 'status-scheduled' },
    ];
    expect(contentWeek(items, rows.statuses, TODAY)).toMatchObject({ scheduled: 2, published: 0, overdue: 1 });
  });
});

describe('overview', () => {
  it('gathers the same figures in both languages of the sample', () => {
    const en = overview(rows, TODAY);
    const zh = overview(sampleRows('zh-CN').rows, TODAY);
    const numbers = (o: typeof en) => ({
      elapsed: o.dates.elapsed,
      kpis: o.kpis.map((k) => [k.id, k.measure.progress.value, k.measure.status]),
      spent: o.budget.spent,
      heat: o.risks.rows.map((r) => r.map((c) => c.count)),
      flagged: o.risks.flagged.map((f) => f.id),
      content: [o.content.scheduled, o.content.published],
    });
    expect(numbers(zh)).toEqual(numbers(en));
    expect(en.today).toBe(TODAY);
  });
});
